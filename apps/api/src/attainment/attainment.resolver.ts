import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import {
  STATUS_BAND_LABELS_VI,
  bandOfRatio,
  provinceFilter,
  rankChange,
  type IsoDate,
  type Principal,
  type RankBasis,
  type UnitSet,
} from '@scorecard/domain';
import { Allow, CurrentPrincipal } from '../auth/access.decorators';
import { LocalDateScalar } from '../graphql/date.scalars';
import { AS_OF_IN_PLAN, PLAN_ID, PROVINCE_CODE_OR_NAME } from '../graphql/descriptions';
import { AttainmentArgs, NationalAttainmentArgs, PeriodProgressArgs } from './dto/attainment.args';
import { RankingArgs } from './dto/ranking.args';
import {
  NationalAttainmentObject,
  PeriodProgressObject,
  ProvinceAttainmentObject,
} from './dto/province-attainment.object';
import { toProvinceAttainmentObject } from './attainment.mapper';
import { AttainmentService, type NationalFigures, type ProvinceAttainmentRow } from './attainment.service';
import { PlanSettingsService } from '../scoring/plan-settings.service';
import { ProvinceObject } from '../reference/dto/province.object';
import { ReferenceService } from '../reference/reference.service';
import { UNIT_SET_VIEW, UnitSetEnum } from '../reference/dto/unit-set.enum';
import { ScorecardArgs, ScorecardObject, ScorecardRowObject } from './dto/scorecard.object';
import { RankChangeArgs, RankChangeObject, RankHistoryArgs } from './dto/rank-change.object';

// A snapshot's rows are computed once and shared by every caller (AttainmentService); so are their GraphQL objects,
// which GraphQL only reads. A row dies with its snapshot, and its object with it.
const objects = new WeakMap<ProvinceAttainmentRow, ProvinceAttainmentObject>();
function objectOf(row: ProvinceAttainmentRow): ProvinceAttainmentObject {
  let object = objects.get(row);
  if (!object) {
    object = toProvinceAttainmentObject(row);
    objects.set(row, object);
  }
  return object;
}

/**
 * A provincial user sees every province's figures and ranks, but the source of a figure and a figure waiting for
 * approval belong to the report history, which they see for their own province only: they get copies without
 * them, never the shared objects.
 */
function forCaller(principal: Principal): (row: ProvinceAttainmentRow) => ProvinceAttainmentObject {
  const own = provinceFilter(principal, 'report-history.read');
  return (row) => {
    const object = objectOf(row);
    // A summed figure (a plan of the 63 seen on the 34) is several offices' reports: no one's own.
    if (own === null || (row.province.code === own && !row.actualSource?.members)) return object;
    return Object.assign(new ProvinceAttainmentObject(), object, { source: null, pending: null });
  };
}

@Resolver()
export class AttainmentResolver {
  constructor(
    @Inject(AttainmentService) private readonly attainmentService: AttainmentService,
    @Inject(PlanSettingsService) private readonly settings: PlanSettingsService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
  ) {}

  /** The national figure on a basis, banded with the plan's thresholds as a province would be. */
  private async nationalObject(
    planId: string,
    figures: NationalFigures,
    basis: RankBasis,
  ): Promise<NationalAttainmentObject> {
    const thresholds = await this.settings.effective(planId);
    const figure = basis === 'TO_DATE' ? figures.attainmentToDate : figures.attainmentOfPeriod;
    const reference = basis === 'TO_DATE' ? 1 : figures.timeElapsed;
    const band = figure === null || reference <= 0 ? null : bandOfRatio(figure / reference, thresholds);
    return Object.assign(new NationalAttainmentObject(), figures, {
      basis,
      figure,
      reference,
      band,
      bandLabel: band === null ? null : STATUS_BAND_LABELS_VI[band],
    });
  }

  @Query(() => [ProvinceAttainmentObject], {
    description:
      'Every province on one metric at one date, in province-code order, with its rank among all the units of the view (`unitCount`: 63, or 34) on the basis asked for.',
  })
  @Allow('attainment.read')
  async attainment(
    @Args() args: AttainmentArgs,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProvinceAttainmentObject[]> {
    const { rows } = await this.attainmentService.snapshot(
      args.planId,
      args.metric,
      args.asOf,
      args.basis,
      args.version,
      args.unitSet,
    );
    return rows.map(forCaller(principal));
  }

  @Query(() => [ProvinceAttainmentObject], {
    description:
      "The provinces of the view (63, or 34 with unitSet VN34) in rank order (competition ranking, ties share a rank); unranked provinces last. The filters keep each province's rank among all the units.",
  })
  @Allow('attainment.read')
  async ranking(
    @Args() args: RankingArgs,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProvinceAttainmentObject[]> {
    const snapshot = await this.attainmentService.snapshot(
      args.planId,
      args.metric,
      args.asOf,
      args.basis,
      args.version,
      args.unitSet,
    );
    const rows = snapshot.ranked;
    const inRegion = args.region
      ? new Set((await this.reference.filterProvinces(null, [args.region], snapshot.unitSet)).map((p) => p.code))
      : null;
    const below = args.attainmentBelow ?? null;
    return rows
      .filter((row) => inRegion === null || inRegion.has(row.province.code))
      .filter((row) => !args.status || row.status === args.status)
      .filter((row) => !args.band || row.band === args.band)
      .filter((row) => below === null || (row.figure !== null && row.figure < below))
      .map(forCaller(principal));
  }

  @Query(() => ScorecardObject, {
    description:
      'Provinces × metrics at one date in one query (equal to one `attainment` per metric), filtered by province (code or name) and region.',
  })
  @Allow('attainment.read')
  async scorecard(@Args() args: ScorecardArgs, @CurrentPrincipal() principal: Principal): Promise<ScorecardObject> {
    const metrics = args.metrics?.length
      ? await Promise.all(args.metrics.map((key) => this.reference.metric(key)))
      : await this.reference.metrics();
    const snapshots = await Promise.all(
      metrics.map((metric) =>
        this.attainmentService.snapshot(args.planId, metric.key, args.asOf, args.basis, args.version, args.unitSet),
      ),
    );
    const chosen = await this.reference.filterProvinces(
      args.provinces ?? null,
      args.regions ?? null,
      snapshots[0]!.unitSet,
    );
    const cellOf = forCaller(principal);
    const byCode = snapshots.map((snapshot) => new Map(snapshot.rows.map((row) => [row.province.code, row])));
    return Object.assign(new ScorecardObject(), {
      // The catalogue is never empty and an empty metrics list means all of it: there is always a first snapshot.
      asOf: snapshots[0]!.asOf,
      basis: args.basis,
      metrics: metrics.map((metric) => metric.key),
      rows: chosen.map((province) =>
        Object.assign(new ScorecardRowObject(), {
          province: ProvinceObject.from(province),
          cells: byCode.map((rows) => cellOf(rows.get(province.code)!)),
        }),
      ),
    });
  }

  @Query(() => [ProvinceAttainmentObject], {
    description:
      'One province on every metric of the catalogue at one date, on the TO_DATE basis (target to date), in catalogue order.',
  })
  @Allow('attainment.read')
  async provinceScorecard(
    @CurrentPrincipal() principal: Principal,
    @Args('planId', { description: PLAN_ID }) planId: string,
    @Args('province', { description: PROVINCE_CODE_OR_NAME }) province: string,
    @Args('asOf', { type: () => LocalDateScalar, nullable: true, description: AS_OF_IN_PLAN }) asOf?: IsoDate | null,
    @Args('unitSet', { type: () => UnitSetEnum, nullable: true, description: UNIT_SET_VIEW }) unitSet?: UnitSet | null,
  ): Promise<ProvinceAttainmentObject[]> {
    return (await this.attainmentService.provinceScorecard(planId, province, asOf, unitSet)).map(forCaller(principal));
  }

  @Query(() => NationalAttainmentObject, {
    description: 'The national figure computed from the provinces, beside the published national row.',
  })
  @Allow('attainment.read')
  async nationalAttainment(@Args() args: NationalAttainmentArgs): Promise<NationalAttainmentObject> {
    const figures = await this.attainmentService.national(args.planId, args.metric, args.asOf, args.version);
    return this.nationalObject(args.planId, figures, args.basis);
  }

  @Query(() => [NationalAttainmentObject], {
    description:
      "The national figure at each of the plan's report dates up to asOf (asOf itself last): sparklines and the change since the previous report date.",
  })
  @Allow('attainment.read')
  async nationalAttainmentHistory(@Args() args: NationalAttainmentArgs): Promise<NationalAttainmentObject[]> {
    const history = await this.attainmentService.nationalHistory(args.planId, args.metric, args.asOf, args.version);
    return Promise.all(history.map((figures) => this.nationalObject(args.planId, figures, args.basis)));
  }

  @Query(() => [ProvinceAttainmentObject], {
    description:
      'One province on one metric at each report date of the plan up to asOf (its rank history), on one basis, oldest first.',
  })
  @Allow('attainment.read')
  async rankHistory(
    @Args() args: RankHistoryArgs,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProvinceAttainmentObject[]> {
    const unitSet = await this.attainmentService.viewOf(args.planId, args.unitSet);
    const province = await this.reference.province(args.province, unitSet);
    await this.reference.metric(args.metric);
    const rows = await this.attainmentService.provinceHistory(
      args.planId,
      args.metric,
      province.code,
      args.asOf,
      args.basis,
      unitSet,
    );
    return rows.map(forCaller(principal));
  }

  @Query(() => [RankChangeObject], {
    description:
      'Every province’s rank on one metric at two chosen dates and the places gained, in province-code order.',
  })
  @Allow('attainment.read')
  async rankChange(@Args() args: RankChangeArgs): Promise<RankChangeObject[]> {
    const [from, to] = await Promise.all([
      this.attainmentService.snapshot(args.planId, args.metric, args.from, args.basis, null, args.unitSet),
      this.attainmentService.snapshot(args.planId, args.metric, args.to, args.basis, null, args.unitSet),
    ]);
    const toRanks = new Map(to.rows.map((row) => [row.province.code, row.rank]));
    return from.rows.map((row) => {
      const toRank = toRanks.get(row.province.code) ?? null;
      return Object.assign(new RankChangeObject(), {
        province: ProvinceObject.from(row.province),
        fromRank: row.rank,
        toRank,
        change: rankChange(row.rank, toRank),
      });
    });
  }

  @Query(() => PeriodProgressObject, {
    description: 'Days elapsed and time elapsed (tiến độ thời gian) of the plan period at a date.',
  })
  @Allow('attainment.read')
  async periodProgress(@Args() args: PeriodProgressArgs): Promise<PeriodProgressObject> {
    return Object.assign(
      new PeriodProgressObject(),
      await this.attainmentService.periodProgress(args.planId, args.asOf),
    );
  }
}
