// The form of a new settings version: texts as typed (percents, vi-VN decimal comma) to a PlanSettingsInput,
// checked with the bounds the API applies (planSettingsProblems of @scorecard/domain), each problem named beside
// its box before anything is sent.
import { LATE_PAYMENT_PART, planSettingsProblems } from '@scorecard/domain';
import { textPlanSettings } from '../../i18n/vi-plan-settings';
import { parseFormNumber, percentToRatio, ratioToPercent, toFormNumber } from '../../ui/form-number';
import type { PlanSettingsInput, PlanSettingsVersion } from './plan-settings.queries';

export type SettingsFormValues = {
  /** Percent of the reference: "100". */
  onTrack: string;
  /** Percent: "90". */
  atRisk: string;
  /** Multiple of the late-payment reference: "1,1". */
  latePaymentAtRisk: string;
  /** Percent: "120". */
  compositeCap: string;
  /** Percent: "2,91". */
  latePaymentReference: string;
  /** Per metric key and "late_payment". */
  weights: Record<string, string>;
  note: string;
};

export type NumberField = 'onTrack' | 'atRisk' | 'latePaymentAtRisk' | 'compositeCap' | 'latePaymentReference';
/** A box of the form: a number field, the note, one metric's weight ("weight:revenue") or the weights as a whole. */
export type FormField = NumberField | 'note' | 'weights' | `weight:${string}`;
export type SettingsFormIssues = Partial<Record<FormField, string>>;

export type SettingsFormCheck = { ok: true; input: PlanSettingsInput } | { ok: false; issues: SettingsFormIssues };

const PERCENT_FIELDS: readonly NumberField[] = ['onTrack', 'atRisk', 'compositeCap', 'latePaymentReference'];
const NUMBER_FIELDS: readonly NumberField[] = [...PERCENT_FIELDS, 'latePaymentAtRisk'];

/** The form prefilled from a version (the one in force), with an empty note. */
export function toFormValues(settings: PlanSettingsVersion, metricKeys: readonly string[]): SettingsFormValues {
  const weights: Record<string, string> = {};
  for (const metric of [...metricKeys, LATE_PAYMENT_PART]) {
    const weight = settings.weights.find((w) => w.metric === metric)?.weight ?? 0;
    weights[metric] = toFormNumber(weight);
  }
  return {
    onTrack: toFormNumber(ratioToPercent(settings.onTrack)),
    atRisk: toFormNumber(ratioToPercent(settings.atRisk)),
    latePaymentAtRisk: toFormNumber(settings.latePaymentAtRisk),
    compositeCap: toFormNumber(ratioToPercent(settings.compositeCap)),
    latePaymentReference: toFormNumber(ratioToPercent(settings.latePaymentReference)),
    weights,
    note: '',
  };
}

/** The box a problem of planSettingsProblems is about, read from the name it starts with. */
export function problemField(problem: string): FormField {
  const weight = /^weight for "([^"]+)"/.exec(problem);
  if (weight?.[1]) return `weight:${weight[1]}`;
  const first = /^(\w+)/.exec(problem)?.[1] ?? '';
  if ((NUMBER_FIELDS as readonly string[]).includes(first)) return first as NumberField;
  return 'weights';
}

function fieldIssue(field: FormField): string {
  const t = textPlanSettings.issues;
  if (field.startsWith('weight:')) return t.weight;
  switch (field as NumberField | 'note' | 'weights') {
    case 'onTrack':
      return t.onTrack;
    case 'atRisk':
      return t.atRisk;
    case 'latePaymentAtRisk':
      return t.latePaymentAtRisk;
    case 'compositeCap':
      return t.compositeCap;
    case 'latePaymentReference':
      return t.latePaymentReference;
    case 'note':
      return t.note;
    case 'weights':
      return t.weights;
  }
}

/** The input to send, or the problem of each box; metricKeys are the catalogue's (what the API checks against). */
export function checkSettingsForm(values: SettingsFormValues, metricKeys: readonly string[]): SettingsFormCheck {
  const issues: SettingsFormIssues = {};
  const number = (field: NumberField) => {
    const parsed = parseFormNumber(values[field]);
    if (Number.isNaN(parsed)) issues[field] = textPlanSettings.issues.notANumber;
    return PERCENT_FIELDS.includes(field) ? percentToRatio(parsed) : parsed;
  };
  const onTrack = number('onTrack');
  const atRisk = number('atRisk');
  const latePaymentAtRisk = number('latePaymentAtRisk');
  const compositeCap = number('compositeCap');
  const latePaymentReference = number('latePaymentReference');
  const weights: Record<string, number> = {};
  for (const [metric, text] of Object.entries(values.weights)) {
    const parsed = parseFormNumber(text === '' ? '0' : text);
    if (Number.isNaN(parsed)) issues[`weight:${metric}`] = textPlanSettings.issues.notANumber;
    weights[metric] = parsed;
  }
  const settings = { onTrack, atRisk, latePaymentAtRisk, compositeCap, latePaymentReference, weights };
  for (const problem of planSettingsProblems(settings, metricKeys)) {
    const field = problemField(problem);
    // A box that is not a number says so; the bounds would only repeat it.
    issues[field] ??= fieldIssue(field);
  }
  const note = values.note.trim();
  if (note === '') issues.note = textPlanSettings.issues.note;
  if (Object.keys(issues).length > 0) return { ok: false, issues };
  return {
    ok: true,
    input: {
      ...settings,
      weights: Object.entries(weights).map(([metric, weight]) => ({ metric, weight })),
      note,
    },
  };
}
