// The four alert thresholds as people read them, vi-VN figures: a rank drop of 3 places, a pace multiple ×1,5, a
// late-payment ratio of 3,37% (sent as the fraction 0.0337), an approval wait of 3 days.
import type { Plan } from '../../api/fields';
import { formatInteger, formatNumber } from '../../i18n/format';
import { textAlertThresholds } from '../../i18n/vi-alert-thresholds';
import { planOptionLabel } from '../../plan/plan-choice';
import { ratioToPercent } from '../../ui/form-number';
import type { ThresholdScope } from './threshold-scope';

export type ThresholdField = 'rankDrop' | 'paceMultiple' | 'latePaymentRatio' | 'approvalWaitDays';

export const THRESHOLD_FIELDS: readonly ThresholdField[] = [
  'rankDrop',
  'paceMultiple',
  'latePaymentRatio',
  'approvalWaitDays',
];

/** The fields a scope sets itself: a plan has no late-payment threshold, which is agency-wide (the ledger is no plan's). */
export function fieldsOfScope(scope: ThresholdScope): readonly ThresholdField[] {
  return scope === null ? THRESHOLD_FIELDS : THRESHOLD_FIELDS.filter((field) => field !== 'latePaymentRatio');
}

/** A value as shown: "3", "×1,5", "3,37%", "3". */
export function thresholdText(field: ThresholdField, value: number): string {
  switch (field) {
    case 'rankDrop':
    case 'approvalWaitDays':
      return formatInteger(value);
    case 'paceMultiple':
      return `×${formatNumber(value, 2)}`;
    case 'latePaymentRatio':
      return `${formatNumber(ratioToPercent(value), 4)}%`;
  }
}

/** Where a value the scope does not set comes from: agency-wide or the default for a plan, the default agency-wide. */
export function inheritedFrom(scope: ThresholdScope): string {
  const t = textAlertThresholds.inForce;
  return scope === null ? t.fromDefaults : t.fromPlanScope;
}

type ScopePlan = Pick<Plan, 'id' | 'issuingDocument' | 'title' | 'synthetic'>;

/** The scope's name: "Toàn ngành", or the plan as the plan pickers name it (its id when it is not listed). */
export function scopeName(scope: ThresholdScope, plans: readonly ScopePlan[]): string {
  if (scope === null) return textAlertThresholds.scope.agencyWide;
  const plan = plans.find((p) => p.id === scope);
  return plan ? planOptionLabel(plan) : scope;
}
