import type { Province } from '@scorecard/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { csv, expectBothLanguages, only, provinces, workbookBytes } from './__fixtures__/compliance-files.fixtures';
import type { ComplianceListProblem } from './compliance-import.errors';
import { readComplianceList, type ComplianceListContext, type ComplianceListRow } from './compliance-list.reader';

// A list of employers from the tax authority (Mẫu 02a-KT / 03a-KT), as provinces receive it: CSV saved from
// Excel in a Vietnamese locale, or a workbook with a title above the table.

let national: ComplianceListContext;
let all: Province[];
beforeAll(async () => {
  all = await provinces();
  national = { provinces: all, onlyProvince: null };
});

const HEADER_VI = [
  'STT',
  'Mã số thuế',
  'Tên đơn vị',
  'Địa chỉ',
  'Tỉnh/thành phố',
  'Quận/huyện',
  'Số lao động chưa tham gia',
  'Tổng quỹ lương (đồng)',
];

/** Three employers: a code and two names of provinces, grouped thousands, a branch, no wage fund on one. */
const LINES_VI = [
  ['1', '0101234567', 'Công ty TNHH Sao Mai', '12 Láng Hạ', '01', 'Đống Đa', '1.234', '1.500.000.000'],
  ['2', '0101234567-001', 'Chi nhánh Sao Mai Đà Nẵng', '', 'Đà Nẵng', 'Hải Châu', '12', ''],
  ['3', '0301112223', ' Công ty CP Bình Minh ', '5 Lê Lợi, Q.1', 'TP. Hồ Chí Minh', '', '7', '84,000,000'],
];

const EXPECTED: Omit<ComplianceListRow, 'file' | 'sourceRow'>[] = [
  {
    taxCode: '0101234567',
    employerName: 'Công ty TNHH Sao Mai',
    address: '12 Láng Hạ',
    provinceCode: '01',
    district: 'Đống Đa',
    workers: 1234,
    wageFund: 1_500_000_000,
  },
  {
    taxCode: '0101234567-001',
    employerName: 'Chi nhánh Sao Mai Đà Nẵng',
    address: '',
    provinceCode: '48',
    district: 'Hải Châu',
    workers: 12,
    wageFund: null,
  },
  {
    taxCode: '0301112223',
    employerName: 'Công ty CP Bình Minh',
    address: '5 Lê Lợi, Q.1',
    provinceCode: '79',
    district: '',
    workers: 7,
    wageFund: 84_000_000,
  },
];

const content = (rows: readonly ComplianceListRow[]) =>
  rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'file' && key !== 'sourceRow')));

/** The workbook of the list: a title and a blank row above the header, numbers in number cells. */
async function listWorkbook(lines: readonly (readonly (string | number | null)[])[] = LINES_VI) {
  const rows = [['DANH SÁCH ĐƠN VỊ CHƯA THAM GIA BHXH, BHYT (Mẫu 02a-KT)'], [], HEADER_VI, ...lines];
  return { name: 'ds-02a.xlsx', bytes: await workbookBytes([{ name: 'Danh sách', rows }]) };
}

describe('readComplianceList: a good list', () => {
  it('reads a CSV saved by Excel (";", BOM) with Vietnamese headers, codes and names of provinces', async () => {
    const file = csv('ds-02a.csv', [HEADER_VI, ...LINES_VI], ';');
    file.bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...file.bytes]);
    const read = await readComplianceList([file], national);
    expect(read.problems).toEqual([]);
    expect(read.problemCount).toBe(0);
    expect(content(read.rows)).toEqual(EXPECTED);
    expect(read.rows.map((row) => [row.file, row.sourceRow])).toEqual([
      ['ds-02a.csv', 2],
      ['ds-02a.csv', 3],
      ['ds-02a.csv', 4],
    ]);
  });

  it('reads the same list from a workbook whose header sits below a title, with number cells', async () => {
    const lines = LINES_VI.map(([n, tax, name, address, province, district, workers, wage]) => [
      Number(n),
      tax ?? '',
      name ?? '',
      address ?? '',
      province ?? '',
      district ?? '',
      Number((workers ?? '').replace(/\./g, '')),
      wage ? Number(wage.replace(/[.,]/g, '')) : null,
    ]);
    const read = await readComplianceList([await listWorkbook(lines)], national);
    expect(read.problems).toEqual([]);
    expect(content(read.rows)).toEqual(EXPECTED);
    expect(read.rows.map((row) => row.sourceRow)).toEqual([4, 5, 6]);
  });

  it('reads English headers with only the required columns, and a ten-digit tax code kept as a number', async () => {
    const rows = [
      ['tax_code', 'employer name', 'province', 'workers'],
      [9900001234, 'DN mẫu', 'Ha Noi', 3],
    ];
    const read = await readComplianceList([{ name: 'list.xlsx', bytes: await workbookBytes([{ name: 'S', rows }]) }], {
      provinces: all,
      onlyProvince: '01',
    });
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([
      {
        file: 'list.xlsx',
        sourceRow: 2,
        taxCode: '9900001234',
        employerName: 'DN mẫu',
        address: '',
        provinceCode: '01',
        district: '',
        workers: 3,
        wageFund: null,
      },
    ]);
  });
});

describe('readComplianceList: problems of the rows', () => {
  /** A list with one mistake per row; the first row is good. */
  const BAD = [
    ['Mã số thuế', 'Tên đơn vị', 'Tỉnh', 'Số lao động', 'Quỹ lương'],
    ['0101234567', 'Sao Mai', '01', '5', ''], // 2: good
    ['0101 234 567', 'Dấu cách', '01', '5', ''], // 3
    ['010.123.4568', 'Dấu chấm', '01', '5', ''], // 4
    ['12345', 'Ngắn', '01', '5', ''], // 5
    ['0101234569', '', '01', '5', ''], // 6
    ['0101234570', 'Không rõ tỉnh', 'Atlantis', '5', ''], // 7
    ['0101234571', 'Âm', '01', '-3', ''], // 8
    ['0101234572', 'Lẻ', '01', '12,5', ''], // 9
    ['0101234573', 'Chữ', '01', 'mười', ''], // 10
    ['0101234574', 'Triệu', '01', '5', '1,5'], // 11
  ];

  let problems: ComplianceListProblem[];
  beforeAll(async () => {
    const read = await readComplianceList([csv('loi.csv', BAD)], national);
    expect(read.rows).toEqual([]);
    expect(read.problemCount).toBe(read.problems.length);
    problems = read.problems;
  });

  it('refuses a tax code with spaces or dots inside, naming the digits to write', () => {
    const [spaces, dots] = problems.filter((p) => p.kind === 'INVALID_TAX_CODE' && p.row !== 5);
    expect(spaces).toMatchObject({
      file: 'loi.csv',
      row: 3,
      column: 'Mã số thuế',
      columnNumber: 1,
      value: '0101 234 567',
    });
    expect(spaces?.fix).toContain('0101234567');
    expect(spaces?.fixVi).toContain('0101234567');
    expect(dots).toMatchObject({ row: 4, value: '010.123.4568' });
    expect(dots?.fix).toContain('0101234568');
  });

  it('names every problem by file, row, column, its position and the value found', () => {
    const at = (row: number) =>
      problems.filter((p) => p.row === row).map((p) => [p.kind, p.column, p.columnNumber, p.value]);
    expect(at(2)).toEqual([]);
    expect(at(5)).toEqual([['INVALID_TAX_CODE', 'Mã số thuế', 1, '12345']]);
    expect(at(6)).toEqual([['EMPTY_CELL', 'Tên đơn vị', 2, null]]);
    expect(at(7)).toEqual([['UNKNOWN_PROVINCE', 'Tỉnh', 3, 'Atlantis']]);
    expect(at(8)).toEqual([['NEGATIVE_NUMBER', 'Số lao động', 4, '-3']]);
    expect(at(9)).toEqual([['NOT_A_WHOLE_NUMBER', 'Số lao động', 4, '12,5']]);
    expect(at(10)).toEqual([['NOT_A_NUMBER', 'Số lao động', 4, 'mười']]);
    expect(at(11)).toEqual([['NOT_A_WHOLE_NUMBER', 'Quỹ lương', 5, '1,5']]);
    expect(problems.every((p) => p.file === 'loi.csv')).toBe(true);
    expectBothLanguages(problems);
  });

  it('explains a tax code Excel stored as a number and so lost its leading zero', async () => {
    const read = await readComplianceList(
      [await listWorkbook([[1, 101234567, 'Sao Mai', '', '01', '', 5, null]])],
      national,
    );
    expect(read.rows).toEqual([]);
    expect(read.problems).toEqual([
      expect.objectContaining({
        kind: 'TAX_CODE_LOST_ZEROS',
        file: 'ds-02a.xlsx › Danh sách',
        row: 4,
        column: 'Mã số thuế',
        columnNumber: 2,
        value: '101234567',
      }),
    ]);
    const [problem] = read.problems;
    expect(problem?.message).toContain('leading zero');
    expect(problem?.fix).toMatch(/Text.*0101234567/);
    expect(problem?.fixVi).toMatch(/Text.*0101234567/);
    expectBothLanguages(read.problems);
  });

  it('refuses a tax code given twice, within a file and across files, naming the first row', async () => {
    const header = ['tax_code', 'name', 'province', 'workers'];
    const read = await readComplianceList(
      [
        csv('a.csv', [
          header,
          ['0101234567', 'A', '01', '1'],
          ['0101234568', 'B', '01', '1'],
          ['0101234567', 'A', '01', '2'],
        ]),
        csv('b.csv', [header, ['0101234568', 'B', '01', '1']]),
      ],
      national,
    );
    expect(read.rows).toEqual([]);
    expect(read.problems.map((p) => [p.kind, p.file, p.row, p.column, p.columnNumber, p.value])).toEqual([
      ['DUPLICATE_TAX_CODE', 'a.csv', 4, 'tax_code', 1, '0101234567'],
      ['DUPLICATE_TAX_CODE', 'b.csv', 2, 'tax_code', 1, '0101234568'],
    ]);
    expect(read.problems[0]?.message).toContain('row 2 of a.csv');
    expect(read.problems[1]?.messageVi).toContain('dòng 3 của a.csv');
    expectBothLanguages(read.problems);
  });

  it('refuses, for a province importing its own list, a row of another province', async () => {
    const file = csv('hn.csv', [
      ['tax_code', 'name', 'province', 'workers'],
      ['0101234567', 'A', 'Hà Nội', '1'],
      ['0301112223', 'B', '79', '1'],
    ]);
    const own = await readComplianceList([file], { provinces: all, onlyProvince: '01' });
    const problem = only(own.problems, 'OTHER_PROVINCE');
    expect(own.rows).toEqual([]);
    expect(problem).toMatchObject({ file: 'hn.csv', row: 3, column: 'province', columnNumber: 3, value: '79' });
    expect(problem.message).toContain('province 79 (Hồ Chí Minh)');
    expect(problem.message).toContain('you import for province 01 (Hà Nội)');
    expectBothLanguages(own.problems);
    // Headquarters imports the same list as it is.
    expect((await readComplianceList([file], national)).rows).toHaveLength(2);
    await expect(readComplianceList([file], { provinces: all, onlyProvince: '00' })).rejects.toThrow(RangeError);
  });

  it('returns no row of a good file when another file has a problem', async () => {
    const good = csv('good.csv', [HEADER_VI, ...LINES_VI]);
    const read = await readComplianceList([good, csv('bad.csv', [BAD[0]!, BAD[2]!])], national);
    expect(read.rows).toEqual([]);
    expect(read.problems.map((p) => [p.file, p.row, p.kind])).toEqual([['bad.csv', 2, 'INVALID_TAX_CODE']]);
  });

  it('lists the first problems of a file of junk and counts them all', async () => {
    const lines = Array.from({ length: 250 }, (_, i) => [`x${i}`, 'A', '01', '1']);
    const read = await readComplianceList(
      [csv('junk.csv', [['tax_code', 'name', 'province', 'workers'], ...lines])],
      national,
    );
    expect(read.problemCount).toBe(250);
    expect(read.problems).toHaveLength(201);
    expect(read.problems.at(-1)).toMatchObject({ kind: 'TOO_MANY_PROBLEMS', value: '250' });
  });
});

describe('readComplianceList: problems of the files and headers', () => {
  it('refuses an unknown, a doubled or a missing column, and an amount in millions', async () => {
    const read = await readComplianceList(
      [
        csv('cot.csv', [
          ['Mã số thuế', 'Tên đơn vị', 'MST', 'Số lao động', 'Quỹ lương (triệu đồng)', 'Ngành nghề', 'Ghi chú'],
          ['0101234567', 'A', '0101234567', '1', '1,5', 'May mặc', ''],
        ]),
      ],
      national,
    );
    expect(read.rows).toEqual([]);
    expect(read.problems.map((p) => [p.kind, p.row, p.column, p.columnNumber, p.value])).toEqual([
      ['DUPLICATE_COLUMN', 1, 'MST', 3, 'MST'],
      ['WRONG_UNIT', 1, 'Quỹ lương (triệu đồng)', 5, 'Quỹ lương (triệu đồng)'],
      ['UNKNOWN_COLUMN', 1, 'Ngành nghề', 6, 'Ngành nghề'],
      ['MISSING_COLUMN', 1, 'province', null, null],
    ]);
    expect(only(read.problems, 'UNKNOWN_COLUMN').fix).toContain('tax_code, name, address, province');
    expectBothLanguages(read.problems);
  });

  it('refuses an empty file, a header without rows, another format and no file at all', async () => {
    const header = ['tax_code', 'name', 'province', 'workers'];
    const read = await readComplianceList(
      [
        { name: 'rong.csv', bytes: new Uint8Array() },
        csv('tieu-de.csv', [header]),
        { name: 'tieu-de.xlsx', bytes: await workbookBytes([{ name: 'S', rows: [['Danh sách'], header] }]) },
        { name: 'ds.pdf', bytes: new TextEncoder().encode('%PDF-1.4') },
        { name: 'ds.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) },
      ],
      national,
    );
    expect(read.rows).toEqual([]);
    expect(read.problems.map((p) => [p.kind, p.file, p.value])).toEqual([
      ['EMPTY_FILE', 'rong.csv', null],
      ['EMPTY_FILE', 'tieu-de.csv', null],
      ['EMPTY_FILE', 'tieu-de.xlsx › S', null],
      ['UNSUPPORTED_FILE', 'ds.pdf', '.pdf'],
      ['UNSUPPORTED_FILE', 'ds.xls', '.xls'],
    ]);
    // Said in the words of a list, not of a report of actuals.
    for (const problem of read.problems) expect(problem.fix).not.toMatch(/metric|report_date/);
    expect(read.problems[0]?.fix).toContain('tax_code, name, province, workers');
    expect(read.problems[4]?.fix).toContain('.xlsx');
    expectBothLanguages(read.problems);
    expect((await readComplianceList([], national)).problems).toEqual([
      expect.objectContaining({ kind: 'EMPTY_FILE', file: '(no file)' }),
    ]);
  });

  it('refuses a table far wider than a list in one problem, in the words of a list', async () => {
    const header = [...['tax_code', 'name', 'province', 'workers'], ...Array.from({ length: 70 }, (_, i) => `c${i}`)];
    const read = await readComplianceList([csv('rong.csv', [header])], national);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ kind: 'TOO_MANY_COLUMNS', file: 'rong.csv', value: '74 columns' });
    expect(read.problems[0]?.message).toBe('the table has 74 columns; at most 64 are read');
    expect(read.problems[0]?.fix).toContain('tax_code, name');
    expectBothLanguages(read.problems);
  });
});
