import { unpackTable } from '../actuals/actual-source.packing';
import { unreadable, unreadableFix, type SourceReadResult, type SourceTable } from '../actuals/actual-source-table';
import type { ActualImportProblem } from '../actuals/actual-import.errors';
import type { PlanImportProblem } from '../plan/plan-import.errors';
import { unpackSheets, unreadableWorkbook, type WorkbookSheet } from '../plan/plan-workbook.reader';
import { SOURCE_LIMITS, type WorkerLimits } from '../source-limits';
import { runBoundedWorker, yieldToEventLoop } from './bounded-worker';
import type { SourceReaderAnswer, SourceReaderTask } from './source-reader.worker';

// The main thread's side of source-reader.worker.ts: sends the file's bytes (a copy: the caller still hashes
// them), waits within the limits, and rebuilds the answer in slices so that other requests are answered between
// them. A read that runs out of time or memory is a problem of the file.

const WORKER = { module: 'worker/source-reader.worker.ts' };

function limitsOf(task: SourceReaderTask['task']): WorkerLimits {
  return task === 'actuals-csv' || task === 'actuals-parquet' ? SOURCE_LIMITS.worker : SOURCE_LIMITS.workbookWorker;
}

const FORMAT_OF_TASK = { 'actuals-csv': 'csv', 'actuals-xlsx': 'xlsx', 'actuals-parquet': 'parquet' } as const;

const FIX_OF_TASK = {
  'actuals-csv': {
    fix: 'Save the file as CSV UTF-8 again, or split it into smaller files.',
    fixVi: 'Lưu lại tệp dưới dạng CSV UTF-8, hoặc tách thành các tệp nhỏ hơn.',
  },
  'actuals-xlsx': {
    fix: 'Save the workbook again from Excel as "Excel Workbook (.xlsx)", split it, or give the figures as CSV.',
    fixVi:
      'Mở tệp bằng Excel và lưu lại dưới dạng "Excel Workbook (.xlsx)", tách thành các tệp nhỏ hơn, hoặc gửi số liệu dưới dạng CSV.',
  },
  'actuals-parquet': {
    fix: 'Export the file again as Parquet, split it, or give the figures as CSV.',
    fixVi: 'Xuất lại tệp dưới dạng Parquet, tách thành các tệp nhỏ hơn, hoặc gửi số liệu dưới dạng CSV.',
  },
} as const;

/**
 * `headers`: for a workbook that is not a report of actuals (a compliance list, say), the folded names (headerKey of
 * actual-columns.ts) of its columns, by which the header row is found below title lines.
 */
export async function readActualsInWorker(
  task: 'actuals-csv' | 'actuals-xlsx' | 'actuals-parquet',
  file: string,
  bytes: Uint8Array,
  limits: WorkerLimits = limitsOf(task),
  headers?: readonly string[],
): Promise<SourceReadResult & { problemCount: number }> {
  const message: SourceReaderTask =
    task === 'actuals-xlsx' && headers ? { task, file, bytes, headers: [...headers] } : { task, file, bytes };
  const outcome = await runBoundedWorker<SourceReaderAnswer>(WORKER, message, limits);
  // A worker's own failure (an error of the library that read the file) is given as it is in both languages.
  const refuse = (reason: string, reasonVi: string = reason) => {
    const fix = unreadableFix(bytes, FORMAT_OF_TASK[task], FIX_OF_TASK[task]);
    const message = { message: `the file cannot be read: ${reason}`, messageVi: `không đọc được tệp: ${reasonVi}` };
    const problem: ActualImportProblem = unreadable(file, message, fix);
    return { tables: [], problems: [problem], problemCount: 1 };
  };
  if (outcome.kind === 'limit') return refuse(outcome.reason, outcome.reasonVi);
  const { answer } = outcome;
  if (!answer.ok) return refuse(answer.message);
  if (answer.task !== 'actuals') throw new Error(`the file reader answered a ${answer.task} read for ${task}`);
  const tables: SourceTable[] = [];
  for (const table of answer.packed.tables) tables.push(await unpackTable(table, yieldToEventLoop));
  return { tables, problems: answer.packed.problems, problemCount: answer.packed.problemCount };
}

export async function readPlanWorkbookInWorker(
  bytes: Uint8Array,
  file: string,
  limits: WorkerLimits = limitsOf('plan-xlsx'),
): Promise<{ sheets: WorkbookSheet[]; problems: PlanImportProblem[] }> {
  const outcome = await runBoundedWorker<SourceReaderAnswer>(WORKER, { task: 'plan-xlsx', file, bytes }, limits);
  const refuse = (reason: string, reasonVi?: string) => unreadableWorkbook(file, reason, reasonVi);
  if (outcome.kind === 'limit') return refuse(outcome.reason, outcome.reasonVi);
  const { answer } = outcome;
  if (!answer.ok) return refuse(answer.message);
  if (answer.task !== 'plan') throw new Error(`the file reader answered an ${answer.task} read for a plan workbook`);
  return { sheets: unpackSheets(answer.packed), problems: answer.problems };
}
