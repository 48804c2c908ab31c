import { Inject, Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { decideAccess, type Action, type Principal } from '@scorecard/domain';
import { ScorecardError } from '../graphql/scorecard.errors';
import { ACCESS_ACTION, PUBLIC_ROUTE, requestOf } from './access.decorators';

/**
 * Every resolver and route passes here (a global guard). It fails closed: a handler with no access rule is refused,
 * an anonymous caller is asked to sign in, and a role the table does not allow gets FORBIDDEN. Province scope
 * (a director's own province) is checked by assertProvinceAccess where the province is an argument.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(@Inject(Reflector) private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, targets)) return true;
    const action = this.reflector.getAllAndOverride<Action | undefined>(ACCESS_ACTION, targets);
    if (!action) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} has no access rule: refused`);
      throw new ScorecardError(
        'FORBIDDEN',
        'This operation has no access rule and is refused.',
        'Thao tác này chưa có quy tắc phân quyền nên bị từ chối.',
      );
    }
    const request = requestOf(context);
    if (!request.principal) {
      const problem = request.credentialProblem;
      throw new ScorecardError(
        'UNAUTHENTICATED',
        problem?.message ?? 'Sign in to continue, or send an API token as "Authorization: Bearer <token>".',
        problem?.messageVi ?? 'Đăng nhập để tiếp tục, hoặc gửi khóa API trong tiêu đề "Authorization: Bearer <khóa>".',
      );
    }
    const decision = decideAccess(request.principal, action);
    if (!decision.allowed)
      throw new ScorecardError(
        'FORBIDDEN',
        `Not allowed: ${decision.reason}.`,
        `Không có quyền: ${decision.reasonVi}.`,
      );
    return true;
  }
}

/** Refuses a province-bound caller acting on another province than theirs. */
export function assertProvinceAccess(principal: Principal, action: Action, provinceCode: string): void {
  const decision = decideAccess(principal, action, provinceCode);
  if (!decision.allowed)
    throw new ScorecardError('FORBIDDEN', `Not allowed: ${decision.reason}.`, `Không có quyền: ${decision.reasonVi}.`);
}
