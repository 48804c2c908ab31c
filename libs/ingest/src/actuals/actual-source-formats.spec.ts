import { beforeAll, describe, expect, it } from 'vitest';
import {
  EXPECTED_ROWS,
  FIXTURE_PARQUET,
  FIXTURE_ROWS,
  actualsContext,
  csvFile,
  csvText,
  excelDate,
  fixtureArrowBytes,
  fixtureCsvLines,
  fixtureSheetRows,
  parquetBytes,
  workbookBytes,
} from './__fixtures__/actual-sources.fixtures';
import { readActualSources, type ActualRow, type ActualSourceContext } from './actual-source.reader';

// The same report, sent as CSV, XLSX, Parquet or Arrow (file and stream), reads to the same rows; each row keeps
// the file it came from and the row a user would look at.

let context: ActualSourceContext;
beforeAll(async () => {
  context = await actualsContext();
});

const content = (rows: readonly ActualRow[]) =>
  rows.map(({ provinceCode, metric, reportDate, value, submittedAt }) => ({
    provinceCode,
    metric,
    reportDate,
    value,
    submittedAt,
  }));

async function expectFixtureRows(
  file: { name: string; bytes: Uint8Array },
  firstRow: number,
): Promise<readonly ActualRow[]> {
  const read = await readActualSources([file], context);
  expect(read.problems).toEqual([]);
  expect(content(read.rows)).toEqual(EXPECTED_ROWS);
  expect(read.rows.map((row) => row.file)).toEqual(FIXTURE_ROWS.map(() => file.name));
  expect(read.rows.map((row) => row.sourceRow)).toEqual(FIXTURE_ROWS.map((_, index) => firstRow + index));
  return read.rows;
}

describe('readActualSources: one report in every format', () => {
  it('reads the hand-typed CSV: codes and names, keys and labels, separators, dd/mm/yyyy and revisions', async () => {
    await expectFixtureRows(csvFile('bao-cao.csv', fixtureCsvLines()), 2);
  });

  it('reads the report from a workbook with date cells and text dates', async () => {
    await expectFixtureRows(
      { name: 'bao-cao.xlsx', bytes: await workbookBytes([{ name: 'Báo cáo', rows: fixtureSheetRows() }]) },
      2,
    );
  });

  it('reads the report from Parquet with DATE, DOUBLE and TIMESTAMP columns', async () => {
    await expectFixtureRows({ name: 'bao-cao.parquet', bytes: await parquetBytes(FIXTURE_PARQUET) }, 1);
  });

  it('reads the report from Arrow IPC, file format and stream format', async () => {
    await expectFixtureRows({ name: 'bao-cao.arrow', bytes: fixtureArrowBytes('file') }, 1);
    await expectFixtureRows({ name: 'bao-cao.arrows', bytes: fixtureArrowBytes('stream') }, 1);
  });

  it('gives identical rows whatever the format', async () => {
    const files = [
      csvFile('a.csv', fixtureCsvLines()),
      { name: 'a.xlsx', bytes: await workbookBytes([{ name: 'S', rows: fixtureSheetRows() }]) },
      { name: 'a.parquet', bytes: await parquetBytes(FIXTURE_PARQUET) },
      { name: 'a.arrow', bytes: fixtureArrowBytes('file') },
      { name: 'a.arrows', bytes: fixtureArrowBytes('stream') },
    ];
    const results = await Promise.all(files.map((file) => readActualSources([file], context)));
    for (const result of results) expect(content(result.rows)).toEqual(content(results[0]?.rows ?? []));
    expect(results[0]?.rows).toHaveLength(FIXTURE_ROWS.length);
  });

  it('keeps one of identical duplicate rows, within a file and across files', async () => {
    const lines = fixtureCsvLines();
    const repeated = [...lines, lines[3] ?? []];
    const read = await readActualSources(
      [csvFile('a.csv', repeated), { name: 'b.parquet', bytes: await parquetBytes(FIXTURE_PARQUET) }],
      context,
    );
    expect(read.problems).toEqual([]);
    expect(content(read.rows)).toEqual(EXPECTED_ROWS);
    expect(read.rows.every((row) => row.file === 'a.csv')).toBe(true);
  });
});

describe('readActualSources: how provinces write their files', () => {
  it('reads ";" and tab delimiters, a BOM, CRLF, blank lines and Vietnamese headers', async () => {
    const lines = fixtureCsvLines();
    const vietnamese = ['Tỉnh', 'Chỉ tiêu', 'Kỳ báo cáo', 'Lũy kế (người)', 'Thời gian gửi'];
    const semicolon = `\uFEFF${csvText([vietnamese, ...lines.slice(1)], ';')}`;
    const tab = csvText([['tinh', 'chi_tieu', 'ngay_bao_cao', 'gia_tri', 'thoi_gian_gui'], ...lines.slice(1)], '\t');
    for (const file of [
      { name: 'semicolon.csv', bytes: new TextEncoder().encode(semicolon) },
      { name: 'tab.tsv', bytes: new TextEncoder().encode(tab) },
      { name: 'blank-lines.csv', bytes: new TextEncoder().encode(`\n${csvText(lines).replace(/\r\n/, '\r\n\r\n')}`) },
    ]) {
      const read = await readActualSources([file], context);
      expect(read.problems, file.name).toEqual([]);
      expect(content(read.rows), file.name).toEqual(EXPECTED_ROWS);
    }
  });

  it('counts CSV lines as a text editor does: header = 1, blank lines and quoted line breaks included', async () => {
    const text = 'province,metric,report_date,value\n\n01,"BHXH\nbắt buộc",2021-10-15,5\n02,revenue,2021-10-15,6\n';
    const read = await readActualSources([{ name: 'lines.csv', bytes: new TextEncoder().encode(text) }], context);
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => [row.sourceRow, row.metric])).toEqual([
      [3, 'dev_compulsory_si'],
      [5, 'revenue'],
    ]);
  });

  it('reads every visible sheet with a report header, below title lines, and skips hidden, other and empty sheets', async () => {
    const rows = fixtureSheetRows();
    const bytes = await workbookBytes([
      { name: 'Hướng dẫn', rows: [['Điền số liệu lũy kế vào các sheet tháng']] },
      { name: 'Tháng 10', rows: [['BÁO CÁO SỐ LIỆU THỰC HIỆN'], [], ...rows.slice(0, 11)] },
      {
        name: 'Danh mục',
        rows: [
          ['province', 'metric'],
          ['01', 'nonsense'],
        ],
        state: 'hidden',
      },
      { name: 'Tháng 11-12', rows: [rows[0] ?? [], ...rows.slice(11)] },
      { name: 'Tháng 1 (2022)', rows: [rows[0] ?? []] },
    ]);
    const read = await readActualSources([{ name: 'book.xlsx', bytes }], context);
    expect(read.problems).toEqual([]);
    expect(content(read.rows)).toEqual(EXPECTED_ROWS);
    expect(read.rows[0]?.sourceRow).toBe(4);
    expect(read.rows[10]?.sourceRow).toBe(2);
  });

  it('reads a merged province cell as its value in every row it spans, and ignores STT and note columns', async () => {
    const bytes = await workbookBytes([
      {
        name: 'S',
        rows: [
          ['STT', 'Tỉnh', 'Chỉ tiêu', 'Kỳ báo cáo', 'Giá trị', 'Ghi chú'],
          [1, 'Lai Châu', 'BHYT', excelDate('2021-10-15'), 10, 'đã đối chiếu'],
          [2, null, 'BHXH bắt buộc', excelDate('2021-10-15'), 20, null],
        ],
        merges: ['B2:B3'],
      },
    ]);
    const read = await readActualSources([{ name: 'merged.xlsx', bytes }], context);
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => [row.provinceCode, row.metric, row.value])).toEqual([
      ['12', 'dev_health_insurance', 10],
      ['12', 'dev_compulsory_si', 20],
    ]);
  });

  it('reads zoned times as Vietnam time, and dates stored as midnight timestamps as dates', async () => {
    const spec = {
      columns: [
        { name: 'province', type: 'VARCHAR' },
        { name: 'metric', type: 'VARCHAR' },
        { name: 'report_date', type: 'TIMESTAMP' },
        { name: 'value', type: 'DECIMAL(18,2)' },
        { name: 'submitted_at', type: 'TIMESTAMPTZ' },
      ],
      rows: [['01', 'revenue', '2021-10-15 00:00:00', 12.5, '2021-10-15 09:30:00+00']],
    };
    const read = await readActualSources([{ name: 'zoned.parquet', bytes: await parquetBytes(spec) }], context);
    expect(read.problems).toEqual([]);
    expect(content(read.rows)).toEqual([
      {
        provinceCode: '01',
        metric: 'revenue',
        reportDate: '2021-10-15',
        value: 12.5,
        submittedAt: '2021-10-15T16:30:00',
      },
    ]);
    const csv = await readActualSources(
      [
        csvFile('zoned.csv', [
          ['province', 'metric', 'report_date', 'value', 'submitted_at'],
          ['01', 'revenue', '2021-10-15', '12.5', '2021-10-15T09:30:00Z'],
        ]),
      ],
      context,
    );
    expect(csv.rows[0]?.submittedAt).toBe('2021-10-15T16:30:00');
  });

  it('reads several files into one list, in the order given', async () => {
    const first = FIXTURE_ROWS.slice(0, 5);
    const rest = FIXTURE_ROWS.slice(5);
    const read = await readActualSources(
      [csvFile('first.csv', fixtureCsvLines(first)), { name: 'rest.arrow', bytes: fixtureArrowBytes('file', rest) }],
      context,
    );
    expect(read.problems).toEqual([]);
    expect(content(read.rows)).toEqual(EXPECTED_ROWS);
    expect(read.rows.map((row) => row.file)).toEqual([
      ...first.map(() => 'first.csv'),
      ...rest.map(() => 'rest.arrow'),
    ]);
  });
});
