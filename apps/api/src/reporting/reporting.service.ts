import { Inject, Injectable } from '@nestjs/common';
import {
  actualInForce,
  approvalState,
  cumulativeTargetToDate,
  maxDate,
  minDate,
  reportDateOnOrBefore,
  reportStatusOf,
  type ApprovalState,
  type IsoDate,
  type MonthlyTarget,
  type Province,
  type ProvinceReportStatus,
  type UnitSet,
} from '@scorecard/domain';
import type { Actor } from '@scorecard/access';
import {
  importActualFiles,
  submitReport,
  type ActualImportOutcome,
  type ActualSourceFile,
  type Submitter,
} from '@scorecard/ingest';
import {
  ActualImportRepository,
  PlanRepository,
  WarehouseDatabase,
  type StoredWarning,
  type Submission,
} from '@scorecard/warehouse';
import { ScorecardError } from '../graphql/scorecard.errors';
import { PlansService } from '../plans/plans.service';
import { ReferenceService } from '../reference/reference.service';

export type ReportingStatusResult = {
  planId: string;
  reportDate: IsoDate;
  deadline: IsoDate;
  provinces: (ProvinceReportStatus & { province: Province })[];
};

export type HistoryPoint = {
  reportDate: IsoDate;
  cumulativeTarget: number;
  actual: number | null;
  attainmentToDate: number | null;
  revisions: (Submission & { superseded: boolean; state: ApprovalState })[];
};

/** The sender recorded with a report: always the signed-in caller. */
function submitterOf(actor: Actor): Submitter {
  return { name: actor.principal.name, role: actor.principal.role, via: actor.principal.via, origin: actor.origin };
}

const STATUS_ORDER = { NOT_REPORTED: 0, PARTIAL: 1, REPORTED: 2 } as const;

@Injectable()
export class ReportingService {
  private readonly imports: ActualImportRepository;

  constructor(
    @Inject(PlansService) private readonly plans: PlansService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(PlanRepository) private readonly planRepository: PlanRepository,
    @Inject(WarehouseDatabase) private readonly db: WarehouseDatabase,
  ) {
    this.imports = new ActualImportRepository(db);
  }

  /** Who has reported for a report date (default: the latest report date with data), and since when the others have not. */
  async reportingStatus(planId: string, reportDate?: string | null): Promise<ReportingStatusResult> {
    const plan = await this.plans.get(planId);
    let date: IsoDate;
    if (reportDate === undefined || reportDate === null) {
      const latest = plan.latestReportDateWithData ?? plan.periodStart;
      date =
        reportDateOnOrBefore(plan.reportDates, maxDate(plan.periodStart, minDate(latest, plan.periodEnd))) ??
        plan.reportDates[0]!;
    } else if (!plan.reportDates.includes(reportDate)) {
      throw new ScorecardError(
        'INVALID_DATE',
        `${reportDate} is not a report date of plan "${plan.id}". Its report dates are: ${plan.reportDates.join(', ')}.`,
        `${reportDate} không phải kỳ báo cáo của kế hoạch "${plan.id}". Các kỳ báo cáo của kế hoạch: ${plan.reportDates.join(', ')}.`,
      );
    } else date = reportDate;

    const version = await this.plans.version(plan);
    const expected = new Map<string, number>();
    for (const cell of await this.planRepository.allTargets(plan.id, version)) {
      if (cell.provinceCode !== null && cell.month === null && cell.value > 0) {
        expected.set(cell.provinceCode, (expected.get(cell.provinceCode) ?? 0) + 1);
      }
    }
    const submissions = new Map(
      (await this.imports.reportDateSubmissions(plan.id, date)).map((s) => [s.provinceCode, s]),
    );
    const provinces = (await this.reference.provinces(plan.unitSet as UnitSet)).map((province) => {
      const sent = submissions.get(province.code);
      return {
        province,
        ...reportStatusOf(date, {
          provinceCode: province.code,
          metricsExpected: expected.get(province.code) ?? 0,
          metricsReported: sent?.metricsReported ?? 0,
          firstSubmittedAt: sent?.firstSubmittedAt ?? null,
          lastReportDate: sent?.lastReportDate ?? null,
        }),
      };
    });
    provinces.sort(
      (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.province.code.localeCompare(b.province.code),
    );
    return { planId: plan.id, reportDate: date, deadline: date, provinces };
  }

  /** Every report of one province on one metric against its cumulative target, with every revision. */
  async actualHistory(planId: string, provinceCode: string, metricKey: string) {
    const plan = await this.plans.get(planId);
    const province = await this.reference.province(provinceCode, plan.unitSet as UnitSet);
    const metric = await this.reference.metric(metricKey);
    const version = await this.plans.version(plan);
    const cells = (await this.planRepository.targets(plan.id, version, metric.key)).filter(
      (c) => c.provinceCode === province.code,
    );
    const months: MonthlyTarget[] = cells
      .filter((c) => c.month !== null)
      .map((c) => ({ month: c.month!, value: c.value }));
    const target = cells.find((c) => c.month === null)?.value ?? null;
    const submissions = await this.imports.history(plan.id, province.code, metric.key);
    const dates = [...new Set([...plan.reportDates, ...submissions.map((s) => s.reportDate)])].sort();
    const points: HistoryPoint[] = dates.map((reportDate) => {
      const revisions = submissions.filter((s) => s.reportDate === reportDate);
      // Only approved revisions are in force; pending and rejected ones are listed with their state.
      const counted = revisions.filter((r) => approvalState(r.approvalRequired, r.decision) === 'APPROVED');
      const inForce = actualInForce(counted, reportDate) ?? undefined;
      const cumulativeTarget = cumulativeTargetToDate(months, reportDate);
      return {
        reportDate,
        cumulativeTarget,
        actual: inForce?.value ?? null,
        attainmentToDate: inForce && cumulativeTarget > 0 ? inForce.value / cumulativeTarget : null,
        revisions: revisions.map((r) => ({
          ...r,
          superseded: r !== inForce,
          state: approvalState(r.approvalRequired, r.decision),
        })),
      };
    });
    return { planId: plan.id, province, metric: metric.key, target, points };
  }

  async warnings(planId: string, provinceCode?: string | null): Promise<(StoredWarning & { province: Province })[]> {
    const plan = await this.plans.get(planId);
    const province = provinceCode ? await this.reference.province(provinceCode, plan.unitSet as UnitSet) : null;
    const warnings = await this.imports.warnings(plan.id, province?.code ?? null);
    return this.withProvinces(warnings, plan.unitSet as UnitSet);
  }

  async importFiles(planId: string, files: ActualSourceFile[], actor: Actor) {
    return this.withWarningProvinces(
      await importActualFiles(this.db, { planId, files, submitter: submitterOf(actor) }),
      await this.unitSetOf(planId),
    );
  }

  async submit(
    input: { planId: string; province: string; reportDate: string; values: { metric: string; value: number }[] },
    actor: Actor,
  ) {
    return this.withWarningProvinces(
      await submitReport(this.db, {
        planId: input.planId,
        provinceCode: input.province,
        reportDate: input.reportDate,
        values: input.values,
        submitter: submitterOf(actor),
      }),
      await this.unitSetOf(input.planId),
    );
  }

  private async unitSetOf(planId: string): Promise<UnitSet> {
    return (await this.plans.get(planId)).unitSet as UnitSet;
  }

  private async withWarningProvinces(outcome: ActualImportOutcome, unitSet: UnitSet) {
    const warnings = await this.withProvinces(
      outcome.warnings.map((w) => ({ ...w, detectedAt: '' })),
      unitSet,
    );
    return { ...outcome, warnings };
  }

  private async withProvinces<T extends { provinceCode: string }>(
    rows: readonly T[],
    unitSet: UnitSet,
  ): Promise<(T & { province: Province })[]> {
    const provinces = new Map((await this.reference.provinces(unitSet)).map((p) => [p.code, p]));
    return rows.map((row) => ({ ...row, province: provinces.get(row.provinceCode)! }));
  }
}
