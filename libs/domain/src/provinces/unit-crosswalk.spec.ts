import { describe, expect, it } from 'vitest';
import { aggregateToSuccessors, predecessorsOf, type UnitCrosswalk } from './unit-crosswalk';

const crosswalk: UnitCrosswalk = {
  from: 'vn63-2004',
  to: 'vn34-2025',
  successor: new Map([
    ['01', '01'],
    ['74', '79'],
    ['77', '79'],
    ['79', '79'],
  ]),
};

type Row = { provinceCode: string; overdue: number; receivable: number };
const sum = (members: readonly Row[], provinceCode: string): Row => ({
  provinceCode,
  overdue: members.reduce((total, m) => total + m.overdue, 0),
  receivable: members.reduce((total, m) => total + m.receivable, 0),
});

describe('the 63 → 34 crosswalk', () => {
  it('lists each successor’s predecessors', () => {
    expect([...predecessorsOf(crosswalk)]).toEqual([
      ['01', ['01']],
      ['79', ['74', '77', '79']],
    ]);
  });

  it('sums amounts onto successors, so a ratio comes from the sums and not from averaged ratios', () => {
    const rows: Row[] = [
      { provinceCode: '01', overdue: 5, receivable: 100 },
      { provinceCode: '74', overdue: 1, receivable: 10 }, // 10 %
      { provinceCode: '77', overdue: 30, receivable: 1000 }, // 3 %
      { provinceCode: '79', overdue: 9, receivable: 90 }, // 10 %
    ];
    const merged = aggregateToSuccessors(rows, crosswalk, sum);
    expect(merged).toEqual([
      { provinceCode: '01', overdue: 5, receivable: 100 },
      { provinceCode: '79', overdue: 40, receivable: 1100 },
    ]);
    const hcmc = merged[1]!;
    expect(hcmc.overdue / hcmc.receivable).toBeCloseTo(0.03636, 5); // not the mean of the ratios, 7.7 %
  });

  it('refuses a unit the crosswalk does not know', () => {
    expect(() => aggregateToSuccessors([{ provinceCode: '99', overdue: 1, receivable: 1 }], crosswalk, sum)).toThrow(
      /99 of vn63-2004 has no successor/,
    );
  });
});
