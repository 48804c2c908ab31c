// Which plan a page looks at (?plan=…): the first listed unless the address names another. The API lists the
// published plans first, the made-up ones (synthetic, such as the 2026 plan on the 34 units) after them.
import type { Plan } from '../api/fields';
import { text } from '../i18n/vi';
import { textUnitSets } from '../i18n/vi-unit-sets';

export const PLAN_PARAM = 'plan';

/** `plans` must not be empty. A plan the address names that is not listed gives the first, and `invalid`. */
export function resolvePlanChoice(query: URLSearchParams, plans: readonly Plan[]): { plan: Plan; invalid: boolean } {
  const planParam = query.get(PLAN_PARAM);
  const chosen = planParam === null ? undefined : plans.find((p) => p.id === planParam);
  return { plan: chosen ?? (plans[0] as Plan), invalid: planParam !== null && !chosen };
}

/** The `plan` value of a link: null (left out) for the first plan, the one a page opens on. */
export function planParam(plan: Pick<Plan, 'id'>, plans: readonly Pick<Plan, 'id'>[]): string | null {
  return plans[0]?.id === plan.id ? null : plan.id;
}

/**
 * How a plan is named where plans are chosen: document and title, and "(dữ liệu mẫu)" for a made-up plan (once: the
 * shipped sample plan's title already says so in Vietnamese).
 */
export function planOptionLabel(plan: Pick<Plan, 'issuingDocument' | 'title' | 'synthetic'>): string {
  return withSampleMark(text.plans.import.planOption(plan.issuingDocument, plan.title), plan.synthetic);
}

/** The title alone, marked the same way (where the document is not shown). */
export function planTitleLabel(plan: Pick<Plan, 'title' | 'synthetic'>): string {
  return withSampleMark(plan.title, plan.synthetic);
}

function withSampleMark(label: string, synthetic: boolean): string {
  const mark = textUnitSets.plan.sample;
  return synthetic && !label.toLocaleLowerCase('vi').includes(mark.toLocaleLowerCase('vi'))
    ? `${label} ${mark}`
    : label;
}
