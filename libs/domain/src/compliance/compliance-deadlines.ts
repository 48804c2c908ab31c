import { addDays, dayNumber, type IsoDate } from '../calendar/iso-date';
import { stepIndex, type ComplianceCase, type ComplianceStep, type ComplianceStepKind } from './compliance-case';

// The deadlines of the guidance (seed 000), computed from the dates of the steps done. Periods are in calendar
// days, as the guidance writes them ("ngày", not "ngày làm việc"), counted as the Civil Code 2015 counts them
// (Art. 147–148): a period starts the day after the event, and one whose last day is a Saturday or Sunday ends
// on the next Monday. Public holidays are not modelled (docs/compliance.md).

/** Days from the list's receipt to its entry in the software (3.2.2: "tối đa sau 05 ngày"). */
export const ENTRY_DAYS = 5;
/** Days the employer has to respond to the notice before a conference (4.2: "sau 10 ngày"). */
export const NOTICE_RESPONSE_DAYS = 10;
/** Days from the conference to the direct inspection's schedule 05a-KT (4.3 c: "trong thời gian 02 ngày"). */
export const SCHEDULE_DAYS = 2;
/** Days after the conference or direct inspection before a specialised inspection (4.4 a: "sau thời hạn 10 ngày"). */
export const COMPLIANCE_DAYS = 10;
/** Every conference of a year is held before 20 December (4.2 d: "hoàn thành trước ngày 20/12 hàng năm"). */
export const CONFERENCE_CUTOFF = '12-20';

/** 0 Sunday … 6 Saturday. */
function weekday(date: IsoDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The last day of a period of `days` days after `from`, moved off a weekend to the next Monday. */
export function periodEnd(from: IsoDate, days: number): IsoDate {
  const end = addDays(from, days);
  const day = weekday(end);
  return day === 6 ? addDays(end, 2) : day === 0 ? addDays(end, 1) : end;
}

/**
 * The last day a conference may be held for a case whose notice period ends on `due`: 19 December of that year
 * ("before 20/12"), or of the next year when the period ends after it.
 */
export function conferenceDeadline(due: IsoDate): IsoDate {
  const year = Number(due.slice(0, 4));
  const cutoff = `${year}-${CONFERENCE_CUTOFF}`;
  return addDays(due < cutoff ? cutoff : `${year + 1}-${CONFERENCE_CUTOFF}`, -1);
}

/** What the case waits for next: the step, from when it may be done, and by when it must be (null: no deadline). */
export type NextStep = { kind: ComplianceStepKind; from: IsoDate; deadline: IsoDate | null };

function last(steps: readonly ComplianceStep[], kind: ComplianceStepKind): IsoDate | null {
  return steps.filter((step) => step.kind === kind).at(-1)?.on ?? null;
}

/**
 * The next step of an open case, from the furthest step done (a case may skip steps: a direct inspection without
 * a conference, where too few employers make one worth holding); null once the case has an outcome or has gone to
 * the police.
 */
export function nextStep(c: ComplianceCase): NextStep | null {
  if (c.outcome !== null) return null;
  const received = c.listings[0]?.receivedOn;
  if (received === undefined) throw new RangeError(`case of ${c.taxCode} has no listing`);
  const done = c.steps.reduce((furthest, step) => Math.max(furthest, stepIndex(step.kind)), stepIndex('LIST_RECEIVED'));
  const conference = last(c.steps, 'CONFERENCE_HELD');
  const inspection = last(c.steps, 'INSPECTION_DONE');
  switch (done) {
    case stepIndex('LIST_RECEIVED'):
      return { kind: 'ENTERED', from: received, deadline: periodEnd(received, ENTRY_DAYS) };
    case stepIndex('ENTERED'):
      // The guidance sets no period for the notice: it is due at once, with no deadline to miss.
      return { kind: 'NOTICE_SENT', from: last(c.steps, 'ENTERED')!, deadline: null };
    case stepIndex('NOTICE_SENT'):
    case stepIndex('CONFERENCE_INVITED'): {
      const from = addDays(periodEnd(last(c.steps, 'NOTICE_SENT')!, NOTICE_RESPONSE_DAYS), 1);
      return { kind: 'CONFERENCE_HELD', from, deadline: conferenceDeadline(from) };
    }
    case stepIndex('CONFERENCE_HELD'):
      return { kind: 'INSPECTION_SCHEDULED', from: conference!, deadline: periodEnd(conference!, SCHEDULE_DAYS) };
    case stepIndex('INSPECTION_SCHEDULED'):
      return { kind: 'INSPECTION_DONE', from: last(c.steps, 'INSPECTION_SCHEDULED')!, deadline: null };
    case stepIndex('INSPECTION_DONE'): {
      const since = [conference, inspection]
        .filter((d): d is IsoDate => d !== null)
        .sort()
        .at(-1)!;
      return { kind: 'SPECIALISED_INSPECTION', from: addDays(periodEnd(since, COMPLIANCE_DAYS), 1), deadline: null };
    }
    case stepIndex('SPECIALISED_INSPECTION'):
      return { kind: 'POLICE_REFERRAL', from: last(c.steps, 'SPECIALISED_INSPECTION')!, deadline: null };
    default:
      return null;
  }
}

/** A step that is late: waiting past its deadline at `asOf`, or done after it. */
export type LateStep = { kind: ComplianceStepKind; deadline: IsoDate; doneOn: IsoDate | null; daysLate: number };

/** The deadline the case's step at `index` had to meet, given the steps before it; null when none applied. */
export function deadlineOf(c: ComplianceCase, index: number): IsoDate | null {
  const before: ComplianceCase = { ...c, steps: c.steps.slice(0, index), outcome: null };
  const expected = nextStep(before);
  const step = c.steps[index]!;
  if (expected === null || expected.deadline === null) return null;
  // A step done further along than the one expected answers the expected one's deadline too (a skipped step).
  return stepIndex(step.kind) >= stepIndex(expected.kind) ? expected.deadline : null;
}

/** Every step of the case late against its deadline: done late, or (the next one) still waiting past it at `asOf`. */
export function lateSteps(c: ComplianceCase, asOf: IsoDate): LateStep[] {
  const late: LateStep[] = [];
  c.steps.forEach((step, index) => {
    const deadline = deadlineOf(c, index);
    if (deadline !== null && step.on > deadline)
      late.push({ kind: step.kind, deadline, doneOn: step.on, daysLate: dayNumber(step.on) - dayNumber(deadline) });
  });
  const next = nextStep(c);
  if (next?.deadline != null && asOf > next.deadline)
    late.push({
      kind: next.kind,
      deadline: next.deadline,
      doneOn: null,
      daysLate: dayNumber(asOf) - dayNumber(next.deadline),
    });
  return late;
}

/** Whether the case's next step is waiting past its deadline at `asOf` (an overdue step). */
export function isOverdue(c: ComplianceCase, asOf: IsoDate): boolean {
  const next = nextStep(c);
  return next !== null && next.deadline !== null && asOf > next.deadline;
}
