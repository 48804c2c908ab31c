import { readFileSync } from 'node:fs';
import { METRICS } from '@scorecard/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { HEADER, PERIOD, actualsContext, csvFile, workbookBytes } from './actuals/__fixtures__/actual-sources.fixtures';
import type { ActualImportProblem } from './actuals/actual-import.errors';
import { readActualSources, type ActualSourceContext, type ActualSourceFile } from './actuals/actual-source.reader';
import { validateReportForm } from './actuals/report-form.validator';
import {
  PERIOD_MONTHS,
  PLAN_DIR,
  renderText,
  repoRoot,
  seedModel,
  textFile,
} from './plan/__fixtures__/published-2021.fixtures';
import { PlanImportError, type PlanImportProblem } from './plan/plan-import.errors';
import { parsePlanManifest } from './plan/plan-manifest';
import { readPlanSources, type PlanSourceContext, type PlanSourceFile } from './plan/plan-source.reader';

// Every problem of a refused import says what is wrong and what to do in Vietnamese too (messageVi, fixVi), for
// the agency's users: in words of its own, with the values echoed from the file as the English has them. Bad
// files go through the real readers, so every path a problem takes (reader processes included) is covered.

type Problem = PlanImportProblem | ActualImportProblem;

/** A letter only Vietnamese writes among the languages these texts mix (English, file names, codes). */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** What a problem echoes from the file; of "6 cells" or "row 5,001", which the reader words itself, the number. */
const echoed = (value: string) => value.replace(/^row /, '').replace(/ (?:cells|fields|rows|columns)$/, '');

function expectVietnamese(problems: readonly Problem[]): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    const label = `${problem.kind}: ${problem.message}`;
    expect(problem.messageVi.trim(), label).not.toBe('');
    expect(problem.fixVi.trim(), label).not.toBe('');
    expect(problem.messageVi, label).toMatch(VIETNAMESE);
    expect(problem.fixVi, label).toMatch(VIETNAMESE);
    expect(problem.messageVi, label).not.toBe(problem.message);
    expect(problem.fixVi, label).not.toBe(problem.fix);
    if (problem.value !== null && problem.message.includes(problem.value)) {
      expect(problem.messageVi, label).toContain(echoed(problem.value));
    }
  }
}

const kindsOf = (problems: readonly Problem[]) => [...new Set(problems.map((p) => p.kind))].sort();

describe('plan problems in Vietnamese', () => {
  let context: PlanSourceContext;
  beforeAll(async () => {
    const { provinces } = await actualsContext();
    context = { periodMonths: PERIOD_MONTHS, provinces, metrics: METRICS };
  });

  const read = async (files: readonly PlanSourceFile[]) => (await readPlanSources(files, context)).problems;

  it('of a broken text table: names, numbers, cells, a month outside the period', async () => {
    const model = seedModel('03');
    const rows = model.rows.map((row) => [...row]);
    const set = (row: number, column: number, value: string) => {
      const cells = rows[row];
      if (cells) cells[column - 1] = value;
    };
    set(2, 2, 'An Giangg'); // unknown name; An Giang then has no row
    set(5, 2, 'Hà Nội'); // Hà Nội twice
    set(7, 3, '6a');
    set(8, 4, '-96');
    rows[9]?.pop(); // a cell short
    const problems = await read([textFile('appendix-03.txt', renderText({ ...model, rows }))]);
    expect(kindsOf(problems)).toEqual([
      'CELL_COUNT',
      'DUPLICATE_PROVINCE',
      'MISSING_PROVINCE',
      'NEGATIVE_NUMBER',
      'NOT_A_NUMBER',
      'UNKNOWN_PROVINCE',
    ]);
    expectVietnamese(problems);
    const duplicate = problems.find((p) => p.kind === 'DUPLICATE_PROVINCE');
    expect(duplicate?.messageVi).toBe('tỉnh mã 01 đã có ở dòng 8 ("Hà Nội")');
    expect(problems.find((p) => p.kind === 'UNKNOWN_PROVINCE')?.fixVi).toContain('An Giang');
    expect(problems.filter((p) => p.kind === 'MISSING_PROVINCE').map((p) => p.messageVi)).toEqual([
      'Bắc Giang (mã 24) không có dòng nào',
      'An Giang (mã 89) không có dòng nào',
    ]);

    const header = model.header.map((line) => [...line]);
    const months = header[1];
    if (months) months[6] = 'Tháng 1/2022';
    const outside = await read([textFile('appendix-03.txt', renderText({ ...model, header }))]);
    expect(outside.map((p) => [p.kind, p.messageVi])).toEqual([
      ['MONTH_OUTSIDE_PERIOD', '"Tháng 1/2022" nằm ngoài kỳ kế hoạch: kỳ kế hoạch từ 2021-09 đến 2021-12'],
    ]);
    expectVietnamese(outside);
  });

  it('of a long CSV, a file of another format and no file at all', async () => {
    const csv = [
      'province,metric,month,value,note',
      '1,overdue_unit_inspections,2021-09,5,', // a code without its leading zero
      'Ha Noy,overdue_unit_inspections,2021-09,5,',
      '01,inspections,2021-09,5,',
      '01,overdue_unit_inspections,2021-13,5,',
      '01,overdue_unit_inspections,2021-10,"1,5",',
      '01,overdue_unit_inspections,2021-11,5',
      '01,overdue_unit_inspections,2021-12,"7"x,',
    ].join('\n');
    const problems = await read([textFile('plan.csv', csv)]);
    expect(kindsOf(problems)).toEqual(
      expect.arrayContaining([
        'CELL_COUNT',
        'MALFORMED_LINE',
        'NOT_A_NUMBER',
        'UNEXPECTED_HEADER',
        'UNKNOWN_METRIC',
        'UNKNOWN_MONTH',
        'UNKNOWN_PROVINCE',
      ]),
    );
    expectVietnamese(problems);
    expect(problems.find((p) => p.kind === 'MALFORMED_LINE')?.messageVi).toMatch(/^dòng không đúng định dạng CSV \(/);

    const others = await read([
      { name: 'phu-luc.pdf', bytes: new TextEncoder().encode('%PDF-1.4') },
      textFile('appendix.txt', 'PK\u0003\u0004'),
    ]);
    expect(others.map((p) => p.kind)).toEqual(['UNSUPPORTED_FILE', 'UNREADABLE_FILE']);
    expectVietnamese(others);
    expectVietnamese(await read([]));
  });

  it('of a broken workbook, read in a reader process', async () => {
    const problems = await read([{ name: 'book.xlsx', bytes: new TextEncoder().encode('not a zip') }]);
    expect(problems.map((p) => p.kind)).toEqual(['UNREADABLE_FILE']);
    expectVietnamese(problems);
    expect(problems[0]?.messageVi).toMatch(/^không mở được tệp dưới dạng tệp Excel \(\.xlsx\): /);
  });

  it('of a manifest: our checks and zod’s own issues', () => {
    const shipped = JSON.parse(readFileSync(`${repoRoot}${PLAN_DIR}/manifest.json`, 'utf8')) as Record<string, unknown>;
    const broken = {
      ...shipped,
      title: undefined,
      periodStart: '2021-09-31',
      reportDays: [0, 'first'],
      unitSet: 'vn34',
      tables: [
        { file: 'appendix-01.txt', appendix: '01', metrics: ['dev_compulsory_si', 'new_members'] },
        { file: '../appendix-02.txt', appendix: '2', metrics: [] },
      ],
    };
    let problems: readonly PlanImportProblem[] = [];
    try {
      parsePlanManifest(JSON.stringify(broken), 'manifest.json');
    } catch (error) {
      if (!(error instanceof PlanImportError)) throw error;
      problems = error.problems;
    }
    expect(problems.map((p) => p.messageVi)).toEqual([
      'title: thiếu mục này (bắt buộc)',
      'periodStart: phải là một ngày có thật, viết theo dạng YYYY-MM-DD',
      'reportDays.0: không được nhỏ hơn 1',
      'reportDays.1: không khớp với dạng nào được chấp nhận',
      'unitSet: phải là "vn63-2004" hoặc "vn34-2025"',
      'tables.0.metrics.1: không phải là mã chỉ tiêu trong data/reference/metrics.json',
      'tables.1.file: phải là tên một tệp .txt, .tsv, .xlsx hoặc .csv nằm trong thư mục kế hoạch',
      'tables.1.appendix: phải là số phụ lục gồm hai chữ số, ví dụ "01"',
      'tables.1.metrics: phải có ít nhất 1 phần tử',
    ]);
    expect(problems[0]?.fixVi).toBe('Sửa mục "title" trong manifest.json.');
    expectVietnamese(problems);
  });
});

describe('actuals problems in Vietnamese', () => {
  let context: ActualSourceContext;
  beforeAll(async () => {
    context = await actualsContext();
  });

  const read = async (files: readonly ActualSourceFile[]) => (await readActualSources(files, context)).problems;

  it('of a CSV report with a problem in every row', async () => {
    const problems = await read([
      csvFile('bao-cao.csv', [
        HEADER,
        ['1', 'revenue', '2021-10-15', '5', ''],
        ['Ha Noy', 'revenue', '2021-10-15', '5', ''],
        ['01', 'revenu', '2021-10-15', '5', ''],
        ['01', 'revenue', '30/02/2021', '5', ''],
        ['01', 'revenue', '2022-01-15', '5', ''],
        ['01', 'revenue', '2021-10-15', 'abc', ''],
        ['01', 'revenue', '2021-10-16', '-5', ''],
        ['01', 'dev_compulsory_si', '2021-10-16', '12.5', ''],
        ['01', 'revenue', '2021-10-17', '5', 'yesterday'],
        ['01', 'revenue'],
        ['02', 'revenue', '2021-10-15', '7', '2021-10-15T16:00:00'],
        ['02', 'revenue', '2021-10-15', '8', '15/10/2021 16:00'],
        ['', 'revenue', '2021-10-15', '5', ''],
      ]),
    ]);
    expect(kindsOf(problems)).toEqual([
      'CONFLICTING_ROWS',
      'DATE_OUTSIDE_PERIOD',
      'EMPTY_CELL',
      'INVALID_DATE',
      'INVALID_TIMESTAMP',
      'MALFORMED_ROW',
      'NEGATIVE_NUMBER',
      'NOT_A_NUMBER',
      'NOT_A_WHOLE_NUMBER',
      'UNKNOWN_METRIC',
      'UNKNOWN_PROVINCE',
    ]);
    expectVietnamese(problems);
    const outside = problems.find((p) => p.kind === 'DATE_OUTSIDE_PERIOD');
    expect(outside?.messageVi).toBe(`ngày 2022-01-15 nằm ngoài kỳ kế hoạch từ ${PERIOD.start} đến ${PERIOD.end}`);
    expect(problems.find((p) => p.kind === 'CONFLICTING_ROWS')?.messageVi).toContain('bao-cao.csv dòng 12');
  });

  it('of a header without its columns, and of a workbook whose cells cross from a reader process', async () => {
    const columns = await read([
      csvFile('cols.csv', [
        ['Tỉnh', 'metric', 'Giá trị', 'don vi', 'Chỉ tiêu'],
        ['01', 'revenue', '5', '', 'revenue'],
      ]),
    ]);
    expect(columns.map((p) => p.kind)).toEqual(['UNKNOWN_COLUMN', 'DUPLICATE_COLUMN', 'MISSING_COLUMN']);
    expectVietnamese(columns);

    const bytes = await workbookBytes([
      { name: 'Tháng 10', rows: [HEADER, ['01', 'revenue', '2021-10-15', true, null]] },
    ]);
    const workbook = await read([{ name: 'bao-cao.xlsx', bytes }]);
    expect(workbook.map((p) => [p.kind, p.messageVi])).toEqual([
      ['NOT_A_NUMBER', 'ô chứa giá trị đúng/sai (TRUE/FALSE), không phải số'],
    ]);
    expectVietnamese(workbook);
  });

  it('of more problems than are listed', async () => {
    const rows = Array.from({ length: 250 }, (_, index) => ['01', 'revenue', `2021-10-${(index % 28) + 1}`, '-1', '']);
    const problems = await read([csvFile('nhieu-loi.csv', [HEADER, ...rows])]);
    const last = problems.at(-1);
    expect(last?.kind).toBe('TOO_MANY_PROBLEMS');
    expect(last?.messageVi).toBe('có 250 vấn đề; liệt kê 200 vấn đề đầu tiên');
    expectVietnamese(problems);
  });

  it('of a report typed into the form: the fixes for the form in Vietnamese alone', async () => {
    const { provinces } = context;
    const form = (values: { metric: string; value: number }[]) =>
      validateReportForm(
        { source: 'form:Nguyễn Văn A', province: '01', reportDate: '2021-10-15', values },
        { provinces, metrics: METRICS, period: PERIOD },
      ).problems;
    const problems = form([
      { metric: 'revenue', value: -1 },
      { metric: 'dev_compulsory_si', value: 1.5 },
      { metric: 'tax_data_reviews', value: 3 },
      { metric: 'tax_data_reviews', value: 4 },
    ]);
    expect(problems.map((p) => [p.kind, p.fixVi])).toEqual([
      ['NEGATIVE_NUMBER', 'Nhập số lũy kế từ đầu kỳ kế hoạch, không âm.'],
      ['NOT_A_WHOLE_NUMBER', 'Chỉ tiêu này đếm người/đơn vị: nhập số nguyên.'],
      ['CONFLICTING_ROWS', 'Nhập mỗi chỉ tiêu một lần.'],
    ]);
    expectVietnamese(problems);
    expectVietnamese(form([]));
  });
});
