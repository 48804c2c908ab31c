import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlanDirectory } from './plan-directory.reader';
import { PlanImportError } from './plan-import.errors';
import type { PublishedPlan, PublishedRow } from './published-plan';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const planDir = `${repoRoot}data/plans/2800-KH-BHXH-2021`;
const MONTHS = ['2021-09', '2021-10', '2021-11', '2021-12'];

// An independent reading of the published tables, sharing no code with the reader: split on tabs, strip the
// "," separators, take the row number from the first cell and the province from the name via the reference
// CSV (plus the few odd spellings of this plan written out literally).
const FILES: readonly { file: string; metrics: readonly string[] }[] = [
  { file: 'appendix-01.txt', metrics: ['dev_compulsory_si', 'dev_voluntary_si', 'dev_health_insurance'] },
  { file: 'appendix-02.txt', metrics: ['revenue'] },
  { file: 'appendix-03.txt', metrics: ['overdue_unit_inspections'] },
  { file: 'appendix-04.txt', metrics: ['tax_data_reviews'] },
  { file: 'appendix-05.txt', metrics: ['outreach_conferences'] },
];
const ODD_SPELLINGS: Readonly<Record<string, string>> = {
  'Son La': '14',
  'Hung Yên': '33',
  'Kom Tum': '62',
  'Bà Rịa-V. Tàu': '77',
  'Bà Rịa - V. Tàu': '77',
  'T. Thiên - Huế': '46',
  'TP Hồ Chí Minh': '79',
  'Khánh Hoà': '56',
  'Thanh Hoá': '38',
  'Hòa Bình': '17',
};
const codeByOfficialName = new Map(
  readFileSync(`${repoRoot}data/reference/provinces63.csv`, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .map(([code, name]) => [name, code]),
);

type IndependentRow = { line: number; name: string; texts: string[]; values: number[] };

function independentParse(text: string): { national: IndependentRow[]; provinces: Map<string, IndependentRow> } {
  const national: IndependentRow[] = [];
  const provinces = new Map<string, IndependentRow>();
  text.split('\n').forEach((line, index) => {
    const cells = line.split('\t');
    const texts = cells.slice(2);
    const row = { line: index + 1, name: '', texts, values: texts.map((cell) => Number(cell.replace(/,/g, ''))) };
    if (cells[0] === 'Toàn quốc' || cells[1] === 'Toàn quốc') national.push({ ...row, name: 'Toàn quốc' });
    if (!/^\d+$/.test(cells[0] ?? '')) return;
    const name = cells[1] ?? '';
    const code = ODD_SPELLINGS[name] ?? codeByOfficialName.get(name);
    if (code === undefined) throw new Error(`test cannot place "${name}"`);
    if (provinces.has(code)) throw new Error(`test found ${code} twice`);
    provinces.set(code, { ...row, name });
  });
  return { national, provinces };
}

function expectRow(row: PublishedRow, expected: IndependentRow, block: number, where: string): void {
  const texts = expected.texts.slice(block * 5, block * 5 + 5);
  const values = expected.values.slice(block * 5, block * 5 + 5);
  expect(values.every(Number.isInteger), where).toBe(true);
  expect(row.publishedName, where).toBe(expected.name);
  expect(row.line, where).toBe(expected.line);
  expect(row.total, `${where} total`).toEqual({
    value: values[0],
    text: texts[0],
    line: expected.line,
    column: 3 + block * 5,
  });
  expect(
    row.months.map((m) => m.month),
    where,
  ).toEqual(MONTHS);
  row.months.forEach(({ cell }, index) => {
    expect(cell, `${where} ${MONTHS[index]}`).toEqual({
      value: values[index + 1],
      text: texts[index + 1],
      line: expected.line,
      column: 4 + block * 5 + index,
    });
  });
}

let plan: PublishedPlan;
beforeAll(async () => {
  plan = await readPlanDirectory(planDir);
});

const table = (metric: string) => {
  const found = plan.tables.find((t) => t.metric === metric);
  if (!found) throw new Error(`no table for ${metric}`);
  return found;
};
const row = (metric: string, code: string) => {
  const found = table(metric).provinces.find((r) => r.code === code);
  if (!found) throw new Error(`no row ${code} in ${metric}`);
  return found;
};

describe('readPlanDirectory on plan 2800/KH-BHXH', () => {
  it('reads the manifest and one table per metric, in manifest order', () => {
    expect(plan.manifest.id).toBe('2800-KH-BHXH-2021');
    expect(plan.manifest.reportDays).toEqual([15, 'last']);
    expect(plan.tables.map((t) => [t.metric, t.appendix, t.file])).toEqual(
      FILES.flatMap(({ file, metrics }) =>
        metrics.map((metric) => [metric, file.slice(9, 11), `data/plans/2800-KH-BHXH-2021/${file}`]),
      ),
    );
  });

  it('reads every number of the five tables as published: all 63 provinces and the national row, totals and months', () => {
    let cells = 0;
    for (const { file, metrics } of FILES) {
      const expected = independentParse(readFileSync(`${planDir}/${file}`, 'utf8'));
      expect(expected.provinces.size, file).toBe(63);
      expect(expected.national.length, file).toBe(2); // the page break repeats it
      expect(expected.national[1]?.values, file).toEqual(expected.national[0]?.values);
      metrics.forEach((metric, block) => {
        const published = table(metric);
        expect(published.months).toEqual(MONTHS);
        expect(published.provinces.map((r) => r.code)).toEqual([...expected.provinces.keys()].sort());
        const firstNational = expected.national[0];
        if (!firstNational) throw new Error('no national row');
        expectRow(
          published.national,
          { ...firstNational, name: published.national.publishedName },
          block,
          `${metric} national`,
        );
        expect(published.national.publishedName).toBe('Toàn quốc');
        for (const provinceRow of published.provinces) {
          const independent = expected.provinces.get(provinceRow.code ?? '');
          if (!independent) throw new Error(`unexpected ${provinceRow.code}`);
          expectRow(provinceRow, independent, block, `${metric} ${provinceRow.code}`);
          cells += 5;
        }
        cells += 5;
      });
    }
    expect(cells).toBe(7 * 64 * 5);
  });

  it('keeps hand-picked cells exactly as printed', () => {
    expect(row('dev_compulsory_si', '01').total.value).toBe(210739);
    expect(row('revenue', '79').months[3]).toEqual({
      month: '2021-12',
      cell: { value: 9422758, text: '9,422,758', line: 9, column: 7 },
    });
    expect(table('tax_data_reviews').national.total).toMatchObject({ value: 4932709, text: '4,932,709' });
    expect(row('outreach_conferences', '15').total).toEqual({ value: 7515, text: '7,515', line: 74, column: 3 });
    expect(row('dev_health_insurance', '96').total.value).toBe(108163);
    expect(row('overdue_unit_inspections', '04').months.map((m) => m.cell.value)).toEqual([1, 2, 2, 1]);
  });

  it('maps the odd spellings of the published names to the right province codes', () => {
    const cases: [metric: string, published: string, code: string][] = [
      ['revenue', 'Son La', '14'],
      ['overdue_unit_inspections', 'Hung Yên', '33'],
      ['overdue_unit_inspections', 'Kom Tum', '62'],
      ['dev_compulsory_si', 'Bà Rịa-V. Tàu', '77'],
      ['overdue_unit_inspections', 'Bà Rịa - V. Tàu', '77'],
      ['dev_compulsory_si', 'T. Thiên - Huế', '46'],
      ['dev_compulsory_si', 'Hồ Chí Minh', '79'],
      ['revenue', 'TP Hồ Chí Minh', '79'],
      ['dev_compulsory_si', 'Khánh Hoà', '56'],
      ['revenue', 'Khánh Hòa', '56'],
      ['dev_compulsory_si', 'Thanh Hoá', '38'],
      ['dev_compulsory_si', 'Hoà Bình', '17'],
      ['revenue', 'Hòa Bình', '17'],
    ];
    for (const [metric, published, code] of cases)
      expect(row(metric, code).publishedName, `${metric} ${code}`).toBe(published);
  });
});

describe('readPlanDirectory on a damaged copy', () => {
  it('reports a missing table file and a broken table together, with paths relative to the root', async () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-'));
    try {
      cpSync(`${repoRoot}data/reference`, join(root, 'data/reference'), { recursive: true });
      const copy = join(root, 'data/plans/2800-KH-BHXH-2021');
      cpSync(planDir, copy, { recursive: true });
      rmSync(join(copy, 'appendix-04.txt'));
      const appendix = readFileSync(join(copy, 'appendix-02.txt'), 'utf8');
      writeFileSync(join(copy, 'appendix-02.txt'), appendix.replace('\tSon La\t', '\tSon Lo Lo\t'));

      const error = await readPlanDirectory(copy).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(PlanImportError);
      const problems = (error as PlanImportError).problems.map((p) => [p.kind, p.file, p.row]);
      expect(problems).toEqual([
        ['MISSING_FILE', 'data/plans/2800-KH-BHXH-2021/appendix-04.txt', null],
        ['UNKNOWN_PROVINCE', 'data/plans/2800-KH-BHXH-2021/appendix-02.txt', 63],
        ['MISSING_PROVINCE', 'data/plans/2800-KH-BHXH-2021/appendix-02.txt', null],
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
