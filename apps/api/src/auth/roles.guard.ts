import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ScorecardError } from '../graphql/scorecard.errors';
import type { GraphQLContext, Role } from './caller';

const ROLES = 'scorecard:roles';

/** Marks a resolver method as open only to callers with one of these roles. */
export const RequireRoles = (...roles: Role[]) => SetMetadata(ROLES, roles);

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!required || required.length === 0) return true;
    const { caller } = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    if (required.some((role) => caller.roles.includes(role))) return true;
    throw new ScorecardError(
      'FORBIDDEN',
      `Only ${required.join(' or ')} users may do this; you are signed in as ${caller.name}.`,
    );
  }
}
