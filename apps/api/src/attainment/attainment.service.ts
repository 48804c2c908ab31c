import { Inject, Injectable } from '@nestjs/common';
import {
  nationalAggregate,
  periodProgress,
  previousReportDate,
  provinceAttainment,
  rankAttainments,
  rankChange,
  reportDateOnOrBefore,
  type AttainmentFigures,
  type IsoDate,
  type MonthlyTarget,
  type PeriodProgress,
  type Province,
  type RankBasis,
} from '@scorecard/domain';
import {
  ActualRepository,
  PlanRepository,
  ReportReviewRepository,
  WarehouseDatabase,
  type LatestActual,
  type PendingActual,
  type PlanRecord,
} from '@scorecard/warehouse';
import { PlansService } from '../plans/plans.service';
import { ReferenceService } from '../reference/reference.service';

export type ProvinceTargets = { periodTotal: number | null; months: MonthlyTarget[] };

export type ProvinceAttainmentRow = AttainmentFigures & {
  province: Province;
  metric: string;
  asOf: IsoDate;
  rank: number | null;
  /** The report date before the one in force at asOf, and the rank then. */
  previousReportDate: IsoDate | null;
  previousRank: number | null;
  rankChange: number | null;
  monthlyTargets: MonthlyTarget[];
  actualSource: LatestActual | null;
  /** A newer submission waiting for approval, shown beside the approved figure and never counted. */
  pending: PendingActual | null;
};

export type MetricSnapshot = {
  plan: PlanRecord;
  asOf: IsoDate;
  rows: ProvinceAttainmentRow[];
  publishedNationalTotal: number | null;
};

@Injectable()
export class AttainmentService {
  private readonly reviews: ReportReviewRepository;

  constructor(
    @Inject(PlansService) private readonly plans: PlansService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(PlanRepository) private readonly planRepository: PlanRepository,
    @Inject(ActualRepository) private readonly actuals: ActualRepository,
    @Inject(WarehouseDatabase) db: WarehouseDatabase,
  ) {
    this.reviews = new ReportReviewRepository(db);
  }

  /** Every province on one metric at one date, ranked, in province-code order. */
  async snapshot(
    planId: string,
    metric: string,
    asOf: string | null | undefined,
    basis: RankBasis,
    version?: number | null,
    options: { withRankChange: boolean } = { withRankChange: true },
  ): Promise<MetricSnapshot> {
    const plan = await this.plans.get(planId);
    const definition = await this.reference.metric(metric);
    const date = this.plans.resolveAsOf(plan, asOf);
    const targetVersion = await this.plans.version(plan, version);
    const [cells, latest, provinces, pending] = await Promise.all([
      this.planRepository.targets(plan.id, targetVersion, metric),
      this.actuals.latestAsOf(plan.id, metric, date),
      this.reference.provinces(),
      options.withRankChange ? this.reviews.pendingAsOf(plan.id, metric, date) : Promise.resolve([]),
    ]);
    const pendingByProvince = new Map(pending.map((figure) => [figure.provinceCode, figure]));

    const targets = new Map<string, ProvinceTargets>();
    let publishedNationalTotal: number | null = null;
    for (const cell of cells) {
      if (cell.provinceCode === null) {
        if (cell.month === null) publishedNationalTotal = cell.value;
        continue;
      }
      const entry = targets.get(cell.provinceCode) ?? { periodTotal: null, months: [] };
      if (cell.month === null) entry.periodTotal = cell.value;
      else entry.months.push({ month: cell.month, value: cell.value });
      targets.set(cell.provinceCode, entry);
    }
    const actualByProvince = new Map(latest.map((actual) => [actual.provinceCode, actual]));
    const period = { start: plan.periodStart, end: plan.periodEnd };

    const figures = provinces.map((province) => {
      const target = targets.get(province.code) ?? { periodTotal: null, months: [] };
      const actual = actualByProvince.get(province.code) ?? null;
      return {
        province,
        actual,
        monthlyTargets: target.months,
        figures: provinceAttainment({
          period,
          asOf: date,
          periodTotal: target.periodTotal,
          monthlyTargets: target.months,
          actual: actual?.value ?? null,
        }),
      };
    });
    const ranks = rankAttainments(
      figures.map((f) => f.figures),
      basis,
      definition.higherIsBetter ? 'HIGHER_FIRST' : 'LOWER_FIRST',
    );
    const inForce = reportDateOnOrBefore(plan.reportDates, date);
    const previousDate = inForce === undefined ? undefined : previousReportDate(plan.reportDates, inForce);
    const previousRanks = new Map<string, number | null>();
    if (previousDate !== undefined && options.withRankChange) {
      const before = await this.snapshot(planId, metric, previousDate, basis, targetVersion, { withRankChange: false });
      for (const row of before.rows) previousRanks.set(row.province.code, row.rank);
    }
    const rows = figures.map((f, index) => ({
      ...f.figures,
      province: f.province,
      metric,
      asOf: date,
      rank: ranks[index] ?? null,
      previousReportDate: previousDate ?? null,
      previousRank: previousRanks.get(f.province.code) ?? null,
      rankChange: rankChange(previousRanks.get(f.province.code) ?? null, ranks[index] ?? null),
      monthlyTargets: f.monthlyTargets,
      actualSource: f.actual,
      pending: newerPending(pendingByProvince.get(f.province.code) ?? null, f.actual),
    }));
    return { plan, asOf: date, rows, publishedNationalTotal };
  }

  /** Ranked provinces first by rank (ties by code), then the unranked by status and code. */
  async ranking(
    planId: string,
    metric: string,
    asOf: string | null | undefined,
    basis: RankBasis,
    version?: number | null,
  ): Promise<ProvinceAttainmentRow[]> {
    const { rows } = await this.snapshot(planId, metric, asOf, basis, version);
    return [...rows].sort((a, b) => {
      if (a.rank !== null && b.rank !== null) return a.rank - b.rank || a.province.code.localeCompare(b.province.code);
      if (a.rank !== null) return -1;
      if (b.rank !== null) return 1;
      return a.status.localeCompare(b.status) || a.province.code.localeCompare(b.province.code);
    });
  }

  async national(planId: string, metric: string, asOf: string | null | undefined, version?: number | null) {
    const snapshot = await this.snapshot(planId, metric, asOf, 'TO_DATE', version, { withRankChange: false });
    const aggregate = nationalAggregate(
      snapshot.rows.map((row) => ({ periodTotal: row.target, monthlyTargets: row.monthlyTargets, actual: row.actual })),
      snapshot.asOf,
    );
    const published = snapshot.publishedNationalTotal;
    return {
      metric,
      asOf: snapshot.asOf,
      ...aggregate,
      publishedTarget: published,
      publishedTargetDiffers: published !== null && published !== aggregate.target,
      synthetic: snapshot.rows.some((row) => row.actualSource?.synthetic === true),
    };
  }

  /** One province on every metric at one date: the province page's summary. */
  async provinceScorecard(
    planId: string,
    provinceCode: string,
    asOf: string | null | undefined,
  ): Promise<ProvinceAttainmentRow[]> {
    const province = await this.reference.province(provinceCode);
    const metrics = await this.reference.metrics();
    const snapshots = await Promise.all(metrics.map((metric) => this.snapshot(planId, metric.key, asOf, 'TO_DATE')));
    return snapshots.map((snapshot) => snapshot.rows.find((row) => row.province.code === province.code)!);
  }

  async periodProgress(planId: string, asOf: string | null | undefined): Promise<PeriodProgress & { planId: string }> {
    const plan = await this.plans.get(planId);
    const date = this.plans.resolveAsOf(plan, asOf);
    return { planId: plan.id, ...periodProgress({ start: plan.periodStart, end: plan.periodEnd }, date) };
  }
}

/** A pending figure is worth showing only when it is newer than the approved one in force. */
function newerPending(pending: PendingActual | null, inForce: LatestActual | null): PendingActual | null {
  if (pending === null) return null;
  if (inForce === null) return pending;
  return pending.reportDate > inForce.reportDate ||
    (pending.reportDate === inForce.reportDate && pending.submittedAt > inForce.submittedAt)
    ? pending
    : null;
}
