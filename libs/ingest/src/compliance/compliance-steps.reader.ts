import { isIsoDate, type IsoDate, type ProblemFix, type ProblemMessage } from '@scorecard/domain';
import { REPORT_DATE_WITH_TIME, parseDateText } from '../actuals/actual-value.parser';
import { ProblemList } from '../problem-list';
import { yieldToEventLoop } from '../worker/bounded-worker';
import { OUTCOMES, REGISTRATIONS, readAction, type ComplianceAction } from './compliance-action.parser';
import {
  holdsInstead,
  readAmount,
  readTaxCode,
  readText,
  readWorkers,
  recordCells,
  type Place,
  type RecordCells,
  type Report,
} from './compliance-cells';
import { STEP_COLUMNS, identifyColumns, type StepField } from './compliance-columns';
import type { ComplianceStepProblem, ComplianceStepProblemKind } from './compliance-import.errors';
import { readComplianceTables, type ComplianceFileKind, type ComplianceSourceFile } from './compliance-source.reader';

export type { ComplianceAction } from './compliance-action.parser';

// Steps and outcomes of cases recorded in bulk: one row per step done (a notice sent, a conference held, …) or per
// case ended, naming its case by number, by the employer's tax code, or both. Whether each row fits its stored case
// (a case that exists, is open, with dates in order) is checked where the cases are. Bad content never throws:
// every problem is returned, and when there is any problem no row is returned at all.

export type ComplianceStepRow = {
  /** The file name as given. */
  file: string;
  /** 1-based: CSV line (header = 1) or sheet row. */
  sourceRow: number;
  /** The case's number; null when the row names the employer's tax code only. */
  caseId: number | null;
  taxCode: string | null;
  action: ComplianceAction;
  on: IsoDate;
  /** The document's number as issued ("125/TB-BHXH"); null when the row has none. */
  document: string | null;
  /** Workers registered: given on REGISTERED and PARTLY_REGISTERED rows, null on every other. */
  workersRegistered: number | null;
  /** Đồng recovered: only on an outcome, null when not given. */
  contributionRecovered: number | null;
};

/** Nothing yet: the rows are checked against the stored cases elsewhere. */
export type ComplianceStepsContext = Record<never, never>;

export type ComplianceStepsResult = {
  /** Every row of every file, in file and row order; empty whenever `problems` is not. */
  rows: ComplianceStepRow[];
  /** The first SOURCE_LIMITS.maxProblems problems, then one TOO_MANY_PROBLEMS when there are more. */
  problems: ComplianceStepProblem[];
  /** Every problem found, listed or not. */
  problemCount: number;
};

const STEPS_FILE: ComplianceFileKind = {
  what: { en: 'a file of steps', vi: 'tệp các bước xử lý' },
  row: { en: 'step or outcome', vi: 'bước hoặc kết quả' },
  columns: STEP_COLUMNS,
  header: {
    en: 'case or tax_code, step, date',
    vi: 'case (số hồ sơ) hoặc tax_code (mã số thuế), step (bước), date (ngày)',
  },
};

const TOO_MANY_PROBLEMS_FIX: ProblemFix = {
  fix: `Correct the problems listed and import again; when each row has the same problem, check that the file has the columns ${STEPS_FILE.header.en}.`,
  fixVi: `Sửa các vấn đề đã liệt kê rồi nhập lại; nếu dòng nào cũng có cùng một vấn đề, hãy kiểm tra xem tệp có các cột ${STEPS_FILE.header.vi} không.`,
};

/** Records checked between two pauses for other requests. */
const SLICE = 2_000;

const DATE_FIX: ProblemFix = {
  fix: 'Write the date as YYYY-MM-DD or dd/mm/yyyy (day first), e.g. 2022-09-15 or 15/09/2022.',
  fixVi: 'Ghi ngày theo dạng YYYY-MM-DD hoặc dd/mm/yyyy (ngày trước, tháng sau), ví dụ 2022-09-15 hoặc 15/09/2022.',
};
const DATE_WITH_TIME: ProblemMessage = {
  message: 'the date of a step has no time of day',
  messageVi: 'ngày thực hiện không được kèm giờ',
};

export async function readComplianceSteps(
  files: readonly ComplianceSourceFile[],
  _context: ComplianceStepsContext = {},
): Promise<ComplianceStepsResult> {
  const problems = new ProblemList<ComplianceStepProblemKind>(TOO_MANY_PROBLEMS_FIX);
  const read = await readComplianceTables(files, STEPS_FILE);
  problems.addAll(read.problems);
  problems.addUnlisted(read.unlisted);
  const rows: ComplianceStepRow[] = [];

  for (const table of read.tables) {
    const identified = identifyColumns(STEP_COLUMNS, table.columns, table, STEPS_FILE.what);
    problems.addAll(identified.problems);
    const columns = identified.columns;
    if (columns === null) continue;
    if (!columns.has('caseId') && !columns.has('taxCode')) {
      problems.add({
        kind: 'MISSING_COLUMN',
        file: table.label,
        row: table.headerRow,
        column: STEP_COLUMNS.caseId.name,
        columnNumber: null,
        value: null,
        message: 'there is neither a case column (số hồ sơ) nor a tax_code column (mã số thuế)',
        messageVi: 'không có cột số hồ sơ (case) cũng không có cột mã số thuế (tax_code)',
        fix: 'Add the column case with the number of each case, or tax_code with its employer’s tax code, or both.',
        fixVi:
          'Thêm cột số hồ sơ (case) ghi số của từng hồ sơ, hoặc cột mã số thuế (tax_code) của đơn vị, hoặc cả hai.',
      });
      continue;
    }
    for (const [index, record] of table.records.entries()) {
      if (index > 0 && index % SLICE === 0) await yieldToEventLoop();
      const before = problems.count;
      const cells = recordCells(table, STEP_COLUMNS, columns, record, problems);
      const { report } = cells;
      const caseCell = cells.filled('caseId');
      const caseId = caseCell && readCaseId(caseCell, report);
      const taxCell = cells.filled('taxCode');
      const taxCode = taxCell && readTaxCode(taxCell, report);
      if (!caseCell && !taxCell) {
        const place = cells.at('caseId') ?? cells.at('taxCode');
        if (place) {
          report('NO_CASE_OR_TAX_CODE', place, {
            message: 'the row names no case: both its case and its tax code are empty',
            messageVi: 'dòng không xác định hồ sơ nào: cả số hồ sơ và mã số thuế đều để trống',
            fix: 'Write the case number (số hồ sơ) or the employer’s tax code (mã số thuế), or delete the row.',
            fixVi: 'Ghi số hồ sơ hoặc mã số thuế của đơn vị, hoặc xóa dòng này.',
          });
        }
      }
      const actionCell = cells.required('step');
      const action = actionCell && readAction(actionCell, report);
      const dateCell = cells.required('date');
      const on = dateCell && readDate(dateCell, report);
      const documentCell = cells.filled('document');
      const document = documentCell && readText(documentCell, report);
      const figures = action && readFigures(action, cells);
      if (problems.count > before || action === null || on === null || figures === null) continue;
      rows.push({ file: table.file, sourceRow: record.row, caseId, taxCode, action, on, document, ...figures });
    }
  }
  return problems.count > 0
    ? { rows: [], problems: problems.list(), problemCount: problems.count }
    : { rows, problems: [], problemCount: 0 };
}

/**
 * The figures of a row: workers registered only with a registration (and required there), money recovered only
 * with an outcome. A figure missing, misplaced or unreadable is reported (and the row then left out).
 */
function readFigures(
  action: ComplianceAction,
  cells: RecordCells<StepField, ComplianceStepProblemKind>,
): Pick<ComplianceStepRow, 'workersRegistered' | 'contributionRecovered'> {
  const { report } = cells;
  const code = action.type === 'step' ? action.step : action.outcome;
  const registers = action.type === 'outcome' && OUTCOMES[action.outcome].registers;
  const workersCell = cells.filled('workersRegistered');
  const moneyCell = cells.filled('contributionRecovered');
  if (registers && !workersCell) {
    const { name, nameVi } = STEP_COLUMNS.workersRegistered;
    const text = {
      message: `${code} needs the number of workers registered`,
      messageVi: `kết quả ${code} phải ghi số lao động tham gia`,
      fix: `Write in ${name} (${nameVi}) how many workers the employer registered.`,
      fixVi: `Ghi vào cột ${nameVi} (${name}) số lao động đơn vị đã đăng ký tham gia.`,
    };
    const place = cells.at('workersRegistered');
    if (place) report('MISSING_WORKERS_REGISTERED', place, text);
    else cells.reportRow('MISSING_WORKERS_REGISTERED', name, null, text);
  }
  if (!registers && workersCell) {
    report('FIGURE_NOT_ALLOWED', workersCell, {
      message: `workers registered are recorded with ${REGISTRATIONS.join(' or ')} only, not with ${code}`,
      messageVi: `số lao động tham gia chỉ ghi với kết quả ${REGISTRATIONS.join(' hoặc ')}, không ghi với ${code}`,
      fix: `Clear the cell, or record the outcome ${REGISTRATIONS.join(' or ')} if the employer registered workers.`,
      fixVi: `Xóa nội dung ô, hoặc ghi kết quả ${REGISTRATIONS.join(' hoặc ')} nếu đơn vị đã đăng ký cho người lao động.`,
    });
  }
  if (action.type === 'step' && moneyCell) {
    report('FIGURE_NOT_ALLOWED', moneyCell, {
      message: `the contribution recovered is recorded with an outcome only, not with the step ${code}`,
      messageVi: `số tiền thu được chỉ ghi với kết quả xử lý, không ghi với bước ${code}`,
      fix: 'Clear the cell, or write the amount on the row of the case’s outcome.',
      fixVi: 'Xóa nội dung ô, hoặc ghi số tiền vào dòng kết quả của hồ sơ.',
    });
  }
  const workers = { en: 'number of workers registered', vi: 'số lao động tham gia' };
  const money = { en: 'contribution recovered', vi: 'số tiền thu được' };
  return {
    workersRegistered: registers && workersCell ? readWorkers(workersCell, report, workers) : null,
    contributionRecovered: action.type === 'outcome' && moneyCell ? readAmount(moneyCell, report, money) : null,
  };
}

/** A case number: a whole number ≥ 1, as the case list shows it. */
function readCaseId(place: Place, report: Report<'INVALID_CASE_ID'>): number | null {
  const { cell } = place;
  const text = cell.kind === 'text' ? cell.text.trim() : cell.kind === 'number' ? cell.text : '';
  const id = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isSafeInteger(id) && id >= 1) return id;
  report('INVALID_CASE_ID', place, {
    ...(cell.kind === 'text' || cell.kind === 'number'
      ? { message: 'the case is not a case number', messageVi: 'ô không phải là số hồ sơ' }
      : holdsInstead(cell, { en: 'a case number', vi: 'số hồ sơ' })),
    fix: 'Write the case number as the list of cases shows it (a whole number such as 1234), or leave it empty and write the tax code.',
    fixVi: 'Ghi số hồ sơ như trong danh sách hồ sơ (một số nguyên, ví dụ 1234), hoặc để trống và ghi mã số thuế.',
  });
  return null;
}

/** A date written YYYY-MM-DD or dd/mm/yyyy, or a spreadsheet date cell; a day that does not exist is refused. */
function readDate(place: Place, report: Report<'INVALID_DATE'>): IsoDate | null {
  const { cell } = place;
  let why: ProblemMessage;
  let fix = DATE_FIX;
  switch (cell.kind) {
    case 'text': {
      const parsed = parseDateText(cell.text);
      if (parsed.ok) return parsed.value;
      why = parsed.message === REPORT_DATE_WITH_TIME.message ? DATE_WITH_TIME : parsed;
      break;
    }
    case 'date':
      if (isIsoDate(cell.date)) return cell.date;
      why = { message: 'there is no such day in the calendar', messageVi: 'không có ngày này trong lịch' };
      break;
    case 'datetime':
      if (cell.wallClock.endsWith('T00:00:00')) return cell.wallClock.slice(0, 10);
      why = DATE_WITH_TIME;
      break;
    case 'number':
      why = { message: 'the cell holds a number, not a date', messageVi: 'ô chứa một số, không phải ngày' };
      fix = {
        fix: `${DATE_FIX.fix} In a spreadsheet, format the cell as a date.`,
        fixVi: `${DATE_FIX.fixVi} Trong bảng tính, định dạng ô kiểu ngày (Date).`,
      };
      break;
    case 'invalid':
      why = holdsInstead(cell, { en: 'a date', vi: 'ngày' });
      break;
    case 'empty':
      return null; // reported as an empty cell
  }
  report('INVALID_DATE', place, { message: why.message, messageVi: why.messageVi, ...fix });
  return null;
}
