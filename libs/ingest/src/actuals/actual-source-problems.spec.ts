import { Bool, Float64, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DAMAGED_ARROW_FILE,
  HEADER,
  actualsContext,
  csvFile,
  excelDate,
  fixtureArrowBytes,
  parquetBytes,
  workbookBytes,
  type ParquetSpec,
} from './__fixtures__/actual-sources.fixtures';
import { readActualArrow } from './actual-arrow.reader';
import {
  ActualImportError,
  readActualSources,
  type ActualImportProblem,
  type ActualSourceContext,
  type ActualSourceFile,
} from './actual-source.reader';

// Files with hard errors are refused with every problem listed (kind, file, row, column as named in the file,
// value, message, fix) and no row at all; nothing about their content makes the reader throw.

let context: ActualSourceContext;
beforeAll(async () => {
  context = await actualsContext();
});

type Summary = [ActualImportProblem['kind'], number | null, string | null];
const summary = (problems: readonly ActualImportProblem[]): Summary[] => problems.map((p) => [p.kind, p.row, p.column]);
const byRow = (a: Summary, b: Summary) => (a[1] ?? 0) - (b[1] ?? 0) || a[0].localeCompare(b[0]);

async function refused(files: readonly ActualSourceFile[]): Promise<ActualImportProblem[]> {
  const read = await readActualSources(files, context);
  expect(read.rows).toEqual([]);
  expect(read.problems.length).toBeGreaterThan(0);
  for (const problem of read.problems) {
    expect(problem.message.length).toBeGreaterThan(0);
    expect(problem.fix.length).toBeGreaterThan(0);
  }
  return read.problems;
}

const find = (problems: readonly ActualImportProblem[], kind: ActualImportProblem['kind'], row?: number) => {
  const found = problems.find((p) => p.kind === kind && (row === undefined || p.row === row));
  if (!found) throw new Error(`no ${kind} problem${row === undefined ? '' : ` on row ${row}`}`);
  return found;
};

describe('readActualSources refuses a CSV file', () => {
  const lines = [
    HEADER, // 1
    ['1', 'revenue', '2021-10-15', '5', ''], // 2: code without its leading zero
    ['Ha Noy', 'revenue', '2021-10-15', '5', ''], // 3: unknown name
    ['01', 'revenu', '2021-10-15', '5', ''], // 4
    ['01', 'revenue', '30/02/2021', '5', ''], // 5
    ['01', 'revenue', '2022-01-15', '5', ''], // 6
    ['01', 'revenue', '2021-10-15', 'abc', ''], // 7
    ['01', 'revenue', '2021-10-16', '-5', ''], // 8
    ['01', 'dev_compulsory_si', '2021-10-16', '12.5', ''], // 9: persons are whole
    ['01', 'revenue', '2021-10-17', '5', 'yesterday'], // 10
    ['01', 'revenue'], // 11: too few cells
    ['02', 'revenue', '2021-10-15', '7', '2021-10-15T16:00:00'], // 12
    ['02', 'revenue', '2021-10-15', '8', '15/10/2021 16:00'], // 13: same key and time as line 12, another value
    ['', 'revenue', '2021-10-15', '5', ''], // 14
    ['04', 'revenue', '2021-10-15', '9', '', 'extra'], // 15: too many cells
  ];

  it('with every problem of every row, and no row', async () => {
    const problems = await refused([csvFile('bao-cao.csv', lines)]);
    expect(summary(problems).sort(byRow)).toEqual(
      [
        ['UNKNOWN_PROVINCE', 2, 'province'],
        ['UNKNOWN_PROVINCE', 3, 'province'],
        ['UNKNOWN_METRIC', 4, 'metric'],
        ['INVALID_DATE', 5, 'report_date'],
        ['DATE_OUTSIDE_PERIOD', 6, 'report_date'],
        ['NOT_A_NUMBER', 7, 'value'],
        ['NEGATIVE_NUMBER', 8, 'value'],
        ['NOT_A_WHOLE_NUMBER', 9, 'value'],
        ['INVALID_TIMESTAMP', 10, 'submitted_at'],
        ['MALFORMED_ROW', 11, null],
        ['CONFLICTING_ROWS', 13, 'value'],
        ['EMPTY_CELL', 14, 'province'],
        ['MALFORMED_ROW', 15, null],
      ].sort((a, b) => byRow(a as Summary, b as Summary)),
    );
    expect(problems.every((p) => p.file === 'bao-cao.csv')).toBe(true);
  });

  it('saying what was found and what to do', async () => {
    const problems = await refused([csvFile('bao-cao.csv', lines)]);
    expect(find(problems, 'UNKNOWN_PROVINCE', 2)).toMatchObject({ value: '1' });
    expect(find(problems, 'UNKNOWN_PROVINCE', 2).fix).toContain('"01"');
    expect(find(problems, 'UNKNOWN_PROVINCE', 3).fix).toContain('Hà Nội');
    expect(find(problems, 'UNKNOWN_METRIC').fix).toContain('revenue');
    expect(find(problems, 'DATE_OUTSIDE_PERIOD')).toMatchObject({ value: '2022-01-15' });
    expect(find(problems, 'DATE_OUTSIDE_PERIOD').message).toContain('2021-01-01 to 2021-12-31');
    expect(find(problems, 'NEGATIVE_NUMBER')).toMatchObject({ value: '-5' });
    expect(find(problems, 'MALFORMED_ROW', 11).message).toContain('2 cells, the header has 5');
    expect(find(problems, 'CONFLICTING_ROWS')).toMatchObject({ value: '8' });
    expect(find(problems, 'CONFLICTING_ROWS').message).toContain('bao-cao.csv row 12');
  });

  it('when two rows of two files give different values for the same figure', async () => {
    const first = csvFile('a.csv', [HEADER, ['01', 'revenue', '2021-10-15', '5', '']]);
    const second = csvFile('b.csv', [HEADER, ['Hà Nội', 'Thu', '15/10/2021', '6', '']]);
    const problems = await refused([first, second]);
    expect(problems.map((p) => [p.kind, p.file, p.row, p.column])).toEqual([['CONFLICTING_ROWS', 'b.csv', 2, 'value']]);
    expect(problems[0]?.message).toContain('a.csv row 2');
  });

  it('when its header lacks a column, names one twice or has an unknown one', async () => {
    const problems = await refused([
      csvFile('cols.csv', [
        ['Tỉnh', 'metric', 'Giá trị', 'Ghi chú', 'don vi', 'Chỉ tiêu'],
        ['01', 'revenue', '5', '', '', 'revenue'],
      ]),
    ]);
    expect(summary(problems)).toEqual([
      ['UNKNOWN_COLUMN', 1, 'don vi'],
      ['DUPLICATE_COLUMN', 1, 'Chỉ tiêu'],
      ['MISSING_COLUMN', 1, 'report_date'],
    ]);
  });

  it('when a line is not valid CSV, and still checks the other lines', async () => {
    const text = `${HEADER.join(',')}\n01,revenue,2021-10-15,5,\n01,"revenue"x,2021-10-16,5,\n01,revenue,2021-10-17,-1,\n`;
    const problems = await refused([{ name: 'quotes.csv', bytes: new TextEncoder().encode(text) }]);
    expect(summary(problems)).toEqual([
      ['MALFORMED_ROW', 3, null],
      ['NEGATIVE_NUMBER', 4, 'value'],
    ]);
  });

  it('when it is empty, has no row, or no file is given', async () => {
    expect(summary(await refused([{ name: 'empty.csv', bytes: new Uint8Array() }]))).toEqual([
      ['EMPTY_FILE', null, null],
    ]);
    expect(summary(await refused([csvFile('header.csv', [HEADER])]))).toEqual([['EMPTY_FILE', null, null]]);
    expect(summary(await refused([]))).toEqual([['EMPTY_FILE', null, null]]);
  });

  it('when it is not text, or is another format under a CSV name', async () => {
    const latin1 = await refused([
      { name: 'latin1.csv', bytes: Uint8Array.from([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0x69]) },
    ]);
    expect(summary(latin1)).toEqual([['UNREADABLE_FILE', null, null]]);
    expect(latin1[0]?.fix).toContain('UTF-8');
    const workbook = await workbookBytes([{ name: 'S', rows: [HEADER] }]);
    const renamed = await refused([{ name: 'report.csv', bytes: workbook }]);
    expect(renamed[0]?.fix).toContain('.xlsx');
  });

  it('when a submission time is not a time', async () => {
    const times = ['2021-10-15', '32/10/2021 10:00', '2021-10-15T25:00', '2021-10-15T10:00+25:00'];
    const problems = await refused([
      csvFile('times.csv', [
        HEADER,
        ...times.map((time, index) => ['01', 'revenue', `2021-10-${10 + index}`, '5', time]),
      ]),
    ]);
    expect(summary(problems)).toEqual(
      times.map((_, index): Summary => ['INVALID_TIMESTAMP', index + 2, 'submitted_at']),
    );
    expect(problems[0]?.message).toContain('no time of day');
  });
});

describe('readActualSources refuses a file of another format', () => {
  it('unsupported, with what to do', async () => {
    const problems = await refused([
      { name: 'bao-cao.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) },
      { name: 'bao-cao.json', bytes: new TextEncoder().encode('[]') },
      { name: 'bao-cao', bytes: new TextEncoder().encode('province') },
    ]);
    expect(problems.map((p) => [p.kind, p.file, p.value])).toEqual([
      ['UNSUPPORTED_FILE', 'bao-cao.xls', '.xls'],
      ['UNSUPPORTED_FILE', 'bao-cao.json', '.json'],
      ['UNSUPPORTED_FILE', 'bao-cao', null],
    ]);
    expect(problems[0]?.fix).toContain('.xlsx');
  });

  it('unreadable: damaged bytes under a workbook, Parquet or Arrow name, or one format named as another', async () => {
    const garbage = new TextEncoder().encode('this is not a spreadsheet');
    const parquet = await parquetBytes({ columns: [{ name: 'province', type: 'VARCHAR' }], rows: [['01']] });
    const problems = await refused([
      { name: 'a.xlsx', bytes: garbage },
      { name: 'b.parquet', bytes: garbage },
      { name: 'c.parquet', bytes: parquet.slice(0, parquet.length - 20) },
      { name: 'd.arrow', bytes: garbage },
      { name: 'e.arrow', bytes: parquet },
      { name: 'f.parquet', bytes: fixtureArrowBytes('file') },
    ]);
    expect(problems.map((p) => [p.kind, p.file])).toEqual(
      ['a.xlsx', 'b.parquet', 'c.parquet', 'd.arrow', 'e.arrow', 'f.parquet'].map((file) => ['UNREADABLE_FILE', file]),
    );
    expect(problems[4]?.fix).toContain('.parquet');
    expect(problems[5]?.fix).toContain('.arrow');
  });

  it('unreadable: an Arrow file whose damaged metadata would exhaust memory, in bounded time', async () => {
    const started = Date.now();
    const read = await readActualArrow('damaged.arrow', DAMAGED_ARROW_FILE, { timeoutMs: 10_000, maxMemoryMb: 64 });
    expect(summary(read.problems)).toEqual([['UNREADABLE_FILE', null, null]]);
    expect(read.tables).toEqual([]);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('unreadable: an Arrow file that takes longer than the time limit', async () => {
    const read = await readActualArrow('slow.arrow', fixtureArrowBytes('file'), { timeoutMs: 1, maxMemoryMb: 64 });
    expect(read.problems.map((p) => [p.kind, p.message])).toEqual([
      ['UNREADABLE_FILE', 'the file cannot be read as Arrow IPC: reading it took longer than 0.001 s'],
    ]);
  });
});

describe('readActualSources refuses a Parquet file', () => {
  const typed: ParquetSpec = {
    columns: [
      { name: 'Tỉnh', type: 'VARCHAR' },
      { name: 'metric', type: 'VARCHAR' },
      { name: 'report_date', type: 'DATE' },
      { name: 'value', type: 'DOUBLE' },
      { name: 'submitted_at', type: 'TIMESTAMP' },
    ],
    rows: [
      ['Ha Noy', 'revenue', '2021-10-15', 5, null], // 1
      ['01', 'revenu', '2021-10-15', 5, null], // 2
      ['01', 'revenue', '2022-01-15', 5, null], // 3
      ['01', 'revenue', '2021-10-16', -5, null], // 4
      ['01', 'revenue', '2021-10-17', 'NaN', null], // 5
      ['01', 'dev_voluntary_si', '2021-10-17', 12.5, null], // 6
      ['02', 'revenue', '2021-10-15', 7, '2021-10-15 16:00:00'], // 7
      ['02', 'revenue', '2021-10-15', 8, '2021-10-15 16:00:00'], // 8
      [null, 'revenue', '2021-10-15', 8, null], // 9
      ['04', 'revenue', null, 8, null], // 10
    ],
  };

  it('with every problem of a typed file, row by record', async () => {
    const problems = await refused([{ name: 'typed.parquet', bytes: await parquetBytes(typed) }]);
    expect(summary(problems)).toEqual([
      ['UNKNOWN_PROVINCE', 1, 'Tỉnh'],
      ['UNKNOWN_METRIC', 2, 'metric'],
      ['DATE_OUTSIDE_PERIOD', 3, 'report_date'],
      ['NEGATIVE_NUMBER', 4, 'value'],
      ['NOT_A_NUMBER', 5, 'value'],
      ['NOT_A_WHOLE_NUMBER', 6, 'value'],
      ['EMPTY_CELL', 9, 'Tỉnh'],
      ['EMPTY_CELL', 10, 'report_date'],
      ['CONFLICTING_ROWS', 8, 'value'],
    ]);
    expect(find(problems, 'CONFLICTING_ROWS').message).toContain('typed.parquet row 7');
  });

  it('with the problems of text columns: dates, numbers and times', async () => {
    const text: ParquetSpec = {
      columns: ['province', 'metric', 'report_date', 'value', 'submitted_at'].map((name) => ({
        name,
        type: 'VARCHAR',
      })),
      rows: [
        ['01', 'revenue', '31/02/2021', '5', ''],
        ['01', 'revenue', '2021-10-15', '5 triệu', ''],
        ['01', 'revenue', '2021-10-16', '5', 'soon'],
        ['01', 'revenue', '15/10/2021', '1.234,5', '15/10/2021 16:30'],
      ],
    };
    const problems = await refused([{ name: 'text.parquet', bytes: await parquetBytes(text) }]);
    expect(summary(problems)).toEqual([
      ['INVALID_DATE', 1, 'report_date'],
      ['NOT_A_NUMBER', 2, 'value'],
      ['INVALID_TIMESTAMP', 3, 'submitted_at'],
    ]);
  });

  it('with missing and unknown columns, and without rows', async () => {
    const problems = await refused([
      {
        name: 'cols.parquet',
        bytes: await parquetBytes({
          columns: [
            { name: 'province', type: 'VARCHAR' },
            { name: 'metric', type: 'VARCHAR' },
            { name: 'ngay', type: 'DATE' },
            { name: 'value', type: 'DOUBLE' },
          ],
          rows: [['01', 'revenue', '2021-10-15', 1]],
        }),
      },
      { name: 'empty.parquet', bytes: await parquetBytes({ columns: typedColumns(), rows: [] }) },
    ]);
    expect(problems.map((p) => [p.kind, p.file, p.row, p.column])).toEqual([
      ['UNKNOWN_COLUMN', 'cols.parquet', null, 'ngay'],
      ['MISSING_COLUMN', 'cols.parquet', null, 'report_date'],
      ['EMPTY_FILE', 'empty.parquet', null, null],
    ]);
  });

  function typedColumns() {
    return typed.columns.map((column) => ({ ...column }));
  }
});

describe('readActualSources refuses an Arrow file', () => {
  it('with the problems of its records and columns', async () => {
    const table = new Table({
      province: vectorFromArray(['01', 'Hà Nội', 'Sài Gòn'], new Utf8()),
      metric: vectorFromArray(['revenue', 'revenue', 'revenue'], new Utf8()),
      report_date: vectorFromArray(['2021-10-15', '15/10/2021', '2021-13-01'], new Utf8()),
      value: vectorFromArray([1, -2, 3], new Float64()),
      submitted_at: vectorFromArray([true, null, null], new Bool()),
    });
    const problems = await refused([{ name: 'rows.arrows', bytes: tableToIPC(table, 'stream') }]);
    expect(summary(problems)).toEqual([
      ['INVALID_TIMESTAMP', 1, 'submitted_at'],
      ['NEGATIVE_NUMBER', 2, 'value'],
      ['UNKNOWN_PROVINCE', 3, 'province'],
      ['INVALID_DATE', 3, 'report_date'],
    ]);
    const noValue = new Table({
      province: vectorFromArray(['01'], new Utf8()),
      metric: vectorFromArray(['revenue'], new Utf8()),
    });
    expect(summary(await refused([{ name: 'cols.arrow', bytes: tableToIPC(noValue, 'file') }]))).toEqual([
      ['MISSING_COLUMN', null, 'report_date'],
      ['MISSING_COLUMN', null, 'value'],
    ]);
  });
});

describe('readActualSources refuses a workbook', () => {
  it('with the problems of its rows, pointing at the sheet', async () => {
    const bytes = await workbookBytes([
      {
        name: 'Tháng 10',
        rows: [
          HEADER,
          ['01', 'revenue', excelDate('2021-10-15'), 5, excelDate('2021-10-15T16:30:00')],
          ['01', 'revenue', 44484, 5, null], // a date serial without a date format
          ['01', 'revenue', excelDate('2021-10-16T10:00:00'), 5, null], // a report date with a time
          ['01', 'revenue', excelDate('2021-10-17'), 5, null, 'stray'], // a cell outside the table
          ['1', 'nonsense', excelDate('2021-10-18'), { formula: '1/0', result: { error: '#DIV/0!' } }, null],
        ],
      },
    ]);
    const problems = await refused([{ name: 'book.xlsx', bytes }]);
    expect(problems.map((p) => [p.kind, p.file, p.row, p.column])).toEqual([
      ['MALFORMED_ROW', 'book.xlsx › Tháng 10', 5, null],
      ['INVALID_DATE', 'book.xlsx › Tháng 10', 3, 'report_date'],
      ['INVALID_DATE', 'book.xlsx › Tháng 10', 4, 'report_date'],
      ['UNKNOWN_PROVINCE', 'book.xlsx › Tháng 10', 6, 'province'],
      ['UNKNOWN_METRIC', 'book.xlsx › Tháng 10', 6, 'metric'],
      ['NOT_A_NUMBER', 'book.xlsx › Tháng 10', 6, 'value'],
    ]);
    expect(find(problems, 'MALFORMED_ROW').message).toContain('F5');
    expect(find(problems, 'NOT_A_NUMBER').value).toBe('#DIV/0!');
  });

  it('without a sheet holding a report, naming the missing columns', async () => {
    const bytes = await workbookBytes([
      {
        name: 'S',
        rows: [
          ['Tỉnh', 'Số liệu'],
          ['01', 5],
        ],
      },
    ]);
    const problems = await refused([{ name: 'book.xlsx', bytes }]);
    expect(summary(problems)).toEqual([
      ['UNKNOWN_COLUMN', 1, 'Số liệu'],
      ['MISSING_COLUMN', 1, 'metric'],
      ['MISSING_COLUMN', 1, 'report_date'],
      ['MISSING_COLUMN', 1, 'value'],
    ]);
    const empty = await refused([{ name: 'empty.xlsx', bytes: await workbookBytes([{ name: 'S', rows: [] }]) }]);
    expect(summary(empty)).toEqual([['EMPTY_FILE', null, null]]);
  });
});

describe('ActualImportError', () => {
  it('summarises every problem with its place, value and fix', () => {
    const error = new ActualImportError([
      {
        kind: 'NEGATIVE_NUMBER',
        file: 'a.csv',
        row: 4,
        column: 'value',
        columnNumber: 4,
        value: '-5',
        message: 'negative',
        messageVi: 'số âm',
        fix: 'Fix it.',
        fixVi: 'Sửa lại.',
      },
      {
        kind: 'EMPTY_FILE',
        file: 'b.csv',
        row: null,
        column: null,
        columnNumber: null,
        value: null,
        message: 'empty',
        messageVi: 'trống',
        fix: 'Fill it.',
        fixVi: 'Điền vào.',
      },
    ]);
    expect(error.code).toBe('ACTUAL_IMPORT_INVALID');
    expect(error.message).toBe(
      'The actuals cannot be imported (2 problems):\n' +
        '- a.csv, row 4, column "value": negative (found "-5"). Fix: Fix it.\n' +
        '- b.csv: empty. Fix: Fill it.',
    );
  });
});
