import { fileProblem, type ImportProblem, type ProblemFix } from '@scorecard/domain';
import type { ActualImportProblem } from '../actuals/actual-import.errors';
import { FORMAT_EXTENSIONS, overLimit, type FileFormat, type SourceTable } from '../actuals/actual-source-table';
import { SOURCE_LIMITS, formatBytes } from '../source-limits';
import { readActualsInWorker } from '../worker/source-reader.client';
import { columnList, headerKeysOf, type ComplianceColumns } from './compliance-columns';
import type { ComplianceFileProblemKind } from './compliance-import.errors';

// The files of the compliance workflow as tables, read as files of actuals are: CSV (.csv, .tsv, .txt) or an Excel
// workbook (.xlsx), parsed in the bounded reader process (../worker/source-reader.client.ts) within the limits of
// SOURCE_LIMITS; a workbook's header row is found by the names of the workflow's columns, below any title lines.
// What the readers report in the words of a report of actuals (an empty file, a table too wide) is said again in
// the words of the file read here.

export type ComplianceSourceFile = { name: string; bytes: Uint8Array };

/** What the file is, for messages: "a list of employers" / "danh sách đơn vị", and what one of its rows holds. */
export type ComplianceFileKind = {
  what: { en: string; vi: string };
  row: { en: string; vi: string };
  columns: ComplianceColumns<string>;
  /** The columns a file must have, for messages: "tax_code, name, province, workers". */
  header: { en: string; vi: string };
};

type FileProblem = ImportProblem<ComplianceFileProblemKind>;

export type ComplianceTables = {
  /** Tables of the files read, each with a header and at least one row. */
  tables: SourceTable[];
  /** The problems of the files as files (first of each file's, as the reader sent them). */
  problems: FileProblem[];
  /** Problems found by a reader but not sent over (the reader lists the first SOURCE_LIMITS.maxProblems). */
  unlisted: number;
};

const FORMATS = ['csv', 'xlsx'] as const satisfies readonly FileFormat[];

function extensionOf(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

function unsupported(file: string, kind: ComplianceFileKind): FileProblem {
  const extension = extensionOf(file);
  const { en: columns, vi: columnsVi } = kind.header;
  const otherwise: ProblemFix = {
    fix: `Save ${kind.what.en} as CSV (.csv) or as an Excel workbook (.xlsx), with the columns ${columns}.`,
    fixVi: `Lưu ${kind.what.vi} dưới dạng CSV (.csv) hoặc tệp Excel (.xlsx), với các cột ${columnsVi}.`,
  };
  const fix: ProblemFix =
    extension === '.xls'
      ? {
          fix: 'Open the workbook in Excel and save it as "Excel Workbook (.xlsx)".',
          fixVi: 'Mở tệp bằng Excel và lưu lại dưới dạng "Excel Workbook (.xlsx)".',
        }
      : otherwise;
  return fileProblem('UNSUPPORTED_FILE', file, extension || null, {
    message: `${extension ? `"${extension}" files are` : 'a file without an extension is'} not read as ${kind.what.en}; only CSV and Excel (.xlsx) are`,
    messageVi: `${extension ? `tệp có đuôi "${extension}"` : 'tệp không có đuôi tên'} không được đọc làm ${kind.what.vi}; chỉ đọc tệp CSV và Excel (.xlsx)`,
    ...fix,
  });
}

/** The kinds a file reader reports: what it alone can see. Every other kind comes from the checks of the rows. */
const READER_KINDS = [
  'UNREADABLE_FILE',
  'EMPTY_FILE',
  'FILE_TOO_LARGE',
  'TOO_MANY_ROWS',
  'TOO_MANY_COLUMNS',
  'MALFORMED_ROW',
] as const satisfies readonly ComplianceFileProblemKind[];
type ReaderKind = (typeof READER_KINDS)[number];

const isReaderKind = (kind: string): kind is ReaderKind => (READER_KINDS as readonly string[]).includes(kind);

/** A reader's problem, its words about reports of actuals replaced by words about `kind`'s files. */
function fromReader(problem: ActualImportProblem, kind: ComplianceFileKind): FileProblem {
  const found = problem.kind;
  if (!isReaderKind(found)) throw new Error(`the file reader reported a ${found} problem, which only row checks make`);
  const { en: columns, vi: columnsVi } = columnList(kind.columns);
  switch (found) {
    case 'EMPTY_FILE':
      return { ...problem, kind: found, ...emptyFix(kind) };
    case 'TOO_MANY_COLUMNS': {
      const count = (problem.value ?? '').replace(/ columns$/, '');
      return {
        ...problem,
        kind: found,
        message: `the table has ${count} columns; at most ${SOURCE_LIMITS.maxColumns} are read`,
        messageVi: `bảng có ${count} cột; chỉ đọc tối đa ${SOURCE_LIMITS.maxColumns} cột`,
        fix: `Write only the columns of ${kind.what.en}: ${columns}; check that the file is the right one.`,
        fixVi: `Chỉ ghi các cột của ${kind.what.vi}: ${columnsVi}; kiểm tra xem có đúng tệp cần nhập không.`,
      };
    }
    case 'TOO_MANY_ROWS':
      return {
        ...problem,
        kind: found,
        fix: `Split the file into files of at most ${SOURCE_LIMITS.maxRows.toLocaleString('en-US')} rows and import them one after the other.`,
        fixVi: `Tách thành các tệp không quá ${SOURCE_LIMITS.maxRows.toLocaleString('vi-VN')} dòng rồi nhập lần lượt từng tệp.`,
      };
    case 'UNREADABLE_FILE':
    case 'FILE_TOO_LARGE':
    case 'MALFORMED_ROW':
      return { ...problem, kind: found };
  }
}

function emptyFix(kind: ComplianceFileKind): ProblemFix {
  const { en: columns, vi: columnsVi } = kind.header;
  return {
    fix: `Give ${kind.what.en} with its header row (${columns}) and one row per ${kind.row.en}.`,
    fixVi: `Gửi ${kind.what.vi} có dòng tiêu đề (${columnsVi}) và mỗi ${kind.row.vi} một dòng.`,
  };
}

async function readFile(file: ComplianceSourceFile, kind: ComplianceFileKind): Promise<ComplianceTables> {
  const one = (problem: FileProblem): ComplianceTables => ({ tables: [], problems: [problem], unlisted: 0 });
  const extension = extensionOf(file.name);
  const format = FORMATS.find((candidate) => FORMAT_EXTENSIONS[candidate].includes(extension));
  if (format === undefined) return one(unsupported(file.name, kind));
  if (file.bytes.length > SOURCE_LIMITS.maxFileBytes) {
    const [size, max] = [formatBytes(file.bytes.length), formatBytes(SOURCE_LIMITS.maxFileBytes)];
    return one(
      overLimit('FILE_TOO_LARGE', file.name, size, {
        message: `the file is ${size}; at most ${max} is read`,
        messageVi: `tệp có dung lượng ${size}; chỉ đọc tối đa ${max}`,
        fix: `Split the file and import the parts one after the other; check that it is ${kind.what.en}.`,
        fixVi: `Tách tệp rồi nhập lần lượt từng phần; kiểm tra xem tệp có đúng là ${kind.what.vi} không.`,
      }),
    );
  }
  const read =
    format === 'csv'
      ? await readActualsInWorker('actuals-csv', file.name, file.bytes)
      : await readActualsInWorker('actuals-xlsx', file.name, file.bytes, undefined, headerKeysOf(kind.columns));
  const problems = read.problems.map((problem) => fromReader(problem, kind));
  for (const table of read.tables) {
    if (table.rowCount > 0) continue;
    problems.push(
      fileProblem('EMPTY_FILE', table.label, null, {
        message: 'the file has a header but no rows',
        messageVi: 'tệp có dòng tiêu đề nhưng không có dòng nào',
        ...emptyFix(kind),
      }),
    );
  }
  return {
    tables: read.tables.filter((table) => table.rowCount > 0),
    problems,
    unlisted: read.problemCount - read.problems.length,
  };
}

/** The tables of every file, in file order, with the problems of the files as files. */
export async function readComplianceTables(
  files: readonly ComplianceSourceFile[],
  kind: ComplianceFileKind,
): Promise<ComplianceTables> {
  if (files.length === 0) {
    const problem = fileProblem('EMPTY_FILE', '(no file)', null, {
      message: 'no file was given',
      messageVi: 'chưa có tệp nào',
      fix: `Give ${kind.what.en} as CSV (.csv) or Excel (.xlsx).`,
      fixVi: `Chọn tệp ${kind.what.vi} dạng CSV (.csv) hoặc Excel (.xlsx).`,
    });
    return { tables: [], problems: [problem], unlisted: 0 };
  }
  const all: ComplianceTables = { tables: [], problems: [], unlisted: 0 };
  for (const file of files) {
    const read = await readFile(file, kind);
    all.tables.push(...read.tables);
    all.problems.push(...read.problems);
    all.unlisted += read.unlisted;
  }
  return all;
}
