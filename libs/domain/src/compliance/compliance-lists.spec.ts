import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/iso-date';
import { COMPLIANCE_STEPS, type ComplianceCase, type ComplianceStepKind } from './compliance-case';
import { applyList, complianceFunnel, stepRefusal, type ComplianceListEntry } from './compliance-lists';

const entry = (taxCode: string, receivedOn: string, workers = 5): ComplianceListEntry => ({
  taxCode,
  provinceCode: '01',
  kind: 'NOT_PARTICIPATING',
  receivedOn,
  workers,
});

describe('lists', () => {
  it('continues an employer’s open case with its next list, and opens a new case after one has ended', () => {
    const first = applyList([], [entry('0101', '2022-07-05'), entry('0102', '2022-07-05')]);
    expect([first.opened, first.continued]).toEqual([2, 0]);
    const ended = first.cases.map((c) =>
      c.taxCode === '0102'
        ? {
            ...c,
            outcome: {
              kind: 'REGISTERED' as const,
              on: '2022-09-01',
              workersRegistered: 5,
              contributionRecovered: 0,
              document: null,
            },
          }
        : c,
    );
    const second = applyList(ended, [entry('0101', '2023-01-06', 7), entry('0102', '2023-01-06')]);
    expect([second.opened, second.continued]).toEqual([1, 1]);
    expect(second.cases).toHaveLength(3);
    const continued = second.cases.find((c) => c.taxCode === '0101')!;
    expect(continued.listings.map((l) => [l.receivedOn, l.workers])).toEqual([
      ['2022-07-05', 5],
      ['2023-01-06', 7],
    ]);
    // The input is left as it was.
    expect(first.cases.find((c) => c.taxCode === '0101')!.listings).toHaveLength(1);
  });

  it('refuses a step dated before the list, before the last step, or after the case ended', () => {
    const [c] = applyList([], [entry('0101', '2022-07-05')]).cases as [ComplianceCase];
    expect(stepRefusal(c, { kind: 'ENTERED', on: '2022-07-04', document: null })?.reason).toContain('before the list');
    const entered = { ...c, steps: [{ kind: 'ENTERED' as const, on: '2022-07-08', document: null }] };
    expect(stepRefusal(entered, { kind: 'NOTICE_SENT', on: '2022-07-07', document: null })?.reason).toContain(
      'before the last step',
    );
    expect(stepRefusal(entered, { kind: 'NOTICE_SENT', on: '2022-07-09', document: '1/TB' })).toBeNull();
  });
});

describe('the funnel', () => {
  // A small deterministic set: case i goes i % 9 steps along, one step every 3 days; every seventh registers.
  const cases: ComplianceCase[] = Array.from({ length: 60 }, (_, i) => {
    const receivedOn = addDays('2022-07-01', i % 5);
    const steps = COMPLIANCE_STEPS.slice(1, 1 + (i % COMPLIANCE_STEPS.length)).map((kind, k) => ({
      kind,
      on: addDays(receivedOn, 3 * (k + 1)),
      document: null,
    }));
    const outcome =
      i % 7 === 0 && steps.length > 0
        ? {
            kind: 'REGISTERED' as const,
            on: addDays(steps.at(-1)!.on, 1),
            workersRegistered: i,
            contributionRecovered: 0,
            document: null,
          }
        : null;
    return {
      taxCode: `t${i}`,
      provinceCode: '01',
      listings: [{ kind: 'NOT_PARTICIPATING', receivedOn, workers: 9 }],
      steps,
      outcome,
    };
  });

  it('counts each step as an independent count does, on any date', () => {
    for (const asOf of ['2022-06-30', '2022-07-03', '2022-07-20', '2022-09-30']) {
      const funnel = complianceFunnel(cases, asOf);
      for (const [index, kind] of COMPLIANCE_STEPS.entries()) {
        let count = 0;
        for (const c of cases) {
          if (c.listings[0]!.receivedOn > asOf) continue;
          const done = c.steps
            .filter((s) => s.on <= asOf)
            .map((s) => COMPLIANCE_STEPS.indexOf(s.kind as ComplianceStepKind));
          if (Math.max(0, ...done) >= index) count += 1;
        }
        expect(funnel.reached[kind], `${kind} on ${asOf}`).toBe(count);
      }
      const registered = cases.filter((c) => c.outcome !== null && c.outcome.on <= asOf);
      expect(funnel.registered).toBe(registered.length);
      expect(funnel.workersRegistered).toBe(registered.reduce((sum, c) => sum + c.outcome!.workersRegistered, 0));
    }
  });

  it('counts open cases waiting past a deadline as overdue', () => {
    // Cases with only the list (i % 9 === 0) wait for their entry: 5 days after receipt.
    const waiting = cases.filter((c) => c.steps.length === 0);
    expect(waiting.length).toBeGreaterThan(0);
    expect(complianceFunnel(waiting, '2022-07-06').overdue).toBe(0);
    expect(complianceFunnel(waiting, '2022-08-01').overdue).toBe(waiting.length);
  });
});
