import { Inject } from '@nestjs/common';
import { UnitSetEnum } from '../reference/dto/unit-set.enum';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { ArrearsBucket, IsoDate, Principal, UnitSet, YearMonth } from '@scorecard/domain';
import { Allow, CurrentPrincipal } from '../auth/access.decorators';
import { assertProvinceAccess } from '../auth/access.guard';
import { LocalDateScalar, YearMonthScalar } from '../graphql/date.scalars';
import { PROVINCE_CODE, PROVINCE_CODE_OR_NAME } from '../graphql/descriptions';
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

const LEDGER_AS_OF =
  'The as-of date d (ngày xem số liệu), within the contribution ledger (sổ thu; see LatePayment.ledgerFrom and ledgerTo); default: the last day of the ledger.';

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
    @Args('asOf', { type: () => LocalDateScalar, nullable: true, description: LEDGER_AS_OF })
    asOf?: IsoDate | null,
    @Args('planId', {
      type: () => String,
      nullable: true,
      description:
        'Plan id whose latePaymentAtRisk setting bands the provinces (as its overview and composite do); default: no plan, Cần chú ý up to 1.1 × the reference.',
    })
    planId?: string | null,
    @Args('unitSet', {
      type: () => UnitSetEnum,
      defaultValue: UnitSetEnum.VN63,
      description:
        "The units to give and rank: VN63 (default), the ledger's own; VN34, each of the 34 units from 1 July 2025 with its predecessors' amounts summed and its ratio recomputed from the sums.",
    })
    unitSet: UnitSet = 'vn63-2004',
  ): Promise<LatePaymentObject> {
    const thresholds = planId ? await this.settings.effective(planId) : undefined;
    const result = await this.service.latePayment(asOf, thresholds, unitSet);
    return { ...result, national: national(result.national), provinces: result.provinces.map(province) };
  }

  @Query(() => [LatePaymentPointObject], {
    description:
      'Receivable, overdue and ratio at each month end (default: the whole ledger), nationally or for a province.',
  })
  @Allow('late-payment.read')
  latePaymentTrend(
    @Args('from', {
      type: () => YearMonthScalar,
      nullable: true,
      description: 'First month of the trend; default: the first month of the ledger.',
    })
    from?: YearMonth | null,
    @Args('to', {
      type: () => YearMonthScalar,
      nullable: true,
      description: 'Last month of the trend, not before `from`; default: the last month of the ledger.',
    })
    to?: YearMonth | null,
    @Args('province', {
      type: () => String,
      nullable: true,
      description: `${PROVINCE_CODE_OR_NAME} Default: the national sums over every province.`,
    })
    provinceCode?: string | null,
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
    @Args('province', { description: PROVINCE_CODE }) provinceCode: string,
    @Args('asOf', { type: () => LocalDateScalar, nullable: true, description: LEDGER_AS_OF })
    asOf?: IsoDate | null,
    @Args('bucket', {
      type: () => ArrearsBucketEnum,
      nullable: true,
      description:
        'Only employers whose oldest overdue month is in this age bucket; default: every employer in arrears.',
    })
    bucket?: ArrearsBucket | null,
    @Args('toInspect', {
      type: () => Boolean,
      defaultValue: false,
      description:
        'Only the employers that should be inspected (nên kiểm tra): owing three months or more, without an open compliance case that has reached a scheduled direct inspection or further (docs/compliance.md).',
    })
    toInspect = false,
    @Args('first', { type: () => Int, defaultValue: 50, description: 'Employers per page, 1 to 500 (default 50).' })
    first = 50,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'The endCursor of the page before (pageInfo.endCursor); default: the first page.',
    })
    after?: string | null,
  ): Promise<EmployerArrearsConnectionObject> {
    assertProvinceAccess(principal, 'employers.read', provinceCode);
    const page = await this.service.employersInArrears({
      province: provinceCode,
      asOf,
      bucket,
      toInspect,
      first,
      after,
    });
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
