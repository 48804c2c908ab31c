// The plan and version shown live in the URL (?plan=…&version=…) so a link shows the same reconciliation.
// Without ?version the page shows the current version, whichever it is when the link is opened.
import type { PlanWithVersions } from './plans.queries';

export type PlanChoice = { planId: string; version: number | null };
export type PlansParamName = 'plan' | 'version';

export type PlanSelection = {
  plan: PlanWithVersions;
  /** The version shown; null when the plan has no stored version. */
  version: number | null;
  /** Whether the URL names the version (otherwise it is the current one). */
  pinned: boolean;
};

export type ResolvedPlanSelection = {
  /** Undefined only when there is no plan at all. */
  selection: PlanSelection | undefined;
  /** Parameters present in the URL but not usable; the default was used instead. */
  invalid: PlansParamName[];
};

/** The current version ("hiện hành"): the latest stored one. */
export function currentVersion(plan: PlanWithVersions): number | null {
  if (plan.latestVersion !== null) return plan.latestVersion;
  return plan.versions.reduce<number | null>(
    (latest, v) => (latest === null || v.version > latest ? v.version : latest),
    null,
  );
}

export function resolvePlanSelection(search: string, plans: readonly PlanWithVersions[]): ResolvedPlanSelection {
  const query = new URLSearchParams(search);
  const invalid: PlansParamName[] = [];

  const planParam = query.get('plan');
  const named = planParam === null ? undefined : plans.find((p) => p.id === planParam);
  if (planParam !== null && !named) invalid.push('plan');
  // The API lists plans newest first.
  const plan = named ?? plans[0];
  if (!plan) return { selection: undefined, invalid };

  const versionParam = query.get('version');
  const version = versionParam !== null && /^\d+$/.test(versionParam) ? Number(versionParam) : undefined;
  // A version only means something for the plan it was chosen with.
  const pinned = named !== undefined && version !== undefined && plan.versions.some((v) => v.version === version);
  if (versionParam !== null && !pinned) invalid.push('version');

  return { selection: { plan, version: pinned ? (version ?? null) : currentVersion(plan), pinned }, invalid };
}

/** The query string for a choice, keeping any other parameters already in the URL. */
export function toPlansSearch(choice: PlanChoice, currentSearch: string): string {
  const query = new URLSearchParams(currentSearch);
  query.set('plan', choice.planId);
  if (choice.version === null) query.delete('version');
  else query.set('version', String(choice.version));
  return `?${query.toString()}`;
}
