import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { provinceFilter, type IsoDate, type Principal } from '@scorecard/domain';
import { Allow, CurrentPrincipal } from '../auth/access.decorators';
import { assertProvinceAccess } from '../auth/access.guard';
import { LocalDateScalar } from '../graphql/date.scalars';
import { PROVINCE_CODE_OR_NAME } from '../graphql/descriptions';
import { ProvinceObject } from '../reference/dto/province.object';
import { ReferenceService } from '../reference/reference.service';
import { ComplianceService } from './compliance.service';
import { ComplianceFunnelObject } from './dto/compliance-funnel.object';

@Resolver()
export class ComplianceResolver {
  constructor(
    @Inject(ComplianceService) private readonly compliance: ComplianceService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
  ) {}

  @Query(() => ComplianceFunnelObject, {
    description:
      'The employer compliance funnel (seed 000, docs/compliance.md) of a province or the nation at a date: cases by step reached, overdue steps, outcomes. Employer-level data: a provincial user sees their own province.',
  })
  @Allow('employers.read')
  async complianceFunnel(
    @CurrentPrincipal() principal: Principal,
    @Args('asOf', { type: () => LocalDateScalar, description: 'The date to count at.' }) asOf: IsoDate,
    @Args('province', {
      type: () => String,
      nullable: true,
      description: `${PROVINCE_CODE_OR_NAME} Default: the nation (a provincial user: their own province).`,
    })
    provinceArg?: string | null,
  ): Promise<ComplianceFunnelObject> {
    const code = provinceArg
      ? (await this.reference.province(provinceArg)).code
      : provinceFilter(principal, 'employers.read');
    if (code !== null) assertProvinceAccess(principal, 'employers.read', code);
    const province = code === null ? null : await this.reference.province(code);
    const answer = await this.compliance.funnel(province, asOf);
    return { ...answer, province: province ? ProvinceObject.from(province) : null };
  }
}
