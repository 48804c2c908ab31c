import { describe, expect, it } from 'vitest';
import type { ComplianceCase, ComplianceStep, ComplianceStepKind } from './compliance-case';
import { complianceActuals, complianceFigures, median } from './compliance-figures';
import { applyList, outcomeRefusal } from './compliance-lists';

const step = (kind: ComplianceStepKind, on: string, document: string | null = null): ComplianceStep => ({
  kind,
  on,
  document,
});

function opened(taxCode: string, receivedOn: string, steps: ComplianceStep[], provinceCode = '01'): ComplianceCase {
  return {
    taxCode,
    provinceCode,
    listings: [{ kind: 'NOT_PARTICIPATING', receivedOn, workers: 10 }],
    steps,
    outcome: null,
  };
}

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([7, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });
});

describe('compliance figures (hand-worked)', () => {
  // Three cases of one province and one of another, worked by hand below.
  const a = opened('0100000001', '2021-09-06', [
    step('ENTERED', '2021-09-08'), // 2 days after receipt
    step('NOTICE_SENT', '2021-09-10'), // 2
    step('CONFERENCE_INVITED', '2021-09-21', '12/GM-BHXH'), // 11
    step('CONFERENCE_HELD', '2021-10-05', '12/GM-BHXH'), // 14
  ]);
  const b = opened('0100000002', '2021-09-06', [
    step('ENTERED', '2021-09-12'), // 6 (late)
    step('NOTICE_SENT', '2021-09-13'), // 1
    step('CONFERENCE_HELD', '2021-10-05', '12/GM-BHXH'), // 22, the same conference as a's (skipped the invitation)
    step('INSPECTION_SCHEDULED', '2021-10-06'), // 1
    step('INSPECTION_DONE', '2021-10-20'), // 14
  ]);
  const c: ComplianceCase = {
    ...opened('0100000003', '2021-09-06', [step('ENTERED', '2021-09-07'), step('NOTICE_SENT', '2021-09-09')]),
    outcome: {
      kind: 'REGISTERED',
      on: '2021-09-30',
      workersRegistered: 8,
      contributionRecovered: 120_000_000,
      document: null,
    },
  };
  const d = opened(
    '0200000004',
    '2021-09-06',
    [step('ENTERED', '2021-09-08'), step('NOTICE_SENT', '2021-09-20'), step('CONFERENCE_HELD', '2021-10-05', '3/GM')],
    '02',
  );
  const cases = [a, b, c, d];

  it('gives the funnel with conversions and the median days of each step', () => {
    const figures = complianceFigures(cases, '2021-10-31', { from: '2021-09-01', to: '2021-10-31' });
    const byStep = Object.fromEntries(figures.steps.map((s) => [s.step, s]));
    expect(byStep.LIST_RECEIVED).toMatchObject({ reached: 4, conversion: null, medianDays: null });
    expect(byStep.ENTERED).toMatchObject({ reached: 4, conversion: 1, medianDays: 2 }); // 2, 6, 1, 2 → 2
    expect(byStep.NOTICE_SENT).toMatchObject({ reached: 4, medianDays: 2 }); // 2, 1, 2, 12 → 2
    expect(byStep.CONFERENCE_INVITED).toMatchObject({ reached: 3, conversion: 0.75, medianDays: 11 });
    // a 14, b 22, d 15 → 15; b skipped the invitation and still counts as having reached it.
    expect(byStep.CONFERENCE_HELD).toMatchObject({ reached: 3, conversion: 1, medianDays: 15 });
    expect(byStep.INSPECTION_DONE).toMatchObject({ reached: 1, medianDays: 14 });
    expect(byStep.SPECIALISED_INSPECTION).toMatchObject({ reached: 0, conversion: 0, medianDays: null });
    expect(byStep.POLICE_REFERRAL).toMatchObject({ reached: 0, conversion: null, medianDays: null });
  });

  it('counts a conference once per province and day, however many employers came', () => {
    const figures = complianceFigures(cases, '2021-10-31', { from: '2021-10-01', to: '2021-10-31' });
    expect(figures.window.conferencesHeld).toBe(2); // 01 on 05/10 (a and b), 02 on 05/10 (d)
    expect(figures.steps.find((s) => s.step === 'CONFERENCE_HELD')!.doneInWindow).toBe(3);
    expect(figures.window.casesOpened).toBe(0);
    expect(figures.window.registered).toBe(0);
  });

  it('gives what was brought in within the window', () => {
    const september = complianceFigures(cases, '2021-10-31', { from: '2021-09-01', to: '2021-09-30' });
    expect(september.window).toMatchObject({ casesOpened: 4, registered: 1, workersRegistered: 8 });
    expect(september.window.contributionRecovered).toBe(120_000_000);
  });

  it('offers the plan actuals: entries, direct inspections and conferences up to the report date', () => {
    expect(complianceActuals(cases, { from: '2021-09-01', to: '2021-09-30' })).toEqual({
      tax_data_reviews: 4,
      overdue_unit_inspections: 0,
      outreach_conferences: 0,
    });
    expect(complianceActuals(cases, { from: '2021-09-01', to: '2021-10-31' })).toEqual({
      tax_data_reviews: 4,
      overdue_unit_inspections: 1,
      outreach_conferences: 2,
    });
    // A step after the report date is not counted.
    expect(complianceActuals(cases, { from: '2021-09-01', to: '2021-10-19' }).overdue_unit_inspections).toBe(0);
  });

  it('refuses a window that ends after the date', () => {
    expect(() => complianceFigures(cases, '2021-10-01', { from: '2021-09-01', to: '2021-10-31' })).toThrow(RangeError);
  });
});

describe('lists and outcomes', () => {
  it('enters the cases a list opens on the day it is imported, not the ones it continues', () => {
    const first = applyList(
      [],
      [{ taxCode: '0101', provinceCode: '01', kind: 'NOT_PARTICIPATING', receivedOn: '2021-07-05', workers: 3 }],
      '2021-07-07',
    );
    expect(first.cases[0]!.steps).toEqual([step('ENTERED', '2021-07-07')]);
    const again = applyList(
      first.cases,
      [{ taxCode: '0101', provinceCode: '01', kind: 'NOT_PARTICIPATING', receivedOn: '2022-01-05', workers: 4 }],
      '2022-01-06',
    );
    expect(again.cases[0]!.steps).toHaveLength(1);
    expect(again.cases[0]!.listings).toHaveLength(2);
  });

  it('refuses an outcome on an ended case, before the last step, or a closure with workers', () => {
    const c = opened('0100000009', '2021-09-06', [step('ENTERED', '2021-09-08')]);
    const outcome = {
      kind: 'REGISTERED' as const,
      on: '2021-09-20',
      workersRegistered: 3,
      contributionRecovered: 0,
      document: null,
    };
    expect(outcomeRefusal(c, outcome)).toBeNull();
    expect(outcomeRefusal(c, { ...outcome, on: '2021-09-07' })?.reason).toContain('before the last step');
    expect(outcomeRefusal({ ...c, outcome }, outcome)?.reason).toContain('ended');
    expect(outcomeRefusal(c, { ...outcome, kind: 'CLOSED_DISSOLVED' })?.reason).toContain('registers no workers');
  });
});
