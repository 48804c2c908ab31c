import { Inject } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { ArrearsBucket } from '@scorecard/domain';
import type { Principal } from '@scorecard/domain';
import { Allow, CurrentPrincipal } from '../auth/access.decorators';
import { assertProvinceAccess } from '../auth/access.guard';
import { ProvinceObject } from '../reference/dto/province.object';
import { PlanSettingsService } from '../scoring/plan-settings.service';
import { EmployerArrearsConnectionObject } from './dto/employer-arrears.object';
import {
  ArrearsBucketEnum,
  LatePaymentObject,
  LatePaymentPointObject,
  type NationalLatePaymentObject,
  type ProvinceLatePaymentObject,
} from './dto/late-payment.object';
import { LatePaymentService, type LateFigures, type ProvinceLate } from './late-payment.service';

const national = (figures: LateFigures): NationalLatePaymentObject => figures;
const province = (figures: ProvinceLate): ProvinceLatePaymentObject => ({
  ...figures,
  province: ProvinceObject.from(figures.province),
});

@Resolver()
export class LatePaymentResolver {
  constructor(
    @Inject(LatePaymentService) private readonly service: LatePaymentService,
    @Inject(PlanSettingsService) private readonly settings: PlanSettingsService,
  ) {}

  @Query(() => LatePaymentObject, {
    description:
      'Late payment (chậm đóng) per province and nationally at a date (default: the last day of the ledger): receivable, overdue, ratio, age buckets with their actions, rank (lowest ratio first) and rank change since the end of the previous month.',
  })
  @Allow('late-payment.read')
  async latePayment(
    @Args('asOf', { type: () => String, nullable: true }) asOf?: string | null,
    @Args('planId', {
      type: () => String,
      nullable: true,
      description:
        'Band with this plan’s latePaymentAtRisk setting (as its overview and composite do); default 1.1 × the reference.',
    })
    planId?: string | null,
  ): Promise<LatePaymentObject> {
    const thresholds = planId ? await this.settings.effective(planId) : undefined;
    const result = await this.service.latePayment(asOf, thresholds);
    return { ...result, national: national(result.national), provinces: result.provinces.map(province) };
  }

  @Query(() => [LatePaymentPointObject], {
    description:
      'Receivable, overdue and ratio at each month end (default: the whole ledger), nationally or for a province.',
  })
  @Allow('late-payment.read')
  latePaymentTrend(
    @Args('from', { type: () => String, nullable: true, description: 'YYYY-MM (or a date in it).' })
    from?: string | null,
    @Args('to', { type: () => String, nullable: true, description: 'YYYY-MM (or a date in it).' }) to?: string | null,
    @Args('province', { type: () => String, nullable: true }) provinceCode?: string | null,
  ): Promise<LatePaymentPointObject[]> {
    return this.service.trend(from, to, provinceCode);
  }

  @Query(() => EmployerArrearsConnectionObject, {
    description:
      "A province's employers in arrears at a date, largest overdue first, optionally of one bucket; paginated.",
  })
  @Allow('employers.read')
  async employersInArrears(
    @CurrentPrincipal() principal: Principal,
    @Args('province', { description: 'Province code, e.g. "01".' }) provinceCode: string,
    @Args('asOf', { type: () => String, nullable: true }) asOf?: string | null,
    @Args('bucket', { type: () => ArrearsBucketEnum, nullable: true }) bucket?: ArrearsBucket | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first = 50,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<EmployerArrearsConnectionObject> {
    assertProvinceAccess(principal, 'employers.read', provinceCode);
    const page = await this.service.employersInArrears({ province: provinceCode, asOf, bucket, first, after });
    return {
      ...page,
      edges: page.edges.map((edge) => ({
        ...edge,
        node: {
          ...edge.node,
          employer: { ...edge.node.employer, province: ProvinceObject.from(edge.node.employer.province) },
        },
      })),
    };
  }
}
