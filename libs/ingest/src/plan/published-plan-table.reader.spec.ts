import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createProvinceNameMatcher, type Province } from '@scorecard/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { readProvinceReference } from '../reference/province-reference.reader';
import { PlanImportError } from './plan-import.errors';
import type { PlanManifest } from './plan-manifest';
import { readPublishedPlanTable, type PublishedTableContext } from './published-plan-table.reader';
import { parsePublishedPlan } from './published-plan.parser';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const FILE = 'data/plans/2800-KH-BHXH-2021/appendix-03.txt';
// Appendix 03: national row on line 7, row n (1–30) on line 7 + n, page break on lines 38–41, row n (31–63)
// on line 11 + n.
const published = readFileSync(`${repoRoot}${FILE}`, 'utf8');
const PERIOD_MONTHS = ['2021-09', '2021-10', '2021-11', '2021-12'];

let provinces: Province[];
let context: PublishedTableContext;
beforeAll(async () => {
  provinces = await readProvinceReference(`${repoRoot}data/reference/provinces63.csv`);
  context = { periodMonths: PERIOD_MONTHS, provinces, matcher: createProvinceNameMatcher(provinces) };
});

function edit(text: string, changes: Record<number, (line: string) => string>): string {
  return text
    .split('\n')
    .map((line, index) => changes[index + 1]?.(line) ?? line)
    .join('\n');
}
const setCell = (column: number, value: string) => (line: string) =>
  line
    .split('\t')
    .map((cell, index) => (index === column - 1 ? value : cell))
    .join('\t');

function read(text: string, metrics: readonly string[] = ['overdue_unit_inspections']) {
  return readPublishedPlanTable({ file: FILE, text, appendix: '03', metrics }, context);
}
const summary = (result: ReturnType<typeof read>) =>
  result.problems.map((p) => [p.kind, p.row, p.columnNumber, p.value]);

describe('readPublishedPlanTable', () => {
  it('reads the published table without problems', () => {
    const result = read(published);
    expect(result.problems).toEqual([]);
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0]?.provinces).toHaveLength(63);
  });

  it('refuses a broken table and lists every problem with file, line, column, value and fix', () => {
    const broken = edit(published, {
      14: () => '', // Bắc Kạn removed
      20: setCell(2, 'Bình Thuậnn'), // unknown name
      22: setCell(3, '6a'), // Cao Bằng total not a number
      24: setCell(4, '-96'), // Đà Nẵng September negative
      26: (line) => line.split('\t').slice(0, -1).join('\t'), // Đắk Nông short row
      38: () => published.split('\n')[7] ?? '', // Hà Nội a second time
      41: setCell(3, '24,746'), // repeated national row differs
    });
    const result = read(broken);
    expect(result.tables).toEqual([]);
    expect(summary(result)).toEqual([
      ['UNKNOWN_PROVINCE', 20, 2, 'Bình Thuậnn'],
      ['NOT_A_NUMBER', 22, 3, '6a'],
      ['NEGATIVE_NUMBER', 24, 4, '-96'],
      ['CELL_COUNT', 26, null, '6 cells'],
      ['DUPLICATE_PROVINCE', 38, 2, 'Hà Nội'],
      ['NATIONAL_ROW_MISMATCH', 41, 3, '24,746'],
      ['MISSING_PROVINCE', null, null, null],
      ['MISSING_PROVINCE', null, null, null],
    ]);
    for (const problem of result.problems) {
      expect(problem.file).toBe(FILE);
      expect(problem.message.length).toBeGreaterThan(0);
      expect(problem.fix.length).toBeGreaterThan(0);
    }
    expect(result.problems.slice(-2).map((p) => p.message)).toEqual([
      'Bắc Kạn (code 06) has no row',
      'Bình Thuận (code 60) has no row',
    ]);
    expect(result.problems[0]?.fix).toContain('Bình Thuận');
    expect(result.problems[4]?.message).toContain('line 8');
  });

  it('throws a PlanImportError naming file, line and column when a whole plan is read', () => {
    const manifest: PlanManifest = {
      id: '2800-KH-BHXH-2021',
      title: 't',
      issuingDocument: '2800/KH-BHXH',
      issuedOn: '2021-09-06',
      issuer: 'BHXH Việt Nam',
      periodStart: '2021-09-01',
      periodEnd: '2021-12-31',
      reportDays: [15, 'last'],
      unitSet: 'vn63-2004',
      synthetic: false,
      tables: [{ file: 'appendix-03.txt', appendix: '03', metrics: ['overdue_unit_inspections'] }],
    };
    const spec = manifest.tables[0];
    if (!spec) throw new Error('no spec');
    const broken = edit(published, { 22: setCell(3, 'n/a'), 60: setCell(2, 'Sơn Lã Lã') });
    const attempt = () => parsePublishedPlan(manifest, [{ spec, file: FILE, text: broken }], provinces);
    expect(attempt).toThrow(PlanImportError);
    try {
      attempt();
    } catch (error) {
      if (!(error instanceof PlanImportError)) throw error;
      expect(error.code).toBe('PLAN_IMPORT_INVALID');
      expect(error.problems.map((p) => p.kind)).toEqual(['NOT_A_NUMBER', 'UNKNOWN_PROVINCE', 'MISSING_PROVINCE']);
      expect(error.message).toContain(`${FILE}:22:3`);
      expect(error.message).toContain(`${FILE}:60:2`);
    }
  });

  it('refuses a table whose blocks do not match the metrics the manifest lists', () => {
    const result = read(published, ['overdue_unit_inspections', 'tax_data_reviews']);
    expect(summary(result)).toEqual([['UNEXPECTED_HEADER', 5, null, null]]);
  });

  it('refuses rows that come before any header', () => {
    const result = read(edit(published, { 5: () => '', 6: () => '' }));
    expect(summary(result)[0]).toEqual(['MISSING_HEADER', 7, null, null]);
  });
});

describe('readPublishedPlanTable on other layouts', () => {
  const two: Province[] = [
    { code: '01', nameVi: 'Hà Nội', nameEn: 'Ha Noi', type: '', regionVi: '', regionEn: '' },
    { code: '14', nameVi: 'Sơn La', nameEn: 'Son La', type: '', regionVi: '', regionEn: '' },
  ];
  const small: PublishedTableContext = {
    periodMonths: ['2021-11', '2021-12'],
    provinces: two,
    matcher: createProvinceNameMatcher(two),
  };
  const readSmall = (text: string) =>
    readPublishedPlanTable({ file: 'x.txt', text, appendix: '09', metrics: ['revenue'] }, small);

  it('accepts "T11" month captions, Vietnamese "." thousands separators and ignores the row numbers', () => {
    const text = [
      'CAPTION',
      'STT\tTỉnh\tTổng số\tT11\tT12',
      'Toàn quốc\t\t3.000\t1.500\t1.500',
      '7\tSơn La\t1.000\t400\t600',
      '7\tTP. Hà Nội\t2,000\t1100\t900',
    ].join('\n');
    const [table] = readSmall(text).tables;
    expect(table?.months).toEqual(['2021-11', '2021-12']);
    expect(table?.provinces.map((r) => [r.code, r.total.value, r.months.map((m) => m.cell.value)])).toEqual([
      ['01', 2000, [1100, 900]],
      ['14', 1000, [400, 600]],
    ]);
    expect(table?.national.total).toEqual({ value: 3000, text: '3.000', line: 3, column: 3 });
  });

  it('refuses a month caption outside the plan period', () => {
    const text = [
      'TT\tTỉnh\tTổng số\tTháng 11\tTháng 1/2022',
      'Toàn quốc\t\t3\t1\t2',
      '1\tSơn La\t1\t1\t0',
      '2\tHà Nội\t2\t0\t2',
    ].join('\n');
    expect(summary(readSmall(text))).toEqual([['MONTH_OUTSIDE_PERIOD', 1, 5, 'Tháng 1/2022']]);
  });

  it('refuses a table without a national row', () => {
    const text = ['TT\tTỉnh\tTổng số\tTháng 11\tTháng 12', '1\tSơn La\t1\t1\t0', '2\tHà Nội\t2\t0\t2'].join('\n');
    expect(summary(readSmall(text))).toEqual([['MISSING_NATIONAL_ROW', null, null, null]]);
  });
});

describe('readPublishedPlanTable across page breaks', () => {
  it('accepts a page break that repeats only the line of column captions', () => {
    const lines = published.split('\n');
    // Lines 38–41 are the page break: a blank line, the two header lines and the national row.
    const repeated = [...lines.slice(0, 37), '', lines[39] ?? '', ...lines.slice(41)].join('\n');
    const result = read(repeated);
    expect(result.problems).toEqual([]);
    expect(result.tables[0]?.provinces).toHaveLength(63);
  });

  it('refuses a repeated line of column captions that does not match the columns', () => {
    const lines = published.split('\n');
    const wrong = (lines[39] ?? '').replace('Tháng 10/2021', 'Tháng 11/2021');
    const result = read([...lines.slice(0, 37), '', wrong, ...lines.slice(41)].join('\n'));
    expect(result.tables).toEqual([]);
    expect(result.problems.map((p) => [p.kind, p.row])[0]).toEqual(['UNEXPECTED_HEADER', 39]);
  });
});
