import { describe, expect, it } from 'vitest';
import type { UnitCrosswalk } from '../provinces/unit-crosswalk';
import { actualsOntoSuccessors, targetsOntoSuccessors } from './successor-figures';

// Hà Nội (01) kept alone; Hà Giang (02) and Tuyên Quang (08) became Tuyên Quang (08).
const crosswalk: UnitCrosswalk = {
  from: 'vn63-2004',
  to: 'vn34-2025',
  successor: new Map([
    ['01', '01'],
    ['02', '08'],
    ['08', '08'],
  ]),
};

describe('targetsOntoSuccessors', () => {
  it('sums the predecessors month by month and for the period, and keeps the national row as published', () => {
    const cells = [
      { provinceCode: null, month: null, value: 999 },
      { provinceCode: '01', month: null, value: 100 },
      { provinceCode: '01', month: '2021-09', value: 40 },
      { provinceCode: '02', month: null, value: 30 },
      { provinceCode: '02', month: '2021-09', value: 10 },
      { provinceCode: '08', month: null, value: 50 },
      { provinceCode: '08', month: '2021-09', value: 25 },
    ];
    const summed = targetsOntoSuccessors(cells, crosswalk);
    expect(summed).toContainEqual({ provinceCode: null, month: null, value: 999 });
    expect(summed).toContainEqual({ provinceCode: '08', month: null, value: 80 });
    expect(summed).toContainEqual({ provinceCode: '08', month: '2021-09', value: 35 });
    expect(summed).toContainEqual({ provinceCode: '01', month: '2021-09', value: 40 });
    expect(summed).toHaveLength(5);
  });

  it('gives a merged unit no cell for a month one predecessor has no quota for', () => {
    const cells = [
      { provinceCode: '02', month: '2021-09', value: 10 },
      { provinceCode: '08', month: '2021-10', value: 25 },
    ];
    expect(targetsOntoSuccessors(cells, crosswalk).filter((cell) => cell.provinceCode === '08')).toEqual([]);
  });
});

describe('actualsOntoSuccessors', () => {
  it('sums the actuals of the predecessors and keeps each one', () => {
    const a = { provinceCode: '02', value: 7, id: 'a' };
    const b = { provinceCode: '08', value: 5, id: 'b' };
    const c = { provinceCode: '01', value: 3, id: 'c' };
    expect(actualsOntoSuccessors([a, b, c], crosswalk)).toEqual([
      { provinceCode: '01', value: 3, members: [c] },
      { provinceCode: '08', value: 12, members: [a, b] },
    ]);
  });

  it('leaves a merged unit without an actual when one predecessor has not reported (never counted as zero)', () => {
    const summed = actualsOntoSuccessors([{ provinceCode: '02', value: 7 }], crosswalk);
    expect(summed).toEqual([]);
  });
});
