import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import type { AccessServices } from '@scorecard/access';
import { ROLE_LABELS_VI, allowedActions, homePathFor, type Principal } from '@scorecard/domain';
import { ProvinceObject } from '../reference/dto/province.object';
import { ReferenceService } from '../reference/reference.service';
import { Allow, CurrentPrincipal } from './access.decorators';
import { ACCESS_SERVICES } from './auth.tokens';
import { ViewerObject } from './dto/viewer.object';

@Resolver()
export class ViewerResolver {
  constructor(
    @Inject(ACCESS_SERVICES) private readonly access: AccessServices,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
  ) {}

  @Query(() => ViewerObject, { description: 'The signed-in caller: role, province, what they may do, first page.' })
  @Allow('self.read')
  async me(@CurrentPrincipal() principal: Principal): Promise<ViewerObject> {
    const province = principal.provinceCode ? await this.reference.province(principal.provinceCode) : null;
    return Object.assign(new ViewerObject(), {
      login: principal.name,
      displayName: principal.displayName,
      role: principal.role,
      roleLabel: ROLE_LABELS_VI[principal.role],
      province: province ? ProvinceObject.from(province) : null,
      via: principal.via === 'token' ? 'TOKEN' : 'SESSION',
      permissions: allowedActions(principal),
      home: homePathFor(principal),
      mustChangePassword:
        principal.via === 'session' && principal.accountId !== null
          ? await this.access.signIn.mustChangePassword(principal.accountId)
          : false,
    });
  }
}
