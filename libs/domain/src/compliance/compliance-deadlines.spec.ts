import { describe, expect, it } from 'vitest';
import type { ComplianceCase, ComplianceStep, ComplianceStepKind } from './compliance-case';
import { conferenceDeadline, isOverdue, lateSteps, nextStep, periodEnd } from './compliance-deadlines';

// Hand-worked against seed 000 and the Civil Code's counting (a period starts the day after; one ending on a
// Saturday or Sunday ends on the Monday). 2022-09-01 is a Thursday.
function caseOf(receivedOn: string, ...steps: [ComplianceStepKind, string][]): ComplianceCase {
  return {
    taxCode: '0101234567',
    provinceCode: '01',
    listings: [{ kind: 'NOT_PARTICIPATING', receivedOn, workers: 12 }],
    steps: steps.map(([kind, on]): ComplianceStep => ({ kind, on, document: null })),
    outcome: null,
  };
}

describe('periods of the guidance', () => {
  it('ends a period on its last day, or on the Monday when that is a weekend', () => {
    expect(periodEnd('2022-09-01', 5)).toBe('2022-09-06'); // Thu + 5 = Tue
    expect(periodEnd('2022-09-05', 5)).toBe('2022-09-12'); // Mon + 5 = Sat → Mon
    expect(periodEnd('2022-09-07', 10)).toBe('2022-09-19'); // Wed + 10 = Sat → Mon
    expect(periodEnd('2022-10-20', 2)).toBe('2022-10-24'); // Thu + 2 = Sat → Mon
  });

  it('holds every conference of a year before 20 December, or before the next year’s when the period ends later', () => {
    expect(conferenceDeadline('2022-09-20')).toBe('2022-12-19');
    expect(conferenceDeadline('2022-12-19')).toBe('2022-12-19');
    expect(conferenceDeadline('2022-12-20')).toBe('2023-12-19');
    expect(conferenceDeadline('2022-12-23')).toBe('2023-12-19');
  });
});

describe('the next step of a case', () => {
  it('asks for entry within 5 days of receipt', () => {
    expect(nextStep(caseOf('2022-09-05'))).toEqual({ kind: 'ENTERED', from: '2022-09-05', deadline: '2022-09-12' });
  });

  it('asks for a notice once entered, with no deadline the guidance sets', () => {
    expect(nextStep(caseOf('2022-09-01', ['ENTERED', '2022-09-02']))).toEqual({
      kind: 'NOTICE_SENT',
      from: '2022-09-02',
      deadline: null,
    });
  });

  it('holds the conference after the 10 days of the notice, by 19 December', () => {
    const c = caseOf('2022-09-01', ['ENTERED', '2022-09-02'], ['NOTICE_SENT', '2022-09-07']);
    expect(nextStep(c)).toEqual({ kind: 'CONFERENCE_HELD', from: '2022-09-20', deadline: '2022-12-19' });
    // An invitation sent does not move the deadline.
    expect(
      nextStep({ ...c, steps: [...c.steps, { kind: 'CONFERENCE_INVITED', on: '2022-09-21', document: '5/GM' }] }),
    ).toEqual({ kind: 'CONFERENCE_HELD', from: '2022-09-20', deadline: '2022-12-19' });
  });

  it('moves a conference due after 20 December to the next year’s cut-off', () => {
    const late = caseOf('2022-12-01', ['ENTERED', '2022-12-02'], ['NOTICE_SENT', '2022-12-12']);
    expect(nextStep(late)).toEqual({ kind: 'CONFERENCE_HELD', from: '2022-12-23', deadline: '2023-12-19' });
    const early = caseOf('2022-11-20', ['ENTERED', '2022-11-21'], ['NOTICE_SENT', '2022-11-30']);
    expect(nextStep(early)).toEqual({ kind: 'CONFERENCE_HELD', from: '2022-12-13', deadline: '2022-12-19' });
  });

  it('schedules the direct inspection within 2 days of the conference', () => {
    const c = caseOf(
      '2022-09-01',
      ['ENTERED', '2022-09-02'],
      ['NOTICE_SENT', '2022-09-07'],
      ['CONFERENCE_HELD', '2022-10-20'],
    );
    expect(nextStep(c)).toEqual({ kind: 'INSPECTION_SCHEDULED', from: '2022-10-20', deadline: '2022-10-24' });
  });

  it('allows a specialised inspection 10 days after the later of the conference and the direct inspection', () => {
    const c = caseOf(
      '2022-09-01',
      ['ENTERED', '2022-09-02'],
      ['NOTICE_SENT', '2022-09-07'],
      ['CONFERENCE_HELD', '2022-10-20'],
      ['INSPECTION_SCHEDULED', '2022-10-21'],
      ['INSPECTION_DONE', '2022-10-26'],
    );
    expect(nextStep(c)).toEqual({ kind: 'SPECIALISED_INSPECTION', from: '2022-11-08', deadline: null });
  });

  it('follows a case that skips steps from the furthest step done', () => {
    // Too few employers in the district for a conference: straight to a direct inspection (4.2 c).
    const c = caseOf('2022-09-01', ['ENTERED', '2022-09-02'], ['INSPECTION_DONE', '2022-10-26']);
    expect(nextStep(c)).toEqual({ kind: 'SPECIALISED_INSPECTION', from: '2022-11-08', deadline: null });
  });

  it('has no next step once the case has an outcome', () => {
    const c = caseOf('2022-09-01', ['ENTERED', '2022-09-02']);
    expect(
      nextStep({
        ...c,
        outcome: {
          kind: 'REGISTERED',
          on: '2022-09-10',
          workersRegistered: 12,
          contributionRecovered: 0,
          document: null,
        },
      }),
    ).toBeNull();
  });
});

describe('late steps', () => {
  it('finds a step waiting past its deadline, and one done late, skipped steps answering for the ones skipped', () => {
    const waiting = caseOf('2022-09-05');
    expect(isOverdue(waiting, '2022-09-12')).toBe(false);
    expect(isOverdue(waiting, '2022-09-13')).toBe(true);
    expect(lateSteps(waiting, '2022-09-15')).toEqual([
      { kind: 'ENTERED', deadline: '2022-09-12', doneOn: null, daysLate: 3 },
    ]);
    // The notice sent on 20/09 without an entry answers the entry's deadline: 8 days late.
    const skipped = caseOf('2022-09-05', ['NOTICE_SENT', '2022-09-20']);
    expect(lateSteps(skipped, '2022-09-21')).toEqual([
      { kind: 'NOTICE_SENT', deadline: '2022-09-12', doneOn: '2022-09-20', daysLate: 8 },
    ]);
    expect(isOverdue(skipped, '2022-09-21')).toBe(false);
  });

  it('finds a conference missed by 19 December', () => {
    const c = caseOf('2022-09-01', ['ENTERED', '2022-09-02'], ['NOTICE_SENT', '2022-09-07']);
    expect(isOverdue(c, '2022-12-19')).toBe(false);
    expect(lateSteps(c, '2022-12-20')).toEqual([
      { kind: 'CONFERENCE_HELD', deadline: '2022-12-19', doneOn: null, daysLate: 1 },
    ]);
  });
});
