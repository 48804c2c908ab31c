import { METRICS, type Province } from '@scorecard/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { readProvinceReference } from '../reference/province-reference.reader';
import {
  APPENDICES,
  PERIOD_MONTHS,
  canonical,
  combine,
  dashes,
  dotSeparators,
  longCsvOf,
  mapModel,
  renderText,
  repoRoot,
  seedFile,
  seedModel,
  shuffleRows,
  splitBlocks,
  swapTonePlacement,
  textFile,
  withPrefix,
  workbookOf,
  type CanonicalCell,
  type TableModel,
} from './__fixtures__/published-2021.fixtures';
import { readPlanDirectory } from './plan-directory.reader';
import { readPlanSources, type PlanSourceContext, type PlanSourceFile } from './plan-source.reader';
import type { PublishedMetricTable } from './published-plan';

// The 2021 tables as other sources would publish them. Each variant is generated from the shipped text and must
// import to exactly the same numbers — every metric, province, month, total and national row — as the original.

let context: PlanSourceContext;
let original: PublishedMetricTable[];
let expected: CanonicalCell[];
let models: TableModel[];

beforeAll(async () => {
  const provinces: Province[] = await readProvinceReference(`${repoRoot}data/reference/provinces63.csv`);
  context = { periodMonths: PERIOD_MONTHS, provinces, metrics: METRICS };
  const read = await readPlanSources(APPENDICES.map(seedFile), context);
  expect(read.problems).toEqual([]);
  original = read.tables;
  expected = canonical(original);
  models = APPENDICES.map(seedModel);
});

async function numbersOf(files: readonly PlanSourceFile[]): Promise<CanonicalCell[]> {
  const read = await readPlanSources(files, context);
  expect(read.problems).toEqual([]);
  return canonical(read.tables);
}

const textFiles = (variant: (model: TableModel) => string) =>
  models.map((model) => textFile(`${model.name}.txt`, variant(model)));

// The shipped tables break the page after row 30 (31 in appendices 04 and 05).
const ONE_PAGE_BREAK = { pageBreaks: [30] };

describe('the original 2021 tables', () => {
  it('identify every block from the headers and captions as the manifest names it', async () => {
    const plan = await readPlanDirectory(`${repoRoot}data/plans/2800-KH-BHXH-2021`);
    expect(expected).toEqual(canonical(plan.tables));
    expect(original.map((table) => table.metric)).toEqual(METRICS.map((metric) => metric.key));
    expect(expected).toHaveLength(7 * 64 * 5);
  });
});

describe('text variants of the 2021 tables import to the same numbers', () => {
  const monthCaptions: [string, (month: number, year: number) => string][] = [
    ['Tháng 9/2021', (month, year) => `Tháng ${month}/${year}`],
    ['T9', (month) => `T${month}`],
    ['Tháng 09', (month) => `Tháng ${String(month).padStart(2, '0')}`],
    ['T9/2021', (month, year) => `T${month}/${year}`],
    ['9/2021', (month, year) => `${month}/${year}`],
  ];
  it.each(monthCaptions)('month captions written "%s"', async (_label, month) => {
    expect(await numbersOf(textFiles((model) => renderText(mapModel(model, { month }), ONE_PAGE_BREAK)))).toEqual(
      expected,
    );
  });

  it('Vietnamese "." thousands separators', async () => {
    expect(
      await numbersOf(textFiles((model) => renderText(mapModel(model, { number: dotSeparators }), ONE_PAGE_BREAK))),
    ).toEqual(expected);
  });

  it('the whole text in Unicode NFD', async () => {
    expect(await numbersOf(textFiles((model) => renderText(model, ONE_PAGE_BREAK).normalize('NFD')))).toEqual(expected);
  });

  it('"Ð" (U+00D0) for "Đ"', async () => {
    expect(await numbersOf(textFiles((model) => renderText(model, ONE_PAGE_BREAK).replace(/Đ/g, '\u00d0')))).toEqual(
      expected,
    );
  });

  it('tone marks placed the other way (Hòa ↔ Hoà, Hóa ↔ Hoá)', async () => {
    const swapped = mapModel(models[0] ?? seedModel('01'), { name: swapTonePlacement });
    expect(swapped.rows.map((row) => row[1])).toContain('Hòa Bình');
    expect(swapped.rows.map((row) => row[1])).toContain('Thanh Hóa');
    expect(
      await numbersOf(textFiles((model) => renderText(mapModel(model, { name: swapTonePlacement }), ONE_PAGE_BREAK))),
    ).toEqual(expected);
  });

  it('"TP." and "Tỉnh" before every name', async () => {
    expect(
      await numbersOf(textFiles((model) => renderText(mapModel(model, { name: withPrefix }), ONE_PAGE_BREAK))),
    ).toEqual(expected);
  });

  it('en dashes for hyphens in names', async () => {
    expect(
      await numbersOf(textFiles((model) => renderText(mapModel(model, { name: dashes }), ONE_PAGE_BREAK))),
    ).toEqual(expected);
  });

  it('blank lines (also inside the header) and extra caption lines', async () => {
    expect(await numbersOf(textFiles((model) => renderText(model, { ...ONE_PAGE_BREAK, spacing: true })))).toEqual(
      expected,
    );
  });

  it('the page break moved', async () => {
    expect(await numbersOf(textFiles((model) => renderText(model, { pageBreaks: [45] })))).toEqual(expected);
  });

  it('no page break (one page)', async () => {
    expect(await numbersOf(textFiles((model) => renderText(model)))).toEqual(expected);
  });

  it('three pages, one of them repeating the header without the national row', async () => {
    expect(
      await numbersOf(textFiles((model) => renderText(model, { pageBreaks: [20], headerOnlyBreaks: [42] }))),
    ).toEqual(expected);
  });

  it('province rows in another order', async () => {
    expect(await numbersOf(textFiles((model) => renderText(shuffleRows(model, model.name), ONE_PAGE_BREAK)))).toEqual(
      expected,
    );
  });

  it('Windows line ends and a UTF-8 byte order mark', async () => {
    expect(
      await numbersOf(textFiles((model) => `\uFEFF${renderText(model, ONE_PAGE_BREAK).replace(/\n/g, '\r\n')}`)),
    ).toEqual(expected);
  });

  it('appendix 01 split into three tables (three files), each named by its block title', async () => {
    const [appendix01, ...others] = models;
    if (!appendix01) throw new Error('no appendix 01');
    const files = [...splitBlocks(appendix01), ...others].map((model) =>
      textFile(`${model.name}.txt`, renderText(model, ONE_PAGE_BREAK)),
    );
    expect(files).toHaveLength(7);
    expect(await numbersOf(files)).toEqual(expected);
  });

  it('all five appendices side by side in one file of seven blocks', async () => {
    const combined = combine(models);
    expect(combined.national).toHaveLength(2 + 7 * 5);
    const read = await readPlanSources([textFile('plan-2021.txt', renderText(combined, ONE_PAGE_BREAK))], context);
    expect(read.problems).toEqual([]);
    expect(read.identifications.map((found) => [found.metric, found.source])).toEqual(
      METRICS.map((metric) => [metric.key, 'header']),
    );
    expect(canonical(read.tables)).toEqual(expected);
  });

  it('all the variations at once', async () => {
    const files = textFiles((model) =>
      renderText(
        shuffleRows(
          mapModel(model, {
            month: (month) => `T${month}`,
            number: dotSeparators,
            name: (name) => dashes(withPrefix(swapTonePlacement(name))),
          }),
          `all-${model.name}`,
        ),
        { pageBreaks: [12], headerOnlyBreaks: [50], spacing: true },
      )
        .normalize('NFD')
        .replace(/Đ/g, '\u00d0'),
    );
    expect(await numbersOf(files)).toEqual(expected);
  });
});

describe('workbook variants of the 2021 tables import to the same numbers', () => {
  it('one sheet per appendix, merged header cells, numbers stored as numbers with a #,##0 format', async () => {
    const bytes = await workbookOf(models);
    const read = await readPlanSources([{ name: 'plan-2021.xlsx', bytes }], context);
    expect(read.problems).toEqual([]);
    expect(canonical(read.tables)).toEqual(expected);
    const revenue = read.tables.find((table) => table.metric === 'revenue');
    expect(revenue?.file).toBe('plan-2021.xlsx › appendix-02');
    // The number as stored; exceljs shows a stored number as its digits.
    expect(revenue?.national.total).toEqual({ value: 160669625, text: '160669625', line: 7, column: 3 });
  });

  it('numbers stored as text, the table starting in column C, a hidden and an empty sheet', async () => {
    const bytes = await workbookOf(models, { numbersAsText: true, columnOffset: 2, extraSheets: true });
    const read = await readPlanSources([{ name: 'plan-2021.xlsx', bytes }], context);
    expect(read.problems).toEqual([]);
    expect(canonical(read.tables)).toEqual(expected);
    const revenue = read.tables.find((table) => table.metric === 'revenue');
    expect(revenue?.national.total).toEqual({ value: 160669625, text: '160,669,625', line: 7, column: 5 });
  });

  it('the metrics a manifest lists for a workbook, sheet by sheet', async () => {
    const bytes = await workbookOf(models);
    const metrics = METRICS.map((metric) => metric.key);
    const read = await readPlanSources([{ name: 'plan-2021.xlsx', bytes, metrics }], context);
    expect(read.problems).toEqual([]);
    expect(read.identifications.every((found) => found.source === 'manifest')).toBe(true);
    expect(canonical(read.tables)).toEqual(expected);
  });
});

describe('long CSV variants of the 2021 tables import to the same numbers', () => {
  it('with national rows, provinces by code', async () => {
    const csv = longCsvOf(original, { national: true, provinces: 'code' });
    expect(await numbersOf([textFile('plan-2021.csv', csv)])).toEqual(expected);
  });

  it('with national rows, provinces by their published names, lines shuffled', async () => {
    const csv = longCsvOf(original, { national: true, provinces: 'name', shuffle: true });
    expect(await numbersOf([textFile('plan-2021.csv', csv)])).toEqual(expected);
  });

  it('Vietnamese header, ";" delimiter, "Tháng 9/2021" and "Tổng số", "." separators', async () => {
    const csv = longCsvOf(original, { national: true, provinces: 'name', vietnamese: true });
    expect(csv.split('\r\n')[0]).toBe('Tỉnh;Chỉ tiêu;Tháng;Giá trị');
    expect(await numbersOf([textFile('plan-2021.csv', csv)])).toEqual(expected);
  });

  it('without national rows: the provinces are the same and the national row is computed, and says so', async () => {
    const csv = longCsvOf(original, { national: false, provinces: 'code' });
    const read = await readPlanSources([textFile('plan-2021.csv', csv)], context);
    expect(read.problems).toEqual([]);
    expect(canonical(read.tables, { national: false })).toEqual(canonical(original, { national: false }));
    for (const table of read.tables) {
      expect(table.national.computed).toBe(true);
      expect(table.national.total.value).toBe(table.provinces.reduce((sum, row) => sum + row.total.value, 0));
      expect(table.national.total.text).toBe('');
    }
  });

  it('keeps each value as written, on its CSV line', async () => {
    const csv = longCsvOf(original, { national: true, provinces: 'code' });
    const read = await readPlanSources([textFile('plan-2021.csv', csv)], context);
    const compulsory = read.tables.find((table) => table.metric === 'dev_compulsory_si');
    // Line 1 is the header; the national total of the first metric is line 2.
    expect(compulsory?.national.total).toEqual({ value: 2350507, text: '2,350,507', line: 2, column: 4 });
    expect(compulsory?.national.computed).toBeUndefined();
  });
});
