import { Inject, Injectable } from '@nestjs/common';
import {
  actualsOntoSuccessors,
  basisView,
  nationalAggregate,
  periodProgress,
  previousReportDate,
  provinceAttainment,
  rankAttainments,
  rankChange,
  reportDateOnOrBefore,
  targetsOntoSuccessors,
  type AttainmentFigures,
  type IsoDate,
  type MonthlyTarget,
  type NationalAggregate,
  type PeriodProgress,
  type Province,
  type RankBasis,
  type StatusBand,
  type TargetCellValue,
  type UnitSet,
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
import { ScorecardError } from '../graphql/scorecard.errors';
import { PlansService } from '../plans/plans.service';
import { ReferenceService } from '../reference/reference.service';
import { PlanSettingsService, type EffectiveSettings } from '../scoring/plan-settings.service';

export type ProvinceTargets = { periodTotal: number | null; months: MonthlyTarget[] };

/**
 * The figure a unit's attainment counts: one approved report, or (a plan seen on a later unit set) the sum of its
 * predecessors' reports, each kept in `members`, dated by the oldest of them.
 */
export type ActualInForce = LatestActual & { members?: readonly LatestActual[] };

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
  actualSource: ActualInForce | null;
  /** The unit set of the view, and how many units it ranks ("of 63", "of 34"). */
  unitSet: UnitSet;
  unitCount: number;
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
  /** The unit set the rows are on: the plan's own, or a later one its figures were summed onto. */
  unitSet: UnitSet;
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
   * `unitSet` (default: the plan's own) carries a 63-unit plan onto the 34 units.
   */
  async snapshot(
    planId: string,
    metric: string,
    asOf: string | null | undefined,
    basis: RankBasis,
    version?: number | null,
    unitSet?: UnitSet | null,
  ): Promise<MetricSnapshot> {
    const plan = await this.plans.get(planId);
    const definition = await this.reference.metric(metric);
    const date = this.plans.resolveAsOf(plan, asOf);
    const targetVersion = await this.plans.version(plan, version);
    const settings = await this.settings.effective(plan.id);
    const view = viewUnitSet(plan, unitSet);
    return this.snapshots.get(cacheKey(plan.id, targetVersion, metric, date, basis, settings.version, view), () =>
      this.computeSnapshot(plan, definition, date, basis, targetVersion, settings, view),
    );
  }

  private async computeSnapshot(
    plan: PlanRecord,
    definition: MetricRecord,
    date: IsoDate,
    basis: RankBasis,
    targetVersion: number,
    settings: EffectiveSettings,
    unitSet: UnitSet,
  ): Promise<MetricSnapshot> {
    const metric = definition.key;
    const inForce = reportDateOnOrBefore(plan.reportDates, date);
    const previousDate = (inForce === undefined ? undefined : previousReportDate(plan.reportDates, inForce)) ?? null;
    // The previous report date's ranks (for the rank change) come from the same read as today's figures.
    const [stored, latest, provinces, pending, crosswalk] = await Promise.all([
      this.planRepository.targets(plan.id, targetVersion, metric),
      this.actuals.latestAsOfTwoDates(plan.id, metric, date, previousDate),
      this.reference.provinces(unitSet),
      this.reviews.pendingAsOf(plan.id, metric, date),
      unitSet === plan.unitSet ? null : this.reference.crosswalk(plan.unitSet as UnitSet, unitSet),
    ]);
    // On a later unit set every figure is the sum of the predecessors' (successor-figures.ts). A report waiting
    // for approval belongs to one predecessor and is shown on the plan's own units only.
    const cells: readonly TargetCellValue[] = crosswalk ? targetsOntoSuccessors(stored, crosswalk) : stored;
    const onView = (list: readonly LatestActual[]): readonly ActualInForce[] =>
      crosswalk ? actualsOntoSuccessors(list, crosswalk).map(summedActual) : list;
    const actuals = { asOf: onView(latest.asOf), previous: onView(latest.previous) };
    const pendingByProvince = new Map(crosswalk ? [] : pending.map((figure) => [figure.provinceCode, figure]));

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
    const figuresAt = (asOfDate: IsoDate, inForce: readonly ActualInForce[]) => {
      const actualByProvince = new Map(inForce.map((actual) => [actual.provinceCode, actual]));
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
        unitSet,
        unitCount: provinces.length,
        pending: newerPending(pendingByProvince.get(f.province.code) ?? null, f.actual),
      };
    });
    return {
      plan,
      asOf: date,
      unitSet,
      rows,
      ranked: inRankOrder(rows),
      national: nationalFigures(metric, date, rows, publishedNationalTotal),
    };
  }

  /** The unit set a view of the plan is on (`unitSet`, default the plan's own), refused when it cannot be. */
  async viewOf(planId: string, unitSet: UnitSet | null | undefined): Promise<UnitSet> {
    return viewUnitSet(await this.plans.get(planId), unitSet);
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
    unitSet?: UnitSet | null,
  ): Promise<ProvinceAttainmentRow[]> {
    const plan = await this.plans.get(planId);
    const date = this.plans.resolveAsOf(plan, asOf);
    const dates = plan.reportDates.filter((reportDate) => reportDate <= date);
    if (dates[dates.length - 1] !== date) dates.push(date);
    const snapshots = await Promise.all(
      dates.map((reportDate) => this.snapshot(plan.id, metric, reportDate, basis, null, unitSet)),
    );
    return snapshots.map((snapshot) => snapshot.rows.find((row) => row.province.code === provinceCode)!);
  }

  /**
   * The national figure of the same snapshot (the basis does not change it), computed once with it: always on the
   * plan's own units, so it is one figure whichever unit set a page shows the provinces on.
   */
  async national(
    planId: string,
    metric: string,
    asOf: string | null | undefined,
    version?: number | null,
  ): Promise<NationalFigures> {
    return (await this.snapshot(planId, metric, asOf, 'TO_DATE', version)).national;
  }

  /** One province (a unit of the view's set) on every metric at one date: the province page's summary. */
  async provinceScorecard(
    planId: string,
    provinceCode: string,
    asOf: string | null | undefined,
    unitSet?: UnitSet | null,
  ): Promise<ProvinceAttainmentRow[]> {
    const metrics = await this.reference.metrics();
    const snapshots = await Promise.all(
      metrics.map((metric) => this.snapshot(planId, metric.key, asOf, 'TO_DATE', null, unitSet)),
    );
    const province = await this.reference.province(provinceCode, snapshots[0]!.unitSet);
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

/** The unit set a view is on: the plan's own by default; a plan on the 34 cannot be split back onto the 63. */
function viewUnitSet(plan: PlanRecord, asked: UnitSet | null | undefined): UnitSet {
  const own = plan.unitSet as UnitSet;
  if (!asked || asked === own) return own;
  if (own === 'vn63-2004' && asked === 'vn34-2025') return asked;
  throw new ScorecardError(
    'INVALID_ARGUMENT',
    `Plan "${plan.id}" is on the 34 units of the 2025 reform: its quotas cannot be split onto the 63. Ask for unitSet VN34 (or leave it out).`,
    `Kế hoạch "${plan.id}" giao theo 34 tỉnh, thành phố (sau sắp xếp năm 2025): không thể tách chỉ tiêu về 63 tỉnh, thành phố. Chọn unitSet VN34 (hoặc bỏ trống).`,
  );
}

/** A merged unit's actual: the sum, dated by its oldest member report (stale when any member is), every member kept. */
function summedActual(summed: {
  provinceCode: string;
  value: number;
  members: readonly LatestActual[];
}): ActualInForce {
  const { members } = summed;
  const oldest = members.reduce((a, b) => (b.reportDate < a.reportDate ? b : a));
  const latestSubmission = members.reduce((a, b) => (b.submittedAt > a.submittedAt ? b : a));
  return {
    provinceCode: summed.provinceCode,
    value: summed.value,
    reportDate: oldest.reportDate,
    synthetic: members.some((member) => member.synthetic),
    source: members.map((member) => `${member.provinceCode}: ${member.source}`).join('; '),
    sourceRow: null,
    submittedAt: latestSubmission.submittedAt,
    submissionId: latestSubmission.submissionId,
    members,
  };
}
