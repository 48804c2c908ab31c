import { Inject, Injectable } from '@nestjs/common';
import { maxDate, minDate, type IsoDate } from '@scorecard/domain';
import {
  PlanRepository,
  WarehouseDatabase,
  WarehouseError,
  type PlanRecord,
  type PlanVersionRecord,
} from '@scorecard/warehouse';
import {
  importPlanFiles,
  publishedPlanFromCells,
  reconcilePlan,
  type PlanImportOutcome,
  type PlanSourceFile,
  type ReconciliationReport,
} from '@scorecard/ingest';
import { ScorecardError } from '../graphql/scorecard.errors';

export type MonthTotal = { month: string; publishedNational: number | null; provinces: number };
export type TargetTotal = {
  metric: string;
  publishedNationalTotal: number | null;
  provincesTotal: number;
  months: MonthTotal[];
};

@Injectable()
export class PlansService {
  constructor(
    @Inject(PlanRepository) private readonly plans: PlanRepository,
    @Inject(WarehouseDatabase) private readonly db: WarehouseDatabase,
  ) {}

  list(): Promise<PlanRecord[]> {
    return this.plans.list();
  }

  async get(planId: string): Promise<PlanRecord> {
    try {
      return await this.plans.get(planId);
    } catch (error) {
      if (error instanceof WarehouseError && error.code === 'PLAN_NOT_FOUND') {
        const ids = (await this.plans.list()).map((plan) => plan.id);
        throw new ScorecardError(
          'UNKNOWN_PLAN',
          `No plan with id "${planId}". Known plans: ${ids.join(', ') || 'none'}.`,
          `Không có kế hoạch mã "${planId}". Các kế hoạch hiện có: ${ids.join(', ') || 'chưa có'}.`,
        );
      }
      throw error;
    }
  }

  /** Reconciles the stored cells of one version (default the latest) exactly as they were stored. */
  async reconciliation(
    planId: string,
    requested?: number | null,
  ): Promise<{ plan: PlanRecord; version: number; report: ReconciliationReport }> {
    const plan = await this.get(planId);
    const version = await this.version(plan, requested);
    const cells = await this.plans.allTargets(plan.id, version);
    return { plan, version, report: reconcilePlan(publishedPlanFromCells(plan, cells)) };
  }

  /** Imports published tables as a new version (or checks them, dry run); refused files throw PlanImportError. */
  importFiles(request: {
    planId: string | null;
    files: PlanSourceFile[];
    dryRun: boolean;
    importedBy: string;
    audit: { role: string | null; via: string; origin: string };
  }): Promise<PlanImportOutcome> {
    return importPlanFiles(this.db, request);
  }

  /** Per metric, the published national row beside the sum of the provinces, for the period and each month. */
  async targetTotals(planId: string, requested?: number | null): Promise<{ version: number; totals: TargetTotal[] }> {
    const plan = await this.get(planId);
    const version = await this.version(plan, requested);
    const totals = new Map<string, TargetTotal>();
    for (const cell of await this.plans.allTargets(plan.id, version)) {
      const total = totals.get(cell.metric) ?? {
        metric: cell.metric,
        publishedNationalTotal: null,
        provincesTotal: 0,
        months: [],
      };
      totals.set(cell.metric, total);
      if (cell.month === null) {
        if (cell.provinceCode === null) total.publishedNationalTotal = cell.value;
        else total.provincesTotal += cell.value;
        continue;
      }
      let month = total.months.find((m) => m.month === cell.month);
      if (!month) {
        month = { month: cell.month, publishedNational: null, provinces: 0 };
        total.months.push(month);
      }
      if (cell.provinceCode === null) month.publishedNational = cell.value;
      else month.provinces += cell.value;
    }
    for (const total of totals.values()) total.months.sort((a, b) => a.month.localeCompare(b.month));
    return { version, totals: [...totals.values()] };
  }

  versions(planId: string): Promise<PlanVersionRecord[]> {
    return this.plans.versions(planId);
  }

  /** The version a query reads: the one asked for, or the latest. */
  async version(plan: PlanRecord, requested?: number | null): Promise<number> {
    if (plan.latestVersion === null) {
      throw new ScorecardError(
        'PLAN_HAS_NO_TARGETS',
        `Plan "${plan.id}" has no imported target tables yet.`,
        `Kế hoạch "${plan.id}" chưa có bảng chỉ tiêu nào được nhập.`,
      );
    }
    if (requested === undefined || requested === null) return plan.latestVersion;
    if (!Number.isInteger(requested) || requested < 1 || requested > plan.latestVersion) {
      throw new ScorecardError(
        'UNKNOWN_PLAN_VERSION',
        `Plan "${plan.id}" has versions 1 to ${plan.latestVersion}; there is no version ${requested}.`,
        `Kế hoạch "${plan.id}" có các phiên bản từ 1 đến ${plan.latestVersion}; không có phiên bản ${requested}.`,
      );
    }
    return requested;
  }

  /**
   * The as-of date of a query: the one asked for (it must lie in the plan period), else the latest report date
   * that has data, else the first report date of the plan. A date the caller sent is one already: the LocalDate
   * scalar refused any other before the resolver ran.
   */
  resolveAsOf(plan: PlanRecord, asOf?: IsoDate | null): IsoDate {
    if (asOf !== undefined && asOf !== null) {
      if (asOf < plan.periodStart || asOf > plan.periodEnd) {
        throw new ScorecardError(
          'DATE_OUTSIDE_PERIOD',
          `asOf ${asOf} is outside the period of plan "${plan.id}" (${plan.periodStart} to ${plan.periodEnd}).`,
          `Ngày xem số liệu (asOf) ${asOf} nằm ngoài kỳ của kế hoạch "${plan.id}" (từ ${plan.periodStart} đến ${plan.periodEnd}).`,
        );
      }
      return asOf;
    }
    const latest = plan.latestReportDateWithData;
    if (latest) return maxDate(plan.periodStart, minDate(latest, plan.periodEnd));
    return plan.reportDates[0] ?? plan.periodStart;
  }
}
