import type { IsoDate } from '../calendar/iso-date';
import {
  COMPLIANCE_STEPS,
  stepIndex,
  type ComplianceCase,
  isRegistration,
  type ComplianceListKind,
  type ComplianceOutcome,
  type ComplianceStep,
  type ComplianceStepKind,
} from './compliance-case';
import { isOverdue } from './compliance-deadlines';

// Lists arrive twice a year (before 10 January and 10 July, seed 000 I.1.2) and name many employers again: an
// employer already in an open case continues that case with a new listing, never a second case. A case that has
// ended (registered, or closed) is not reopened: the employer's next listing opens a new one.

export type ComplianceListEntry = {
  taxCode: string;
  provinceCode: string;
  kind: ComplianceListKind;
  receivedOn: IsoDate;
  workers: number;
};

/**
 * The cases after a list: each entry continues its employer's open case or opens one. With `enteredOn`, a case
 * opened gets its ENTERED step that day (importing the list is entering it in the software, 3.2.2).
 */
export function applyList(
  cases: readonly ComplianceCase[],
  entries: readonly ComplianceListEntry[],
  enteredOn?: IsoDate,
): { cases: ComplianceCase[]; opened: number; continued: number } {
  const result = cases.map((c) => ({ ...c, listings: [...c.listings] }));
  const open = new Map(result.filter((c) => c.outcome === null).map((c) => [c.taxCode, c]));
  let opened = 0;
  let continued = 0;
  for (const entry of entries) {
    const listing = { kind: entry.kind, receivedOn: entry.receivedOn, workers: entry.workers };
    const current = open.get(entry.taxCode);
    if (current) {
      current.listings.push(listing);
      continued += 1;
      continue;
    }
    const created: ComplianceCase = {
      taxCode: entry.taxCode,
      provinceCode: entry.provinceCode,
      listings: [listing],
      steps: enteredOn === undefined ? [] : [{ kind: 'ENTERED', on: enteredOn, document: null }],
      outcome: null,
    };
    result.push(created);
    open.set(entry.taxCode, created);
    opened += 1;
  }
  return { cases: result, opened, continued };
}

/** Why a step cannot be recorded on a case, in English and Vietnamese; null when it can. */
export function stepRefusal(c: ComplianceCase, step: ComplianceStep): { reason: string; reasonVi: string } | null {
  if (c.outcome !== null)
    return {
      reason: `the case ended on ${c.outcome.on} (${c.outcome.kind}); a new list opens a new case`,
      reasonVi: `hồ sơ đã kết thúc ngày ${c.outcome.on}; danh sách mới sẽ mở hồ sơ mới`,
    };
  const received = c.listings[0]!.receivedOn;
  if (step.on < received)
    return {
      reason: `${step.on} is before the list was received (${received})`,
      reasonVi: `ngày ${step.on} trước ngày nhận danh sách (${received})`,
    };
  const previous = c.steps.at(-1);
  if (previous && step.on < previous.on)
    return {
      reason: `${step.on} is before the last step recorded (${previous.kind} on ${previous.on})`,
      reasonVi: `ngày ${step.on} trước bước đã ghi gần nhất (ngày ${previous.on})`,
    };
  return null;
}

/** Why an outcome cannot be recorded on a case, in English and Vietnamese; null when it can. */
export function outcomeRefusal(
  c: ComplianceCase,
  outcome: ComplianceOutcome,
): { reason: string; reasonVi: string } | null {
  const asStep = stepRefusal(c, { kind: 'ENTERED', on: outcome.on, document: outcome.document });
  if (asStep) return asStep;
  if (!isRegistration(outcome.kind) && outcome.workersRegistered > 0)
    return {
      reason: `a case closed as ${outcome.kind} registers no workers (${outcome.workersRegistered} given)`,
      reasonVi: `hồ sơ đóng (${outcome.kind}) không có lao động tham gia (đã ghi ${outcome.workersRegistered})`,
    };
  return null;
}

/** The furthest step a case had reached on `asOf` (LIST_RECEIVED once its first list arrived). */
export function stepReached(c: ComplianceCase, asOf: IsoDate): ComplianceStepKind | null {
  if (c.listings[0]!.receivedOn > asOf) return null;
  const reached = c.steps.filter((step) => step.on <= asOf).map((step) => stepIndex(step.kind));
  return COMPLIANCE_STEPS[Math.max(stepIndex('LIST_RECEIVED'), ...reached)]!;
}

export type ComplianceFunnel = {
  /** Cases that had reached each step (or gone past it) on the date. */
  reached: Record<ComplianceStepKind, number>;
  /** Open cases whose next step waits past its deadline. */
  overdue: number;
  /** Cases ended by the date, by outcome. */
  registered: number;
  partlyRegistered: number;
  closed: number;
  /** Workers brought in by the cases that ended with a registration. */
  workersRegistered: number;
};

/** The funnel of a set of cases (a province's, or the nation's) on `asOf`. */
export function complianceFunnel(cases: readonly ComplianceCase[], asOf: IsoDate): ComplianceFunnel {
  const reached = Object.fromEntries(COMPLIANCE_STEPS.map((kind) => [kind, 0])) as Record<ComplianceStepKind, number>;
  const funnel = { reached, overdue: 0, registered: 0, partlyRegistered: 0, closed: 0, workersRegistered: 0 };
  for (const c of cases) {
    const furthest = stepReached(c, asOf);
    if (furthest === null) continue;
    for (const kind of COMPLIANCE_STEPS.slice(0, stepIndex(furthest) + 1)) reached[kind] += 1;
    const ended = c.outcome !== null && c.outcome.on <= asOf ? c.outcome : null;
    if (ended === null) {
      const asOpen: ComplianceCase = { ...c, steps: c.steps.filter((step) => step.on <= asOf), outcome: null };
      if (isOverdue(asOpen, asOf)) funnel.overdue += 1;
    } else if (ended.kind === 'REGISTERED' || ended.kind === 'PARTLY_REGISTERED') {
      if (ended.kind === 'REGISTERED') funnel.registered += 1;
      else funnel.partlyRegistered += 1;
      funnel.workersRegistered += ended.workersRegistered;
    } else funnel.closed += 1;
  }
  return funnel;
}
