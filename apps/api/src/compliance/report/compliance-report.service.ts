import { Inject, Injectable } from '@nestjs/common';
import {
  COMPLIANCE_PLAN_METRICS,
  complianceActuals,
  is08ktReportDate,
  report08ktPeriod,
  report08ktRow,
  type CompliancePlanMetric,
  type IsoDate,
  type Province,
  type Report08ktRow,
} from '@scorecard/domain';
import { ScorecardError } from '../../graphql/scorecard.errors';
import { PlansService } from '../../plans/plans.service';
import { ReferenceService } from '../../reference/reference.service';
import { ComplianceService } from '../compliance.service';

export type Report08ktAnswer = {
  reportDate: IsoDate;
  from: IsoDate;
  yearFrom: IsoDate;
  /** Each province's row (one for a province's report), then the nation's (null province) when consolidated. */
  rows: (Report08ktRow & { province: Province | null })[];
  synthetic: boolean;
};

export type ComplianceOfferAnswer = {
  planId: string;
  province: Province;
  reportDate: IsoDate;
  from: IsoDate;
  values: { metric: CompliancePlanMetric; value: number }[];
  synthetic: boolean;
};

/** Report 08-KT, and the workflow's counts offered as a province's report of the plan's actuals. */
@Injectable()
export class ComplianceReportService {
  constructor(
    @Inject(ComplianceService) private readonly compliance: ComplianceService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(PlansService) private readonly plans: PlansService,
  ) {}

  /** 08-KT for a report date: one province's row, or every province's and the nation's (`province` null). */
  async report08kt(reportDate: IsoDate, province: Province | null): Promise<Report08ktAnswer> {
    if (!is08ktReportDate(reportDate))
      throw new ScorecardError(
        'INVALID_DATE',
        `${reportDate} is not a report date of 08-KT: reports fall on the 10th, the 20th and the last day of a month.`,
        `${reportDate} không phải kỳ báo cáo 08-KT: báo cáo vào ngày 10, ngày 20 và ngày cuối cùng của tháng.`,
      );
    const cases = await this.compliance.known(province?.code ?? null, reportDate);
    const period = report08ktPeriod(reportDate);
    const base = {
      reportDate,
      from: period.from,
      yearFrom: `${reportDate.slice(0, 4)}-01-01`,
      synthetic: cases.some((c) => c.synthetic),
    };
    if (province) return { ...base, rows: [{ province, ...report08ktRow(cases, reportDate) }] };
    const provinces = await this.reference.provinces();
    const rows = provinces.map((p) => ({
      province: p as Province | null,
      ...report08ktRow(
        cases.filter((c) => c.provinceCode === p.code),
        reportDate,
      ),
    }));
    return { ...base, rows: [...rows, { province: null, ...report08ktRow(cases, reportDate) }] };
  }

  /**
   * The counts of the workflow that are the plan's actuals for a province at a report date, accumulated from the
   * plan period's start (lũy kế) as a report gives them: offered, not stored; the province sends them with
   * submitReport, where they wait for approval like any report.
   */
  async offer(planId: string, province: Province, reportDate: IsoDate): Promise<ComplianceOfferAnswer> {
    const plan = await this.plans.get(planId);
    if (!plan.reportDates.includes(reportDate))
      throw new ScorecardError(
        'INVALID_DATE',
        `${reportDate} is not a report date of plan "${plan.id}". Its report dates are: ${plan.reportDates.join(', ')}.`,
        `${reportDate} không phải kỳ báo cáo của kế hoạch "${plan.id}". Các kỳ báo cáo của kế hoạch: ${plan.reportDates.join(', ')}.`,
      );
    const cases = await this.compliance.known(province.code, reportDate);
    const counts = complianceActuals(cases, { from: plan.periodStart, to: reportDate });
    const metrics = Object.keys(COMPLIANCE_PLAN_METRICS) as CompliancePlanMetric[];
    return {
      planId: plan.id,
      province,
      reportDate,
      from: plan.periodStart,
      values: metrics.map((metric) => ({ metric, value: counts[metric] })),
      synthetic: cases.some((c) => c.synthetic),
    };
  }
}
