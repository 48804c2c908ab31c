import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlanDirectory } from './plan-directory.reader';
import { reconcilePlan, roundingTolerance, type ReconciliationReport } from './plan-reconciliation';
import type { PublishedCell, PublishedPlan, PublishedRow } from './published-plan';

const planDir = fileURLToPath(new URL('../../../../data/plans/2800-KH-BHXH-2021', import.meta.url));

let report: ReconciliationReport;
beforeAll(async () => {
  report = reconcilePlan(await readPlanDirectory(planDir));
});

describe('roundingTolerance', () => {
  it('allows the worst case (n + 1) / 2 for a few addends', () => {
    expect(roundingTolerance(4)).toBe(2.5);
    expect(roundingTolerance(1)).toBe(1);
  });

  it('caps a long sum at four standard deviations of the rounding errors', () => {
    expect(roundingTolerance(63)).toBeCloseTo(4 * Math.sqrt(64 / 12), 10);
    expect(Math.floor(roundingTolerance(63))).toBe(9);
  });
});

describe('reconcilePlan on plan 2800/KH-BHXH', () => {
  it('checks every published cell of the seven tables', () => {
    expect(report.planId).toBe('2800-KH-BHXH-2021');
    expect(report.cellsChecked).toBe(7 * 64 * 5);
    expect(report.roundingCount + report.errorCount).toBe(report.findings.length);
  });

  it('flags the Yên Bái outreach total 7,515 against months that add up to 367 as an error', () => {
    const yenBai = report.findings.find((f) => f.metric === 'outreach_conferences' && f.provinceCode === '15');
    expect(yenBai).toMatchObject({
      kind: 'ROW_MONTHS_VS_TOTAL',
      publishedName: 'Yên Bái',
      month: null,
      published: 7515,
      computed: 367,
      difference: 7148,
      severity: 'ERROR',
      file: 'data/plans/2800-KH-BHXH-2021/appendix-05.txt',
      line: 74,
    });
  });

  it('flags the national outreach total that carries the same mistake as an error', () => {
    const national = report.findings.find(
      (f) => f.metric === 'outreach_conferences' && f.kind === 'ROW_MONTHS_VS_TOTAL' && f.provinceCode === null,
    );
    expect(national).toMatchObject({ published: 52032, computed: 44885, difference: 7147, severity: 'ERROR' });
  });

  it('finds exactly those two errors; every other difference is within rounding', () => {
    const errors = report.findings.filter((f) => f.severity === 'ERROR');
    expect(errors.map((f) => [f.metric, f.provinceCode, f.difference])).toEqual([
      ['outreach_conferences', null, 7147],
      ['outreach_conferences', '15', 7148],
    ]);
    const rounding = report.findings.filter((f) => f.severity === 'ROUNDING');
    expect(rounding.length).toBeGreaterThan(100);
    for (const finding of rounding) {
      const limit = finding.kind === 'ROW_MONTHS_VS_TOTAL' ? 2 : 9;
      expect(Math.abs(finding.difference), finding.message).toBeLessThanOrEqual(limit);
    }
  });

  it('reports published minus computed, so a total above its parts is positive', () => {
    const haNoi = report.findings.find((f) => f.metric === 'revenue' && f.provinceCode === '01');
    expect(haNoi).toMatchObject({ published: 20586292, computed: 20586294, difference: -2, severity: 'ROUNDING' });
    const december = report.findings.find(
      (f) => f.metric === 'outreach_conferences' && f.kind === 'PROVINCES_VS_NATIONAL' && f.month === '2021-12',
    );
    expect(december).toMatchObject({
      published: 6733,
      computed: 6728,
      difference: 5,
      severity: 'ROUNDING',
      provinceCode: null,
    });
  });
});

describe('reconcilePlan on a small plan', () => {
  const cell = (value: number, line = 1): PublishedCell => ({ value, text: String(value), line, column: 3 });
  const makeRow = (code: string | null, total: number, months: number[]): PublishedRow => ({
    code,
    publishedName: code ?? 'Toàn quốc',
    line: 1,
    total: cell(total),
    months: months.map((value, index) => ({ month: `2021-0${index + 1}`, cell: cell(value) })),
  });
  const plan = (national: PublishedRow, provinces: PublishedRow[]): PublishedPlan => ({
    manifest: {
      id: 'test',
      title: 't',
      issuingDocument: 'd',
      issuedOn: '2021-01-01',
      issuer: 'i',
      periodStart: '2021-01-01',
      periodEnd: '2021-02-28',
      reportDays: ['last'],
      unitSet: 'vn63-2004',
      synthetic: false,
      tables: [],
    },
    tables: [{ metric: 'revenue', appendix: '02', file: 'x.txt', months: ['2021-01', '2021-02'], national, provinces }],
  });

  it('reports nothing when every sum agrees', () => {
    const result = reconcilePlan(plan(makeRow(null, 10, [4, 6]), [makeRow('01', 3, [1, 2]), makeRow('02', 7, [3, 4])]));
    expect(result).toMatchObject({ findings: [], roundingCount: 0, errorCount: 0, cellsChecked: 9 });
  });

  it('classifies a difference of one unit as rounding and of three units as an error in a two-month row', () => {
    const result = reconcilePlan(
      plan(makeRow(null, 14, [5, 9]), [makeRow('01', 4, [1, 2]), makeRow('02', 10, [4, 3])]),
    );
    expect(result.findings.map((f) => [f.kind, f.provinceCode, f.month, f.difference, f.severity])).toEqual([
      ['ROW_MONTHS_VS_TOTAL', '01', null, 1, 'ROUNDING'],
      ['ROW_MONTHS_VS_TOTAL', '02', null, 3, 'ERROR'],
      ['PROVINCES_VS_NATIONAL', null, '2021-02', 4, 'ERROR'],
    ]);
  });
});

describe('reconcilePlan on a table whose national row was computed (long CSV without "Toàn quốc" lines)', () => {
  it('checks the provinces only: a computed national row has nothing published to check', async () => {
    const plan = await readPlanDirectory(planDir);
    const withComputedNational: PublishedPlan = {
      ...plan,
      tables: plan.tables.map((table) => ({ ...table, national: { ...table.national, computed: true } })),
    };
    const computed = reconcilePlan(withComputedNational);
    expect(computed.cellsChecked).toBe(7 * 63 * 5);
    expect(computed.findings.some((finding) => finding.provinceCode === null)).toBe(false);
    expect(computed.findings).toEqual(report.findings.filter((finding) => finding.provinceCode !== null));
  });
});
