// The form of a new thresholds version: each box as typed (vi-VN decimal comma, the late-payment ratio in percent),
// empty to inherit, checked with the bounds the API applies (alertThresholdProblems of @scorecard/domain) so each
// problem is named beside its box before anything is sent.
import { alertThresholdProblems } from '@scorecard/domain';
import { textAlertThresholds } from '../../i18n/vi-alert-thresholds';
import { parseFormNumber, percentToRatio, ratioToPercent, toFormNumber } from '../../ui/form-number';
import type { SetThresholdsVariables, ThresholdsInForce } from './alert-thresholds.queries';
import type { ThresholdScope } from './threshold-scope';
import { THRESHOLD_FIELDS, fieldsOfScope, type ThresholdField } from './threshold-values';

/** Each box as typed ("" inherits), the late-payment ratio in percent ("3,37"), and the reason. */
export type ThresholdFormValues = Record<ThresholdField, string> & { note: string };
export type ThresholdFormField = ThresholdField | 'note';
export type ThresholdFormIssues = Partial<Record<ThresholdFormField, string>>;
export type ThresholdFormCheck =
  { ok: true; variables: SetThresholdsVariables } | { ok: false; issues: ThresholdFormIssues };

/** A value in its box: the ratio as a percent, the others as they are, with a decimal comma. */
export function toFormText(field: ThresholdField, value: number): string {
  return toFormNumber(field === 'latePaymentRatio' ? ratioToPercent(value) : value);
}

/** The form prefilled with what the scope sets itself; the values it inherits are left empty, to stay inherited. */
export function toThresholdForm(inForce: ThresholdsInForce): ThresholdFormValues {
  const own = (field: ThresholdField) => (inForce.inherited.includes(field) ? '' : toFormText(field, inForce[field]));
  return {
    rankDrop: own('rankDrop'),
    paceMultiple: own('paceMultiple'),
    latePaymentRatio: own('latePaymentRatio'),
    approvalWaitDays: own('approvalWaitDays'),
    note: '',
  };
}

/** The field a problem of alertThresholdProblems is about, read from the name it starts with. */
export function problemField(problem: string): ThresholdField | undefined {
  const first = /^(\w+)/.exec(problem)?.[1];
  return THRESHOLD_FIELDS.find((field) => field === first);
}

/** The variables of setAlertThresholds, or the problem of each box. A box the scope does not set is sent as null. */
export function checkThresholdForm(
  values: ThresholdFormValues,
  scope: ThresholdScope,
  inForce: ThresholdsInForce,
): ThresholdFormCheck {
  const t = textAlertThresholds.issues;
  const issues: ThresholdFormIssues = {};
  const set: Partial<Record<ThresholdField, number>> = {};
  for (const field of fieldsOfScope(scope)) {
    const typed = values[field].trim();
    if (typed === '') continue;
    const parsed = parseFormNumber(typed);
    if (Number.isNaN(parsed)) issues[field] = t.notANumber;
    else set[field] = field === 'latePaymentRatio' ? percentToRatio(parsed) : parsed;
  }
  // The boxes left empty take a value from above, which is within bounds: only what was typed can be out of them.
  const candidate = {
    rankDrop: set.rankDrop ?? inForce.rankDrop,
    paceMultiple: set.paceMultiple ?? inForce.paceMultiple,
    latePaymentRatio: set.latePaymentRatio ?? inForce.latePaymentRatio,
    approvalWaitDays: set.approvalWaitDays ?? inForce.approvalWaitDays,
  };
  for (const problem of alertThresholdProblems(candidate)) {
    const field = problemField(problem);
    if (field !== undefined && set[field] !== undefined) issues[field] ??= t[field];
  }
  const note = values.note.trim();
  if (note === '') issues.note = t.note;
  if (Object.keys(issues).length > 0) return { ok: false, issues };
  return {
    ok: true,
    variables: {
      note,
      planId: scope,
      rankDrop: set.rankDrop ?? null,
      paceMultiple: set.paceMultiple ?? null,
      latePaymentRatio: set.latePaymentRatio ?? null,
      approvalWaitDays: set.approvalWaitDays ?? null,
    },
  };
}
