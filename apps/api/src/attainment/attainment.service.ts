import { Inject, Injectable } from '@nestjs/common';
import {
  basisView,
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
  type NationalAggregate,
  type PeriodProgress,
  type Province,
  type RankBasis,
  type StatusBand,
} from '@scorecard/domain';
import {
  ActualRepository,
  PlanRepository,
  ReportReviewRepository,
  WarehouseDatabase,
  type LatestActual,
  type MetricRecord,
  type PendingActual,
  type PlanRecord,
} from '@scorecard/warehouse';
import { ComputedCache, cacheKey } from '../cache/computed-cache';
import { PlansService } from '../plans/plans.service';
import { ReferenceService } from '../reference/reference.service';
import { PlanSettingsService, type EffectiveSettings } from '../scoring/plan-settings.service';

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
  /** The basis of the snapshot, and the one pair (figure, reference) its rank, bar, mark and band follow. */
  basis: RankBasis;
  figure: number | null;
  reference: number;
  ratioToReference: number | null;
  band: StatusBand | null;
  /** The figure comes from a report older than the latest report date on or before asOf. */
  stale: boolean;
  /** The plan settings version whose thresholds gave the band. */
  settingsVersion: number;
};

export type MetricSnapshot = {
  plan: PlanRecord;
  asOf: IsoDate;
  /** In province-code order. */
  rows: readonly ProvinceAttainmentRow[];
  /** The same rows in rank order. */
  ranked: readonly ProvinceAttainmentRow[];
  national: NationalFigures;
};

export type NationalFigures = NationalAggregate & {
  metric: string;
  asOf: IsoDate;
  timeElapsed: number;
  publishedTarget: number | null;
  publishedTargetDiffers: boolean;
  synthetic: boolean;
};

// A snapshot is 63 rows: a few hundred of them (every metric at every report date of a few plans) is a few MB.
const SNAPSHOT_CACHE_ENTRIES = 300;

@Injectable()
export class AttainmentService {
  private readonly reviews: ReportReviewRepository;
  private readonly snapshots: ComputedCache<MetricSnapshot>;

  constructor(
    @Inject(PlansService) private readonly plans: PlansService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(PlanRepository) private readonly planRepository: PlanRepository,
    @Inject(ActualRepository) private readonly actuals: ActualRepository,
    @Inject(PlanSettingsService) private readonly settings: PlanSettingsService,
    @Inject(WarehouseDatabase) db: WarehouseDatabase,
  ) {
    this.reviews = new ReportReviewRepository(db);
    this.snapshots = new ComputedCache({ capacity: SNAPSHOT_CACHE_ENTRIES, generation: () => db.dataVersion });
  }

  /**
   * Every province on one metric at one date, ranked, in province-code order. Computed once per plan version,
   * metric, date and basis until the next write to the database, and shared by every caller whatever their role:
   * the resolver applies the caller's view to a copy, so nothing here may be changed by a caller.
   */
  async snapshot(
    planId: string,
    metric: string,
    asOf: string | null | undefined,
    basis: RankBasis,
    version?: number | null,
  ): Promise<MetricSnapshot> {
    const plan = await this.plans.get(planId);
    const definition = await this.reference.metric(metric);
    const date = this.plans.resolveAsOf(plan, asOf);
    const targetVersion = await this.plans.version(plan, version);
    const settings = await this.settings.effective(plan.id);
    return this.snapshots.get(cacheKey(plan.id, targetVersion, metric, date, basis, settings.version), () =>
      this.computeSnapshot(plan, definition, date, basis, targetVersion, settings),
    );
  }

  private async computeSnapshot(
    plan: PlanRecord,
    definition: MetricRecord,
    date: IsoDate,
    basis: RankBasis,
    targetVersion: number,
    settings: EffectiveSettings,
  ): Promise<MetricSnapshot> {
    const metric = definition.key;
    const inForce = reportDateOnOrBefore(plan.reportDates, date);
    const previousDate = (inForce === undefined ? undefined : previousReportDate(plan.reportDates, inForce)) ?? null;
    // The previous report date's ranks (for the rank change) come from the same read as today's figures.
    const [cells, actuals, provinces, pending] = await Promise.all([
      this.planRepository.targets(plan.id, targetVersion, metric),
      this.actuals.latestAsOfTwoDates(plan.id, metric, date, previousDate),
      this.reference.provinces(),
      this.reviews.pendingAsOf(plan.id, metric, date),
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
    const period = { start: plan.periodStart, end: plan.periodEnd };
    const order = definition.higherIsBetter ? 'HIGHER_FIRST' : 'LOWER_FIRST';
    const figuresAt = (asOfDate: IsoDate, latest: readonly LatestActual[]) => {
      const actualByProvince = new Map(latest.map((actual) => [actual.provinceCode, actual]));
      return provinces.map((province) => {
        const target = targets.get(province.code) ?? { periodTotal: null, months: [] };
        const actual = actualByProvince.get(province.code) ?? null;
        return {
          province,
          actual,
          monthlyTargets: target.months,
          figures: provinceAttainment({
            period,
            asOf: asOfDate,
            periodTotal: target.periodTotal,
            monthlyTargets: target.months,
            actual: actual?.value ?? null,
          }),
        };
      });
    };

    const figures = figuresAt(date, actuals.asOf);
    const ranks = rankAttainments(
      figures.map((f) => f.figures),
      basis,
      order,
    );
    const previousRanks =
      previousDate === null
        ? []
        : rankAttainments(
            figuresAt(previousDate, actuals.previous).map((f) => f.figures),
            basis,
            order,
          );
    const rows = figures.map((f, index): ProvinceAttainmentRow => {
      const rank = ranks[index] ?? null;
      const previousRank = previousRanks[index] ?? null;
      const view = basisView(f.figures, basis, settings);
      return {
        ...f.figures,
        // One meaning of "ahead": on track is the band on this basis, as the rank and the bar are.
        onTrack: view.band === null ? null : view.band === 'ON_TRACK',
        basis,
        figure: view.figure,
        reference: view.reference,
        ratioToReference: view.ratio,
        band: view.band,
        stale: f.actual !== null && inForce !== undefined && f.actual.reportDate < inForce,
        settingsVersion: settings.version,
        province: f.province,
        metric,
        asOf: date,
        rank,
        previousReportDate: previousDate,
        previousRank,
        rankChange: rankChange(previousRank, rank),
        monthlyTargets: f.monthlyTargets,
        actualSource: f.actual,
        pending: newerPending(pendingByProvince.get(f.province.code) ?? null, f.actual),
      };
    });
    return {
      plan,
      asOf: date,
      rows,
      ranked: inRankOrder(rows),
      national: nationalFigures(metric, date, rows, publishedNationalTotal),
    };
  }

  /** Ranked provinces first by rank (ties by code), then the unranked by status and code. */
  async ranking(
    planId: string,
    metric: string,
    asOf: string | null | undefined,
    basis: RankBasis,
    version?: number | null,
  ): Promise<readonly ProvinceAttainmentRow[]> {
    return (await this.snapshot(planId, metric, asOf, basis, version)).ranked;
  }

  /**
   * The national figure at each of the plan's report dates up to asOf (the date itself last when it is not a
   * report date): the overview's sparklines and the change since the previous report date.
   */
  async nationalHistory(
    planId: string,
    metric: string,
    asOf: string | null | undefined,
    version?: number | null,
  ): Promise<NationalFigures[]> {
    const plan = await this.plans.get(planId);
    const date = this.plans.resolveAsOf(plan, asOf);
    const dates = plan.reportDates.filter((reportDate) => reportDate <= date);
    if (dates[dates.length - 1] !== date) dates.push(date);
    return Promise.all(dates.map((reportDate) => this.national(plan.id, metric, reportDate, version)));
  }

  /**
   * One province's row at each of the plan's report dates up to asOf (the date itself last when it is not a report
   * date), on one basis: its rank history.
   */
  async provinceHistory(
    planId: string,
    metric: string,
    provinceCode: string,
    asOf: string | null | undefined,
    basis: RankBasis,
  ): Promise<ProvinceAttainmentRow[]> {
    const plan = await this.plans.get(planId);
    const date = this.plans.resolveAsOf(plan, asOf);
    const dates = plan.reportDates.filter((reportDate) => reportDate <= date);
    if (dates[dates.length - 1] !== date) dates.push(date);
    const snapshots = await Promise.all(dates.map((reportDate) => this.snapshot(plan.id, metric, reportDate, basis)));
    return snapshots.map((snapshot) => snapshot.rows.find((row) => row.province.code === provinceCode)!);
  }

  /** The national figure of the same snapshot (the basis does not change it), computed once with it. */
  async national(
    planId: string,
    metric: string,
    asOf: string | null | undefined,
    version?: number | null,
  ): Promise<NationalFigures> {
    return (await this.snapshot(planId, metric, asOf, 'TO_DATE', version)).national;
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

function nationalFigures(
  metric: string,
  asOf: IsoDate,
  rows: readonly ProvinceAttainmentRow[],
  published: number | null,
): NationalFigures {
  const aggregate = nationalAggregate(
    rows.map((row) => ({ periodTotal: row.target, monthlyTargets: row.monthlyTargets, actual: row.actual })),
    asOf,
  );
  return {
    metric,
    asOf,
    timeElapsed: rows[0]?.timeElapsed ?? 0,
    ...aggregate,
    publishedTarget: published,
    publishedTargetDiffers: published !== null && published !== aggregate.target,
    synthetic: rows.some((row) => row.actualSource?.synthetic === true),
  };
}

function inRankOrder(rows: readonly ProvinceAttainmentRow[]): ProvinceAttainmentRow[] {
  return [...rows].sort((a, b) => {
    if (a.rank !== null && b.rank !== null) return a.rank - b.rank || a.province.code.localeCompare(b.province.code);
    if (a.rank !== null) return -1;
    if (b.rank !== null) return 1;
    return a.status.localeCompare(b.status) || a.province.code.localeCompare(b.province.code);
  });
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
