import type { PackedReadResult } from '../actuals/actual-source.packing';
import type { SourceReadResult } from '../actuals/actual-source-table';
import type { PlanImportProblem } from '../plan/plan-import.errors';
import type { PackedSheets } from '../plan/plan-workbook.reader';

// The reader process that reads one file of actuals (CSV, XLSX, Parquet) or one plan workbook, started by
// source-reader.client.ts within the limits of SOURCE_LIMITS. Node runs this file and the readers it imports as
// TypeScript directly (type stripping, Node ≥ 22.18), not the bundle: so every module it reaches imports values
// by their .ts file name, only type imports may omit it, and none may reach @scorecard/* aliases. The format
// tests (actual-source-formats.spec.ts), which read every format through this reader, fail when one does. Each task loads only its own reader: a CSV reader
// starts without exceljs or DuckDB.

export type SourceReaderTask =
  | { task: 'actuals-csv' | 'actuals-parquet'; file: string; bytes: Uint8Array }
  /** `headers`: folded names that find the header row when the workbook is not a report of actuals. */
  | { task: 'actuals-xlsx'; file: string; bytes: Uint8Array; headers?: string[] }
  | { task: 'plan-xlsx'; file: string; bytes: Uint8Array };

type ActualsTask = Exclude<SourceReaderTask, { task: 'plan-xlsx' }>;

export type SourceReaderAnswer =
  | { ok: true; task: 'actuals'; packed: PackedReadResult }
  | { ok: true; task: 'plan'; packed: PackedSheets; problems: PlanImportProblem[] }
  | { ok: false; message: string };

async function readActuals(task: ActualsTask): Promise<SourceReadResult> {
  const { file, bytes } = task;
  switch (task.task) {
    case 'actuals-csv':
      return (await import('../actuals/actual-csv.reader.ts')).readActualCsv(file, bytes);
    case 'actuals-xlsx':
      return (await import('../actuals/actual-workbook.reader.ts')).readActualWorkbook(file, bytes, task.headers);
    case 'actuals-parquet':
      return (await import('../actuals/actual-parquet.reader.ts')).readActualParquet(file, bytes);
  }
}

async function answer(task: SourceReaderTask): Promise<SourceReaderAnswer> {
  switch (task.task) {
    case 'actuals-csv':
    case 'actuals-xlsx':
    case 'actuals-parquet': {
      const read = await readActuals(task);
      const { packReadResult } = await import('../actuals/actual-source.packing.ts');
      return { ok: true, task: 'actuals', packed: packReadResult(read) };
    }
    case 'plan-xlsx': {
      const { packSheets, readWorkbookSheets } = await import('../plan/plan-workbook.reader.ts');
      const { sheets, problems } = await readWorkbookSheets(task.bytes, task.file);
      return { ok: true, task: 'plan', packed: packSheets(sheets), problems };
    }
  }
}

// One task at a time: the server sends the next only after this one's answer. The reader ends with the server.
process.on('message', (task: SourceReaderTask) => {
  answer(task).then(
    (reply) => process.send?.(reply),
    (error: unknown) => process.send?.({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
