import { addDays, cumulativeTargetToDate, type IsoDate, type MonthlyTarget } from '@scorecard/domain';
import { seededRandom } from './seeded-random';

// Synthetic actuals for a plan ("dữ liệu mẫu"): plausible cumulative reports on every report date so the
// dashboard has something to show before provinces report. Every row is marked synthetic.
export const SAMPLE_SOURCE = 'synthetic:sample-actuals-v1';

/** The province that stops reporting in the sample, and the last report date it sends. */
export const SAMPLE_STOPPED_PROVINCE = '12'; // Lai Châu
export const SAMPLE_STOPPED_AFTER = '2021-10-15';

/**
 * The last report date the sample reports: the shipped data stays the same whatever day the scorecard is started,
 * and a plan running now (the 2026 sample plan) has reports up to the end of November 2026, none in the future.
 */
export const SAMPLE_REPORTS_UNTIL = '2026-11-30';

export type SampleTarget = {
  provinceCode: string;
  metric: string;
  periodTotal: number;
  months: readonly MonthlyTarget[];
};

export type SampleReport = {
  provinceCode: string;
  metric: string;
  reportDate: IsoDate;
  cumulativeValue: number;
  submittedAt: string;
};

/**
 * Each province gets a performance level (ahead, on plan, behind) and each metric its own drift; the cumulative
 * value follows the pro-rated target times that level, never decreasing. A few reports are sent twice, the
 * second a correction two days later, as provinces do.
 */
export function generateSampleActuals(
  planId: string,
  targets: readonly SampleTarget[],
  reportDates: readonly IsoDate[],
): SampleReport[] {
  const reports: SampleReport[] = [];
  for (const target of targets) {
    const random = seededRandom(`${planId}|${target.provinceCode}|${target.metric}`);
    const provinceLevel = seededRandom(`${planId}|${target.provinceCode}`)();
    // 0.55 … 1.35 of the pro-rated target, by province, shifted a little per metric
    const level = 0.55 + provinceLevel * 0.8 + (random() - 0.5) * 0.2;
    const drift = (random() - 0.5) * 0.3;
    let previous = 0;
    reportDates.forEach((reportDate, index) => {
      if (target.provinceCode === SAMPLE_STOPPED_PROVINCE && reportDate > SAMPLE_STOPPED_AFTER) return;
      const progress = reportDates.length > 1 ? index / (reportDates.length - 1) : 1;
      const factor = Math.max(0.05, level + drift * progress + (random() - 0.5) * 0.06);
      const value = Math.max(previous, Math.round(cumulativeTargetToDate(target.months, reportDate) * factor));
      previous = value;
      // Most provinces report on the day; about one report in ten (a province's whole report for a date, every
      // metric) comes the next morning, late.
      const late = seededRandom(`${planId}|${target.provinceCode}|${reportDate}|late`)() < 0.1;
      const submittedAt = late ? `${addDays(reportDate, 1)}T09:00:00` : `${reportDate}T16:30:00`;
      reports.push({
        provinceCode: target.provinceCode,
        metric: target.metric,
        reportDate,
        cumulativeValue: value,
        submittedAt,
      });
      if (random() < 0.04) {
        const corrected = Math.round(value * (1 + random() * 0.03));
        previous = corrected;
        reports.push({
          provinceCode: target.provinceCode,
          metric: target.metric,
          reportDate,
          cumulativeValue: corrected,
          submittedAt: `${addDays(reportDate, 3)}T15:30:00`,
        });
      }
    });
  }
  return reports;
}
