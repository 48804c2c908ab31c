import { describe, expect, it } from 'vitest';
import { METRICS } from '../plans/plan.fixture';
import type { UnitProvince } from '../../plan/unit-sets.queries';
import type { PredecessorScorecard, RankHistoryPoint } from './province.queries';
import { historyFromRankHistory, predecessorRows, successorOf } from './unit-history';

const province = {
  code: '08',
  nameVi: 'Tuyên Quang',
  nameEn: 'Tuyen Quang',
  type: 'Tỉnh',
  region: 'Trung du và miền núi phía Bắc',
  regionEn: 'Northern Midlands and Mountains',
};
const point = (asOf: string, targetToDate: number | null, actual: number | null): RankHistoryPoint => ({
  province,
  metric: 'revenue',
  asOf,
  target: 1200,
  targetToDate,
  actual,
  attainmentToDate: actual === null || !targetToDate ? null : actual / targetToDate,
  rank: 5,
  unitCount: 34,
});

describe('historyFromRankHistory', () => {
  it('draws a summed unit’s history from its rank history: target to date and actual at each date, no revisions', () => {
    const history = historyFromRankHistory('2800-KH-BHXH-2021', [
      point('2021-09-15', 150, 140),
      point('2021-09-30', 300, null),
    ]);
    expect(history).toMatchObject({ planId: '2800-KH-BHXH-2021', metric: 'revenue', target: 1200, province });
    expect(history?.points).toEqual([
      { reportDate: '2021-09-15', cumulativeTarget: 150, actual: 140, attainmentToDate: 140 / 150, revisions: [] },
      { reportDate: '2021-09-30', cumulativeTarget: 300, actual: null, attainmentToDate: null, revisions: [] },
    ]);
  });

  it('has no history before the first report date', () => {
    expect(historyFromRankHistory('2800-KH-BHXH-2021', [])).toBeNull();
  });
});

const unit = (code: string, nameVi: string, predecessors: [string, string][]): UnitProvince => ({
  ...province,
  code,
  nameVi,
  predecessors: predecessors.map(([c, n]) => ({ code: c, nameVi: n })),
});
const UNITS = [
  unit('01', 'Hà Nội', [['01', 'Hà Nội']]),
  unit('08', 'Tuyên Quang', [
    ['02', 'Hà Giang'],
    ['08', 'Tuyên Quang'],
  ]),
];

describe('successorOf', () => {
  it('finds the unit of the 34 a province of the 63 was merged into', () => {
    expect(successorOf('02', UNITS)?.code).toBe('08');
    expect(successorOf('01', UNITS)?.code).toBe('01');
    expect(successorOf('99', UNITS)).toBeUndefined();
  });
});

describe('predecessorRows', () => {
  const cell = (attainmentToDate: number, rank: number) => ({
    metric: 'x',
    status: 'REPORTED' as const,
    attainmentToDate,
    rank,
    unitCount: 63,
    stale: false,
    reportDate: '2021-11-30',
  });
  const scorecard: PredecessorScorecard = {
    asOf: '2021-11-30',
    metrics: ['revenue', 'dev_compulsory_si'],
    rows: [
      { province: { code: '08', nameVi: 'Tuyên Quang' }, cells: [cell(0.9, 40), cell(1.1, 3)] },
      { province: { code: '02', nameVi: 'Hà Giang' }, cells: [cell(0.8, 50), cell(1.2, 1)] },
    ],
  };

  it('gives one row per metric in catalogue order, one cell per predecessor in the order given', () => {
    const rows = predecessorRows(scorecard, UNITS[1]!.predecessors, METRICS);
    expect(rows.map((row) => row.metric.key)).toEqual(['dev_compulsory_si', 'revenue']);
    expect(rows[0]!.cells.map((c) => c?.rank)).toEqual([1, 3]);
    expect(rows[1]!.cells.map((c) => c?.attainmentToDate)).toEqual([0.8, 0.9]);
  });

  it('leaves a cell empty for a predecessor the answer does not list', () => {
    const rows = predecessorRows(scorecard, [{ code: '02' }, { code: '99' }], METRICS);
    expect(rows[0]!.cells[1]).toBeUndefined();
  });
});
