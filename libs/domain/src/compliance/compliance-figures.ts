import { dayNumber, type IsoDate } from '../calendar/iso-date';
import { COMPLIANCE_STEPS, stepIndex, type ComplianceCase, type ComplianceStepKind } from './compliance-case';
import { complianceFunnel, type ComplianceFunnel } from './compliance-lists';

// The figures headquarters reads off the compliance workflow (docs/compliance.md): the funnel at a date with the
// conversion from each step to the next and the median days each step took, and what was done within a window
// (a fortnight of report 08-KT, or a plan period up to a report date): steps done, conferences held, employers and
// workers brought in, contribution recovered. Three of these counts are the plan's actuals for tax-data reviews,
// inspections of employers in arrears and outreach conferences (COMPLIANCE_PLAN_METRICS).

/** Both ends included. */
export type ComplianceWindow = { from: IsoDate; to: IsoDate };

export type ComplianceStepFigures = {
  step: ComplianceStepKind;
  /** Cases that had reached the step or gone past it on the date (the funnel). */
  reached: number;
  /** reached ÷ reached of the step before; null for the first step or when none reached the one before. */
  conversion: number | null;
  /**
   * The median of the days from the case's step before (its list's receipt for ENTERED) to this step, over the
   * cases that did this step by the date; null when none did (and for LIST_RECEIVED, which starts the case).
   */
  medianDays: number | null;
  /** Cases that did this step within the window. */
  doneInWindow: number;
};

export type ComplianceWindowFigures = ComplianceWindow & {
  /** Cases opened by a list received within the window. */
  casesOpened: number;
  /** Conferences held within the window: distinct days (and invitation numbers) per province, not cases invited. */
  conferencesHeld: number;
  /** Cases ended within the window with every worker registered, or some. */
  registered: number;
  partlyRegistered: number;
  /** Cases closed within the window (dissolved, no workers, wrong list). */
  closed: number;
  /** Workers brought in by the cases ended with a registration within the window. */
  workersRegistered: number;
  /** Contribution recovered (VND) as recorded with those outcomes. */
  contributionRecovered: number;
};

export type ComplianceFigures = ComplianceFunnel & {
  steps: ComplianceStepFigures[];
  window: ComplianceWindowFigures;
};

/** The middle value of the list (the mean of the two middle values for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const within = (date: IsoDate, window: ComplianceWindow) => date >= window.from && date <= window.to;

/** A conference is one day of one province, with its invitation's number when one was recorded. */
function conferenceKey(c: ComplianceCase, on: IsoDate, document: string | null): string {
  return `${c.provinceCode}|${on}|${document ?? ''}`;
}

/** The figures of a set of cases on `asOf`, with what was done within `window` (its `to` no later than `asOf`). */
export function complianceFigures(
  cases: readonly ComplianceCase[],
  asOf: IsoDate,
  window: ComplianceWindow,
): ComplianceFigures {
  if (window.from > window.to || window.to > asOf)
    throw new RangeError(`the window ${window.from}…${window.to} must end on or before ${asOf}`);
  const funnel = complianceFunnel(cases, asOf);
  const durations = new Map<ComplianceStepKind, number[]>(COMPLIANCE_STEPS.map((kind) => [kind, []]));
  const doneInWindow = new Map<ComplianceStepKind, Set<ComplianceCase>>(COMPLIANCE_STEPS.map((k) => [k, new Set()]));
  const conferences = new Set<string>();
  const inWindow: ComplianceWindowFigures = {
    ...window,
    casesOpened: 0,
    conferencesHeld: 0,
    registered: 0,
    partlyRegistered: 0,
    closed: 0,
    workersRegistered: 0,
    contributionRecovered: 0,
  };
  for (const c of cases) {
    const received = c.listings[0]!.receivedOn;
    if (received > asOf) continue;
    if (within(received, window)) inWindow.casesOpened += 1;
    let previous = received;
    for (const step of c.steps) {
      if (step.on > asOf) break;
      durations.get(step.kind)!.push(dayNumber(step.on) - dayNumber(previous));
      previous = step.on;
      if (!within(step.on, window)) continue;
      doneInWindow.get(step.kind)!.add(c);
      if (step.kind === 'CONFERENCE_HELD') conferences.add(conferenceKey(c, step.on, step.document));
    }
    const outcome = c.outcome;
    if (outcome === null || !within(outcome.on, window)) continue;
    if (outcome.kind === 'REGISTERED' || outcome.kind === 'PARTLY_REGISTERED') {
      if (outcome.kind === 'REGISTERED') inWindow.registered += 1;
      else inWindow.partlyRegistered += 1;
      inWindow.workersRegistered += outcome.workersRegistered;
    } else inWindow.closed += 1;
    inWindow.contributionRecovered += outcome.contributionRecovered;
  }
  inWindow.conferencesHeld = conferences.size;
  durations.set('LIST_RECEIVED', []);
  const steps = COMPLIANCE_STEPS.map((step, index) => {
    const before = index === 0 ? null : funnel.reached[COMPLIANCE_STEPS[index - 1]!];
    return {
      step,
      reached: funnel.reached[step],
      conversion: before === null || before === 0 ? null : funnel.reached[step] / before,
      medianDays: median(durations.get(step)!),
      doneInWindow: doneInWindow.get(step)!.size,
    };
  });
  return { ...funnel, steps, window: inWindow };
}

/**
 * The plan's metrics the workflow counts (docs/compliance.md), each with what it counts within the plan period up
 * to a report date: employers entered from the tax authority's lists (tax-data reviews, records), direct
 * inspections done (inspections of employers in arrears, employers), conferences held (outreach conferences).
 */
export const COMPLIANCE_PLAN_METRICS = {
  tax_data_reviews: 'ENTERED',
  overdue_unit_inspections: 'INSPECTION_DONE',
  outreach_conferences: 'CONFERENCES',
} as const;
export type CompliancePlanMetric = keyof typeof COMPLIANCE_PLAN_METRICS;

/** The three counts within `window` (plan period start … report date), as a province's report would give them. */
export function complianceActuals(
  cases: readonly ComplianceCase[],
  window: ComplianceWindow,
): Record<CompliancePlanMetric, number> {
  const figures = complianceFigures(cases, window.to, window);
  const done = (kind: ComplianceStepKind) => figures.steps[stepIndex(kind)]!.doneInWindow;
  return {
    tax_data_reviews: done('ENTERED'),
    overdue_unit_inspections: done('INSPECTION_DONE'),
    outreach_conferences: figures.window.conferencesHeld,
  };
}
