// Texts the server sends in both languages (a metric's names and unit, an arrears bucket's name and action, an
// error's message), in the language of this page load.
import type { ArrearsBucketFigure, LatePaymentReference, Metric, Province } from '../api/fields';
import { inLanguage } from './language';

type MetricNames = Pick<Metric, 'labelVi' | 'labelEn'>;
type MetricShortNames = Pick<Metric, 'shortLabelVi' | 'shortLabelEn'>;
type MetricUnits = Pick<Metric, 'unitVi' | 'unit'>;

export function metricName(metric: MetricNames): string {
  return inLanguage(metric.labelVi, metric.labelEn);
}

export function metricShortName(metric: MetricShortNames): string {
  return inLanguage(metric.shortLabelVi, metric.shortLabelEn);
}

export function metricUnit(metric: MetricUnits): string {
  return inLanguage(metric.unitVi, metric.unit);
}

export function bucketName(figure: Pick<ArrearsBucketFigure, 'labelVi' | 'labelEn'>): string {
  return inLanguage(figure.labelVi, figure.labelEn);
}

export function bucketAction(figure: Pick<ArrearsBucketFigure, 'actionVi' | 'actionEn'>): string {
  return inLanguage(figure.actionVi, figure.actionEn);
}

/** A province's region (Đồng bằng sông Hồng… or Red River Delta…). */
export function regionName(province: Pick<Province, 'region' | 'regionEn'>): string {
  return inLanguage(province.region, province.regionEn);
}

/** A published late-payment reference (Cả nước cuối năm 2022…). */
export function referenceName(reference: Pick<LatePaymentReference, 'label' | 'labelEn'>): string {
  return inLanguage(reference.label, reference.labelEn);
}

/** A coverage goal of Resolution 28-NQ/TW as worded (Khoảng 45% lực lượng lao động… or About 45 % of…). */
export function coverageGoalText(goal: { text: string; textEn: string }): string {
  return inLanguage(goal.text, goal.textEn);
}
