import { describe, expect, it } from 'vitest';
import { csv, excelDate, expectBothLanguages, only, workbookBytes } from './__fixtures__/compliance-files.fixtures';
import { readComplianceSteps, type ComplianceStepRow } from './compliance-steps.reader';

// Steps and outcomes recorded in bulk, by case number or by the employer's tax code: codes in any case, the forms
// that document one step, dates written either way or as date cells.

const brief = (rows: readonly ComplianceStepRow[]) =>
  rows.map((row) => [
    row.sourceRow,
    row.caseId ?? row.taxCode,
    row.action.type === 'step' ? row.action.step : row.action.outcome,
    row.on,
    row.document,
    row.workersRegistered,
    row.contributionRecovered,
  ]);

describe('readComplianceSteps: good files', () => {
  it('reads steps and outcomes by case number, with codes in any case and both date forms', async () => {
    const read = await readComplianceSteps([
      csv('buoc.csv', [
        ['case_id', 'step', 'date', 'document', 'workers_registered', 'contribution_recovered'],
        ['12', 'NOTICE_SENT', '2022-09-07', '125/TB-BHXH', '', ''],
        ['12', 'conference held', '20/09/2022', '', '', ''],
        ['13', 'Registered', '1/10/2022', '', '8', '12.800.000'],
        ['14', 'closed_dissolved', '2022-10-03', '7/BB', '', ''],
        ['15', 'PARTLY_REGISTERED', '2022-10-04', '', '0', ''],
      ]),
    ]);
    expect(read.problems).toEqual([]);
    expect(read.problemCount).toBe(0);
    expect(brief(read.rows)).toEqual([
      [2, 12, 'NOTICE_SENT', '2022-09-07', '125/TB-BHXH', null, null],
      [3, 12, 'CONFERENCE_HELD', '2022-09-20', null, null, null],
      [4, 13, 'REGISTERED', '2022-10-01', null, 8, 12_800_000],
      [5, 14, 'CLOSED_DISSOLVED', '2022-10-03', '7/BB', null, null],
      [6, 15, 'PARTLY_REGISTERED', '2022-10-04', null, 0, null],
    ]);
    expect(read.rows[0]).toMatchObject({ file: 'buoc.csv', caseId: 12, taxCode: null });
    expect(read.rows[2]?.action).toEqual({ type: 'outcome', outcome: 'REGISTERED' });
  });

  it('reads steps by tax code with Vietnamese headers and the form numbers of single steps', async () => {
    const read = await readComplianceSteps([
      csv(
        'buoc-mst.csv',
        [
          ['Mã số thuế', 'Bước', 'Ngày', 'Số hiệu', 'Số lao động tham gia', 'Số tiền thu được'],
          ['0101234567', '04-KT', '07/09/2022', '125/TB-BHXH', '', ''],
          ['0101234567', 'Mẫu 05-KT', '12/09/2022', '', '', ''],
          ['0101234567', '05a-kt', '21/10/2022', '', '', ''],
          ['0101234567', '06-KT', '26/10/2022', '3/BB-KT', '', ''],
          ['0101234567-001', 'PARTLY_REGISTERED', '01/11/2022', '', '3', '4.800.000'],
        ],
        ';',
      ),
    ]);
    expect(read.problems).toEqual([]);
    expect(brief(read.rows)).toEqual([
      [2, '0101234567', 'NOTICE_SENT', '2022-09-07', '125/TB-BHXH', null, null],
      [3, '0101234567', 'CONFERENCE_INVITED', '2022-09-12', null, null, null],
      [4, '0101234567', 'INSPECTION_SCHEDULED', '2022-10-21', null, null, null],
      [5, '0101234567', 'INSPECTION_DONE', '2022-10-26', '3/BB-KT', null, null],
      [6, '0101234567-001', 'PARTLY_REGISTERED', '2022-11-01', null, 3, 4_800_000],
    ]);
    expect(read.rows.every((row) => row.caseId === null)).toBe(true);
  });

  it('reads a workbook with a title line, date cells, and both a case and a tax code on a row', async () => {
    const rows = [
      ['Cập nhật kết quả xử lý đơn vị chưa tham gia'],
      ['Số hồ sơ', 'MST', 'Kết quả', 'Ngày', 'Số lao động tham gia'],
      [21, '0301112223', 'NOTICE_SENT', excelDate('2022-09-07'), null],
      [null, '0301112224', 'REGISTERED', excelDate('2022-09-30'), 4],
    ];
    const read = await readComplianceSteps([{ name: 'kq.xlsx', bytes: await workbookBytes([{ name: 'KQ', rows }]) }]);
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => [row.file, row.sourceRow, row.caseId, row.taxCode, row.on])).toEqual([
      ['kq.xlsx', 3, 21, '0301112223', '2022-09-07'],
      ['kq.xlsx', 4, null, '0301112224', '2022-09-30'],
    ]);
  });
});

describe('readComplianceSteps: problems', () => {
  const HEADER = ['case', 'tax_code', 'step', 'date', 'workers_registered', 'contribution_recovered'];

  it('refuses an outcome without its workers registered, and figures on rows that do not take them', async () => {
    const read = await readComplianceSteps([
      csv('kq.csv', [
        HEADER,
        ['1', '', 'REGISTERED', '2022-10-01', '', ''], // 2
        ['2', '', 'NOTICE_SENT', '2022-10-01', '4', ''], // 3
        ['3', '', 'CLOSED_NO_WORKERS', '2022-10-01', '0', ''], // 4
        ['4', '', 'CONFERENCE_HELD', '2022-10-01', '', '1.000.000'], // 5
        ['5', '', 'CLOSED_WRONG_DATA', '2022-10-01', '', ''], // 6: good
      ]),
    ]);
    expect(read.rows).toEqual([]);
    expect(read.problems.map((p) => [p.kind, p.row, p.column, p.columnNumber, p.value])).toEqual([
      ['MISSING_WORKERS_REGISTERED', 2, 'workers_registered', 5, null],
      ['FIGURE_NOT_ALLOWED', 3, 'workers_registered', 5, '4'],
      ['FIGURE_NOT_ALLOWED', 4, 'workers_registered', 5, '0'],
      ['FIGURE_NOT_ALLOWED', 5, 'contribution_recovered', 6, '1.000.000'],
    ]);
    expect(read.problems[0]?.message).toBe('REGISTERED needs the number of workers registered');
    expectBothLanguages(read.problems);

    const noColumn = await readComplianceSteps([
      csv('kq2.csv', [
        ['case', 'step', 'date'],
        ['1', 'REGISTERED', '2022-10-01'],
      ]),
    ]);
    expect(noColumn.problems).toEqual([
      expect.objectContaining({
        kind: 'MISSING_WORKERS_REGISTERED',
        file: 'kq2.csv',
        row: 2,
        column: 'workers_registered',
        columnNumber: null,
      }),
    ]);
  });

  it('refuses an unknown step, the list’s receipt, a form of two steps, impossible dates and unnamed cases', async () => {
    const read = await readComplianceSteps([
      csv('sai.csv', [
        HEADER,
        ['1', '', 'gửi thông báo', '2022-10-01', '', ''], // 2
        ['2', '', 'LIST_RECEIVED', '2022-10-01', '', ''], // 3
        ['3', '', '07-KT', '2022-10-01', '', ''], // 4
        ['4', '', 'NOTICE_SENT', '31/02/2022', '', ''], // 5
        ['5', '', 'NOTICE_SENT', '2022-02-30', '', ''], // 6
        ['6', '', 'NOTICE_SENT', '2022-10-01 14:30', '', ''], // 7
        ['', '', 'NOTICE_SENT', '2022-10-01', '', ''], // 8
        ['HS-7', '', 'NOTICE_SENT', '2022-10-01', '', ''], // 9
        ['', '0101 234 567', 'NOTICE_SENT', '2022-10-01', '', ''], // 10
        ['8', '', '', '', '', ''], // 11
      ]),
    ]);
    expect(read.rows).toEqual([]);
    expect(read.problems.map((p) => [p.kind, p.row, p.column, p.columnNumber, p.value])).toEqual([
      ['UNKNOWN_STEP', 2, 'step', 3, 'gửi thông báo'],
      ['UNKNOWN_STEP', 3, 'step', 3, 'LIST_RECEIVED'],
      ['UNKNOWN_STEP', 4, 'step', 3, '07-KT'],
      ['INVALID_DATE', 5, 'date', 4, '31/02/2022'],
      ['INVALID_DATE', 6, 'date', 4, '2022-02-30'],
      ['INVALID_DATE', 7, 'date', 4, '2022-10-01 14:30'],
      ['NO_CASE_OR_TAX_CODE', 8, 'case', 1, null],
      ['INVALID_CASE_ID', 9, 'case', 1, 'HS-7'],
      ['INVALID_TAX_CODE', 10, 'tax_code', 2, '0101 234 567'],
      ['EMPTY_CELL', 11, 'step', 3, null],
      ['EMPTY_CELL', 11, 'date', 4, null],
    ]);
    const [unknown, listReceived, twoSteps] = read.problems;
    expect(unknown?.fix).toContain('NOTICE_SENT');
    expect(unknown?.fix).toContain('04-KT for NOTICE_SENT');
    expect(unknown?.fix).toContain('CLOSED_WRONG_DATA');
    expect(unknown?.fix).not.toContain('LIST_RECEIVED');
    expect(listReceived?.message).toContain('importing the list');
    expect(twoSteps?.message).toContain('SPECIALISED_INSPECTION, POLICE_REFERRAL');
    expectBothLanguages(read.problems);
  });

  it('refuses a file with neither a case nor a tax code column', async () => {
    const read = await readComplianceSteps([
      csv('thieu.csv', [
        ['step', 'date'],
        ['NOTICE_SENT', '2022-10-01'],
      ]),
    ]);
    expect(read.rows).toEqual([]);
    expect(read.problems).toEqual([
      expect.objectContaining({ kind: 'MISSING_COLUMN', file: 'thieu.csv', row: 1, column: 'case', value: null }),
    ]);
    expect(only(read.problems, 'MISSING_COLUMN').fix).toContain('tax_code');
    expectBothLanguages(read.problems);
  });
});
