import { addDays, type IsoDate } from '../calendar/iso-date';
import type { StatusBand } from '../scoring/status-band';

// The alert rules (issue "11 ·"): pure functions from what the scorecard already computes (report status,
// attainment rows, late-payment ratios, pending reports) to the alerts it owes its users at one moment. The
// scheduler evaluates them at each report date and on each change; the key of an alert is what it is delivered
// once per (key, recipient) by, so the same situation seen twice is one alert.

export type AlertKind =
  | 'REPORT_DUE_TOMORROW'
  | 'REPORT_MISSING'
  | 'BAND_FELL'
  | 'RANK_DROP'
  | 'PACE_STRAIN'
  | 'LATE_PAYMENT_HIGH'
  | 'LATE_PAYMENT_RISING'
  | 'APPROVAL_WAITING'
  | 'STEP_OVERDUE';

/** Every kind, in the order the settings list them. */
export const ALERT_KINDS: readonly AlertKind[] = [
  'REPORT_DUE_TOMORROW',
  'REPORT_MISSING',
  'BAND_FELL',
  'RANK_DROP',
  'PACE_STRAIN',
  'LATE_PAYMENT_HIGH',
  'LATE_PAYMENT_RISING',
  'APPROVAL_WAITING',
  'STEP_OVERDUE',
];

/** What each kind is, for a user choosing which alerts they want. */
export const ALERT_KIND_LABELS: Readonly<Record<AlertKind, { vi: string; en: string }>> = {
  REPORT_DUE_TOMORROW: { vi: 'Nhắc hạn báo cáo (trước một ngày)', en: 'Report due tomorrow' },
  REPORT_MISSING: { vi: 'Báo cáo không đến đúng hạn', en: 'Report missed its deadline' },
  BAND_FELL: { vi: 'Tụt mức đánh giá (Đạt → Cần chú ý / Chậm)', en: 'Fell a status band' },
  RANK_DROP: { vi: 'Tụt hạng', en: 'Rank drop' },
  PACE_STRAIN: { vi: 'Nhịp độ cần thiết quá cao', en: 'Required pace too high' },
  LATE_PAYMENT_HIGH: { vi: 'Tỷ lệ chậm đóng vượt ngưỡng', en: 'Late payment over its threshold' },
  LATE_PAYMENT_RISING: { vi: 'Tỷ lệ chậm đóng tăng hai kỳ liền', en: 'Late payment rising twice' },
  APPROVAL_WAITING: { vi: 'Báo cáo chờ duyệt quá lâu', en: 'Report waiting for approval' },
  STEP_OVERDUE: { vi: 'Bước xử lý đơn vị trốn đóng quá hạn', en: 'Compliance step overdue' },
};

export function isAlertKind(value: string): value is AlertKind {
  return (ALERT_KINDS as readonly string[]).includes(value);
}

export type AlertFigures = Readonly<Record<string, number | string | null>>;

export type Alert = {
  kind: AlertKind;
  planId: string | null;
  /** null: a national alert. */
  provinceCode: string | null;
  metric: string | null;
  /** The report date or as-of date the alert is about. */
  date: IsoDate;
  /** One alert per situation: kind, plan, province, metric and date. */
  key: string;
  figures: AlertFigures;
};

/** Headquarters' thresholds of a plan (kept with history, like the plan settings). */
export type AlertThresholds = {
  /** A rank drop of this many places or more between two report dates. */
  rankDrop: number;
  /** The pace still required per day above this multiple of the pace so far. */
  paceMultiple: number;
  /** A late-payment ratio above this (a fraction: 0.0337 = 3,37 %). */
  latePaymentRatio: number;
  /** A report waiting for approval longer than this many days. */
  approvalWaitDays: number;
};

export const DEFAULT_ALERT_THRESHOLDS: AlertThresholds = {
  rankDrop: 5,
  paceMultiple: 1.5,
  // The national ratio after nine months of 2023 (seed 003): a province above it is worse than the country was.
  latePaymentRatio: 0.0337,
  approvalWaitDays: 3,
};

/** The bounds headquarters' thresholds must keep; what each problem says names the field, the value and the fix. */
export function alertThresholdProblems(t: AlertThresholds): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(t.rankDrop) || t.rankDrop < 1 || t.rankDrop > 62)
    problems.push(`rankDrop ${t.rankDrop}: a whole number of places from 1 to 62 (số bậc từ 1 đến 62)`);
  if (!Number.isFinite(t.paceMultiple) || t.paceMultiple < 1 || t.paceMultiple > 10)
    problems.push(`paceMultiple ${t.paceMultiple}: a multiple from 1 to 10, e.g. 1.5 (hệ số từ 1 đến 10)`);
  if (!Number.isFinite(t.latePaymentRatio) || t.latePaymentRatio <= 0 || t.latePaymentRatio >= 1)
    problems.push(
      `latePaymentRatio ${t.latePaymentRatio}: a fraction above 0 and below 1, e.g. 0.0337 for 3,37% (tỷ lệ trong khoảng 0–1)`,
    );
  if (!Number.isInteger(t.approvalWaitDays) || t.approvalWaitDays < 1 || t.approvalWaitDays > 60)
    problems.push(`approvalWaitDays ${t.approvalWaitDays}: a whole number of days from 1 to 60 (số ngày từ 1 đến 60)`);
  return problems;
}

function alert(
  kind: AlertKind,
  planId: string | null,
  provinceCode: string | null,
  metric: string | null,
  date: IsoDate,
  figures: AlertFigures,
): Alert {
  const key = [kind, planId ?? '-', provinceCode ?? '-', metric ?? '-', date].join('|');
  return { kind, planId, provinceCode, metric, date, key, figures };
}

/** Local time in Vietnam, "YYYY-MM-DDTHH:MM:SS" as submissions are stamped. */
export type LocalTimestamp = string;

export type ProvinceDue = {
  provinceCode: string;
  /** Metrics the province has a quota on: none, nothing is due. */
  metricsExpected: number;
  /** Its first submission for the report date, local time; null when none has come. */
  firstSubmittedAt: LocalTimestamp | null;
};

/**
 * A report is due by the end of its report date (report-schedule.ts `isLateSubmission`). The day before, a
 * reminder to each province that has sent nothing yet; once the date is over, an alert for each province whose
 * report did not arrive by then (one that arrived late still missed the deadline).
 */
export function reportDeadlineAlerts(input: {
  planId: string;
  reportDate: IsoDate;
  now: LocalTimestamp;
  provinces: readonly ProvinceDue[];
}): Alert[] {
  const today = input.now.slice(0, 10);
  const due = input.provinces.filter((province) => province.metricsExpected > 0);
  if (today === addDays(input.reportDate, -1))
    return due
      .filter((province) => province.firstSubmittedAt === null)
      .map((province) =>
        alert('REPORT_DUE_TOMORROW', input.planId, province.provinceCode, null, input.reportDate, {
          deadline: input.reportDate,
        }),
      );
  if (today <= input.reportDate) return [];
  return due
    .filter(
      (province) => province.firstSubmittedAt === null || province.firstSubmittedAt.slice(0, 10) > input.reportDate,
    )
    .map((province) =>
      alert('REPORT_MISSING', input.planId, province.provinceCode, null, input.reportDate, {
        deadline: input.reportDate,
        receivedAt: province.firstSubmittedAt,
      }),
    );
}

export type StandingChange = {
  provinceCode: string;
  metric: string;
  reportDate: IsoDate;
  band: StatusBand | null;
  previousBand: StatusBand | null;
  rank: number | null;
  previousRank: number | null;
  /** How many units the ranks are among (63 or 34). */
  unitCount: number;
  /** Attainment on the view's basis (a fraction), for the message. */
  figure: number | null;
};

const BAND_ORDER: Readonly<Record<StatusBand, number>> = { ON_TRACK: 0, AT_RISK: 1, BEHIND: 2 };

/** A province moving down a band: Đạt → Cần chú ý or Chậm, Cần chú ý → Chậm. */
export function bandFellAlerts(planId: string, rows: readonly StandingChange[]): Alert[] {
  return rows
    .filter(
      (row) => row.band !== null && row.previousBand !== null && BAND_ORDER[row.band] > BAND_ORDER[row.previousBand],
    )
    .map((row) =>
      alert('BAND_FELL', planId, row.provinceCode, row.metric, row.reportDate, {
        band: row.band,
        previousBand: row.previousBand,
        figure: row.figure,
      }),
    );
}

/** A rank drop of `threshold` places or more since the previous report date. */
export function rankDropAlerts(planId: string, rows: readonly StandingChange[], threshold: number): Alert[] {
  return rows
    .filter((row) => row.rank !== null && row.previousRank !== null && row.rank - row.previousRank >= threshold)
    .map((row) =>
      alert('RANK_DROP', planId, row.provinceCode, row.metric, row.reportDate, {
        rank: row.rank,
        previousRank: row.previousRank,
        places: row.rank! - row.previousRank!,
        unitCount: row.unitCount,
      }),
    );
}

export type PaceRow = {
  provinceCode: string;
  metric: string;
  asOf: IsoDate;
  /** Cumulative actual A(d) and the days of the period elapsed at d (both from the attainment row). */
  actual: number | null;
  daysElapsed: number;
  /** (period total − A(d)) / days remaining; 0 once the quota is met; null without a quota or an actual. */
  requiredPacePerDay: number | null;
};

/**
 * The pace still required per day above `multiple` × the pace so far (A(d) / days elapsed): the plan is out of reach
 * at the present pace. A province with nothing done yet and something to do is always strained.
 */
export function paceAlerts(planId: string, rows: readonly PaceRow[], multiple: number): Alert[] {
  return rows.flatMap((row) => {
    if (row.actual === null || row.requiredPacePerDay === null || row.requiredPacePerDay <= 0 || row.daysElapsed <= 0)
      return [];
    const paceSoFar = row.actual / row.daysElapsed;
    if (paceSoFar > 0 && row.requiredPacePerDay <= multiple * paceSoFar) return [];
    return [
      alert('PACE_STRAIN', planId, row.provinceCode, row.metric, row.asOf, {
        requiredPacePerDay: row.requiredPacePerDay,
        paceSoFar,
      }),
    ];
  });
}

export type LatePaymentPoint = { asOf: IsoDate; ratio: number | null };

/**
 * Late payment of one province (or the nation: provinceCode null) over its dates, oldest first: above the
 * threshold at the latest date, and rising at each of the last two dates (three ratios, each above the one before).
 */
export function latePaymentAlerts(
  provinceCode: string | null,
  points: readonly LatePaymentPoint[],
  threshold: number,
): Alert[] {
  const latest = points.at(-1);
  if (!latest || latest.ratio === null) return [];
  const alerts: Alert[] = [];
  if (latest.ratio > threshold)
    alerts.push(alert('LATE_PAYMENT_HIGH', null, provinceCode, null, latest.asOf, { ratio: latest.ratio, threshold }));
  const [first, second] = points.slice(-3);
  if (
    points.length >= 3 &&
    first?.ratio != null &&
    second?.ratio != null &&
    first.ratio < second.ratio &&
    second.ratio < latest.ratio
  )
    alerts.push(
      alert('LATE_PAYMENT_RISING', null, provinceCode, null, latest.asOf, {
        ratio: latest.ratio,
        from: first.ratio,
        since: first.asOf,
      }),
    );
  return alerts;
}

export type PendingReport = { submissionId: number; planId: string; provinceCode: string; submittedAt: LocalTimestamp };

/** A report waiting for approval more than `days` whole days after it was sent. */
export function approvalWaitingAlerts(pending: readonly PendingReport[], now: LocalTimestamp, days: number): Alert[] {
  const today = now.slice(0, 10);
  return pending.flatMap((report) => {
    const sent = report.submittedAt.slice(0, 10);
    if (addDays(sent, days) >= today) return [];
    return [
      alert('APPROVAL_WAITING', report.planId, report.provinceCode, null, sent, {
        submissionId: report.submissionId,
        submittedAt: report.submittedAt,
        days,
      }),
    ];
  });
}

export type OpenCaseStep = {
  caseId: number;
  provinceCode: string;
  taxCode: string;
  employerName: string;
  /** The step the case waits for and the day it was due (compliance-deadlines.ts `nextStep`). */
  step: string;
  deadline: IsoDate;
};

/**
 * A compliance case (issue "9 ·") whose next step is past its deadline on `today`: one alert per case, step and
 * deadline, so a case that moves on and falls behind again on its next step is told again.
 */
export function stepOverdueAlerts(steps: readonly OpenCaseStep[], today: IsoDate): Alert[] {
  return steps
    .filter((step) => today > step.deadline)
    .map((step) => ({
      ...alert('STEP_OVERDUE', null, step.provinceCode, null, step.deadline, {
        caseId: step.caseId,
        taxCode: step.taxCode,
        employer: step.employerName,
        step: step.step,
        deadline: step.deadline,
      }),
      key: ['STEP_OVERDUE', '-', step.provinceCode, `case ${step.caseId} ${step.step}`, step.deadline].join('|'),
    }));
}
