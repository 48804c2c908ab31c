import { DEFAULT_BAND_THRESHOLDS, type BandThresholds } from './status-band';
import { DEFAULT_COMPOSITE_CAP, LATE_PAYMENT_PART, defaultCompositeWeights } from './composite-score';

// A plan's settings that headquarters may change (docs/domain.md): the status-band thresholds and the composite
// score's weights, cap and late-payment reference. Version 0 is the defaults, before anyone sets them.

export type PlanSettings = BandThresholds & {
  compositeCap: number;
  latePaymentReference: number;
  weights: Readonly<Record<string, number>>;
};

/** 2.91 %: the national late-payment ratio at the end of 2022 (seed 002), the reference the composite scores against. */
export const DEFAULT_LATE_PAYMENT_REFERENCE = 0.0291;

export function defaultPlanSettings(metrics: readonly string[]): PlanSettings {
  return {
    ...DEFAULT_BAND_THRESHOLDS,
    compositeCap: DEFAULT_COMPOSITE_CAP,
    latePaymentReference: DEFAULT_LATE_PAYMENT_REFERENCE,
    weights: defaultCompositeWeights(metrics),
  };
}

/** What is wrong with settings someone wants to store, in words that say the fix; empty when nothing is. */
export function planSettingsProblems(settings: PlanSettings, metrics: readonly string[]): string[] {
  return planSettingsFindings(settings, metrics).map((finding) => finding.message);
}

/** planSettingsProblems with each problem also said in Vietnamese (messageVi), with the same values. */
export function planSettingsFindings(
  settings: PlanSettings,
  metrics: readonly string[],
): { message: string; messageVi: string }[] {
  const problems: { message: string; messageVi: string }[] = [];
  const finite = (value: number) => Number.isFinite(value);
  if (!finite(settings.onTrack) || settings.onTrack <= 0 || settings.onTrack > 2)
    problems.push({
      message: `onTrack ${settings.onTrack}: give the ratio to the reference from which a province is "Đạt", above 0 and at most 2 (default 1).`,
      messageVi: `onTrack ${settings.onTrack}: ghi tỷ lệ so với mốc từ đó một tỉnh được xếp "Đạt", lớn hơn 0 và không quá 2 (mặc định 1).`,
    });
  if (!finite(settings.atRisk) || settings.atRisk <= 0 || settings.atRisk > settings.onTrack)
    problems.push({
      message: `atRisk ${settings.atRisk}: give the ratio from which a province is "Cần chú ý", above 0 and at most onTrack (default 0.9).`,
      messageVi: `atRisk ${settings.atRisk}: ghi tỷ lệ từ đó một tỉnh được xếp "Cần chú ý", lớn hơn 0 và không quá onTrack (mặc định 0.9).`,
    });
  if (!finite(settings.latePaymentAtRisk) || settings.latePaymentAtRisk < 1 || settings.latePaymentAtRisk > 3)
    problems.push({
      message: `latePaymentAtRisk ${settings.latePaymentAtRisk}: give the multiple of the reference up to which late payment is "Cần chú ý", from 1 to 3 (default 1.1).`,
      messageVi: `latePaymentAtRisk ${settings.latePaymentAtRisk}: ghi bội số của mốc mà tỷ lệ chậm đóng đến mức đó còn được xếp "Cần chú ý", từ 1 đến 3 (mặc định 1.1).`,
    });
  if (!finite(settings.compositeCap) || settings.compositeCap < 1 || settings.compositeCap > 3)
    problems.push({
      message: `compositeCap ${settings.compositeCap}: give the cap on each attainment in the composite, from 1 to 3 (default 1.2).`,
      messageVi: `compositeCap ${settings.compositeCap}: ghi mức trần của tỷ lệ đạt mỗi chỉ tiêu trong điểm tổng hợp, từ 1 đến 3 (mặc định 1.2).`,
    });
  if (
    !finite(settings.latePaymentReference) ||
    settings.latePaymentReference <= 0 ||
    settings.latePaymentReference >= 1
  )
    problems.push({
      message: `latePaymentReference ${settings.latePaymentReference}: give the reference late-payment ratio as a fraction, e.g. 0.0291 for 2.91 %.`,
      messageVi: `latePaymentReference ${settings.latePaymentReference}: ghi tỷ lệ chậm đóng tham chiếu dưới dạng số thập phân, ví dụ 0.0291 cho 2,91 %.`,
    });
  const known = new Set([...metrics, LATE_PAYMENT_PART]);
  for (const [metric, weight] of Object.entries(settings.weights)) {
    if (!known.has(metric))
      problems.push({
        message: `weight for "${metric}": not a metric of the plan (${[...known].join(', ')}).`,
        messageVi: `trọng số của "${metric}": không phải chỉ tiêu của kế hoạch (${[...known].join(', ')}).`,
      });
    else if (!finite(weight) || weight < 0 || weight > 100)
      problems.push({
        message: `weight for "${metric}" ${weight}: give a weight from 0 to 100 (0 leaves the metric out).`,
        messageVi: `trọng số của "${metric}" ${weight}: ghi trọng số từ 0 đến 100 (0 là không tính chỉ tiêu này).`,
      });
  }
  if (!Object.values(settings.weights).some((weight) => weight > 0))
    problems.push({
      message: 'weights: give at least one metric a weight above 0.',
      messageVi: 'weights: cho ít nhất một chỉ tiêu trọng số lớn hơn 0.',
    });
  return problems;
}
