import { describe, expect, it } from 'vitest';
import { COLUMNS, COMPOSITE, LATE, M1, M2, PROVINCES, SETTINGS, attainment } from './overview.fixture';
import {
  buildMatrixRows,
  groupByRegion,
  matrixSettings,
  nextSort,
  regionSummaries,
  sortRows,
  type MatrixRow,
  type RegionContext,
} from './overview-matrix';

const build = (overrides: Partial<Parameters<typeof buildMatrixRows>[0]> = {}) =>
  buildMatrixRows({
    provinces: PROVINCES,
    metrics: [
      { key: 'm1', rows: M1 },
      { key: 'm2', rows: M2 },
    ],
    latePayment: { provinces: LATE },
    composite: COMPOSITE,
    settings: SETTINGS,
    ...overrides,
  });

const toDate: RegionContext = {
  basis: 'TO_DATE',
  references: { m1: 1, m2: 1 },
  latePaymentReference: 0.0291,
  settings: SETTINGS,
};
const codes = (rows: readonly MatrixRow[]) => rows.map((row) => row.province.code);

describe('buildMatrixRows', () => {
  it('makes one row per province in code order, with a cell per column', () => {
    const rows = build();
    expect(codes(rows)).toEqual(['01', '02', '38', '40', '79']);
    expect(Object.keys(rows[0]!.cells).sort()).toEqual(['composite', 'late_payment', 'm1', 'm2']);
  });

  it('takes the figure and band of a metric on the basis, and says why a cell has none', () => {
    const [hanoi, , , ngheAn, hcm] = build();
    expect(hanoi!.cells['m1']).toMatchObject({ state: 'VALUE', value: 1.2, band: 'ON_TRACK', staleDate: null });
    expect(ngheAn!.cells['m1']).toMatchObject({ state: 'NOT_REPORTED', value: null, band: null });
    expect(hcm!.cells['m2']).toMatchObject({ state: 'NO_TARGET', value: null, band: null });
  });

  it('marks a figure from an older report with its report date', () => {
    const stale = { ...attainment({ code: '01', target: 100, targetToDate: 50, actual: 40 }), stale: true };
    const rows = build({ metrics: [{ key: 'm1', rows: [{ ...stale, reportDate: '2021-10-15' }] }] });
    expect(rows[0]!.cells['m1']).toMatchObject({ state: 'VALUE', staleDate: '2021-10-15', band: 'BEHIND' });
  });

  it('shows each province’s late payment with the band the server gave it, recomputing none', () => {
    const rows = build();
    const band = (code: string) => rows.find((row) => row.province.code === code)!.cells['late_payment']!.band;
    expect(band('02')).toBe('ON_TRACK');
    expect(band('01')).toBe('AT_RISK');
    expect(band('38')).toBe('BEHIND');
  });

  it('takes the composite score, rank, band and its missing and stale parts from the API', () => {
    const rows = build();
    expect(rows[0]!.cells['composite']).toMatchObject({ value: 1.1, rank: 2, band: 'ON_TRACK', staleParts: 1 });
    expect(rows[3]!.cells['composite']).toMatchObject({ value: 0, band: 'BEHIND', missing: 2 });
  });

  it('shows no late-payment figure, rather than zero, when those figures are not to hand', () => {
    const rows = build({ latePayment: null });
    expect(rows.every((row) => row.cells['late_payment']!.state === 'NO_DATA')).toBe(true);
    expect(rows.every((row) => row.cells['late_payment']!.value === null)).toBe(true);
  });
});

describe('regionSummaries', () => {
  it('computes each region as the national figure is: sum of actuals over sum of targets to date', () => {
    const [bac, trung, nam] = regionSummaries(build(), COLUMNS, toDate);
    expect([bac!.region, trung!.region, nam!.region]).toEqual(['Bắc', 'Trung', 'Nam']);
    expect([bac!.provinces, trung!.provinces, nam!.provinces]).toEqual([2, 2, 1]);
    expect(bac!.cells['m1']).toMatchObject({ state: 'VALUE', value: 0.75, band: 'BEHIND' });
    // Nghệ An has not reported: its target still counts, its actual adds nothing.
    expect(trung!.cells['m1']).toMatchObject({ state: 'VALUE', value: 0.75, band: 'BEHIND' });
    expect(nam!.cells['m1']).toMatchObject({ state: 'VALUE', value: 1.5, band: 'ON_TRACK' });
    expect(bac!.cells['m2']!.value).toBeCloseTo(1.5);
    expect(trung!.cells['m2']!.value).toBeCloseTo(0.4);
    expect(nam!.cells['m2']).toMatchObject({ state: 'NO_TARGET', value: null });
  });

  it('uses the period plan and the time elapsed on the PERIOD basis', () => {
    const [bac] = regionSummaries(build(), COLUMNS, { ...toDate, basis: 'PERIOD', references: { m1: 0.5, m2: 0.5 } });
    // (60 + 90) / (100 + 300) = 37,5 % against 50 % elapsed: r = 0,75, Chậm.
    expect(bac!.cells['m1']).toMatchObject({ value: 0.375, band: 'BEHIND' });
    // (5 + 10) / (10 + 10) = 75 % against 50 %: Đạt.
    expect(bac!.cells['m2']).toMatchObject({ value: 0.75, band: 'ON_TRACK' });
  });

  it('ranks the regions by competition ranking, ties sharing a rank', () => {
    const summaries = regionSummaries(build(), COLUMNS, toDate);
    const ranks = (key: string) => summaries.map((summary) => summary.cells[key]!.rank);
    expect(ranks('m1')).toEqual([2, 2, 1]);
    expect(ranks('m2')).toEqual([1, 2, null]);
    // Late payment: Σ overdue / Σ receivable, lowest first: 2 %, 3 %, 2 %.
    expect(summaries.map((s) => s.cells['late_payment']!.value)).toEqual([0.02, 0.03, 0.02]);
    expect(ranks('late_payment')).toEqual([1, 3, 1]);
    // 2 % ≤ 2,91 %: Đạt; 3 % ≤ 1,1 × 2,91 %: Cần chú ý.
    expect(summaries.map((s) => s.cells['late_payment']!.band)).toEqual(['ON_TRACK', 'AT_RISK', 'ON_TRACK']);
  });

  it('skips the ranks after a tie: 1, 2, 2, 4', () => {
    const rows = build({
      provinces: [...PROVINCES, { code: '96', nameVi: 'Cà Mau', region: 'Tây', regionEn: 'West' }],
      metrics: [
        {
          key: 'm1',
          rows: [
            ...M1,
            {
              ...attainment({ code: '79', target: 100, targetToDate: 50, actual: 10 }),
              province: { code: '96', nameVi: 'Cà Mau', region: 'Tây', regionEn: 'West' },
            },
          ],
        },
        { key: 'm2', rows: M2 },
      ],
    });
    const summaries = regionSummaries(rows, COLUMNS, toDate);
    expect(summaries.map((s) => [s.region, s.cells['m1']!.rank])).toEqual([
      ['Bắc', 2],
      ['Trung', 2],
      ['Nam', 1],
      ['Tây', 4],
    ]);
  });

  it('scores each region with the composite formula on its attainments to date, renormalising left-out metrics', () => {
    const [bac, trung, nam] = regionSummaries(build(), COLUMNS, toDate);
    // Bắc: (min(0,75; 1,2) + min(1,5; 1,2)) / 2; Trung: (0,75 + 0,4) / 2; Nam: m2 has no target, so m1 alone.
    expect(bac!.cells['composite']!.value).toBeCloseTo(0.975);
    expect(bac!.cells['composite']!.band).toBe('AT_RISK');
    expect(trung!.cells['composite']!.value).toBeCloseTo(0.575);
    expect(nam!.cells['composite']).toMatchObject({ value: 1.2, band: 'ON_TRACK', rank: 1 });
    expect([bac, trung].map((s) => s!.cells['composite']!.rank)).toEqual([2, 3]);
  });
});

describe('sorting', () => {
  const rows = build();

  it('sorts by a figure, the highest first on the first click, provinces without one last either way', () => {
    const first = nextSort({ key: 'composite', direction: 'descending' }, 'm1');
    expect(first).toEqual({ key: 'm1', direction: 'descending' });
    // 150 %, 150 % (a tie: by code), 120 %, 60 %, then Nghệ An, which has not reported.
    expect(codes(sortRows(rows, first))).toEqual(['38', '79', '01', '02', '40']);
    expect(codes(sortRows(rows, nextSort(first, 'm1')))).toEqual(['02', '01', '38', '79', '40']);
  });

  it('sorts late payment lowest first on the first click, ties by code', () => {
    const sort = nextSort({ key: 'm1', direction: 'descending' }, 'late_payment');
    expect(sort.direction).toBe('ascending');
    expect(codes(sortRows(rows, sort))).toEqual(['02', '40', '79', '01', '38']);
  });

  it('sorts province names in Vietnamese order', () => {
    const sorted = sortRows(rows, { key: 'province', direction: 'ascending' });
    expect(sorted.map((row) => row.province.nameVi)).toEqual([
      'Hà Giang',
      'Hà Nội',
      'Hồ Chí Minh',
      'Nghệ An',
      'Thanh Hóa',
    ]);
  });
});

describe('groupByRegion', () => {
  const rows = build();
  const summaries = regionSummaries(rows, COLUMNS, toDate);

  it('puts the sorted rows under their region, the regions in the order of their own figure', () => {
    const sort = { key: 'm1', direction: 'descending' } as const;
    const groups = groupByRegion(sortRows(rows, sort), summaries, sort);
    expect(groups.map((g) => [g.summary.region, codes(g.rows)])).toEqual([
      ['Nam', ['79']],
      ['Bắc', ['01', '02']],
      ['Trung', ['38', '40']],
    ]);
  });

  it('leaves out a region with no row left after a search', () => {
    const sort = { key: 'province', direction: 'ascending' } as const;
    const groups = groupByRegion(
      rows.filter((row) => row.province.region !== 'Trung'),
      summaries,
      sort,
    );
    expect(groups.map((g) => g.summary.region)).toEqual(['Bắc', 'Nam']);
  });
});

describe('matrixSettings', () => {
  it('reads the weights the API lists as a map', () => {
    const settings = matrixSettings({
      onTrack: 1,
      atRisk: 0.9,
      latePaymentAtRisk: 1.1,
      latePaymentReference: 0.0291,
      compositeCap: 1.2,
      weights: [
        { metric: 'm1', weight: 2 },
        { metric: 'late_payment', weight: 0 },
      ],
    });
    expect(settings.weights).toEqual({ m1: 2, late_payment: 0 });
  });
});
