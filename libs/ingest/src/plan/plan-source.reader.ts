import {
  createProvinceNameMatcher,
  fileProblem,
  type MetricDefinition,
  type ProblemFix,
  type FormerUnit,
  type Province,
} from '@scorecard/domain';
import { ProblemList } from '../problem-list';
import { SOURCE_LIMITS, formatBytes } from '../source-limits';
import { readPlanWorkbookInWorker } from '../worker/source-reader.client';
import type { PlanImportProblem, PlanImportProblemKind } from './plan-import.errors';
import { readLongCsv } from './plan-long-csv.reader';
import {
  appendixInCaption,
  givenMetricProblems,
  identifyTableMetrics,
  type MetricIdentification,
} from './plan-metric-identification';
import { decodeText, rowsOfText } from './plan-source-text';
import type { PublishedMetricTable } from './published-plan';
import {
  blockCountProblem,
  parsePlanTable,
  tablesOfParsed,
  type ParsedPlanTable,
  type PublishedTableContext,
} from './published-plan-table.reader';

// The one entry point for published plan tables from any source: text pasted from the PDF (.txt/.tsv/.text), a
// workbook (.xlsx, one sheet per table) or an analyst's long CSV (.csv). Bad content never throws: every problem
// of every file is returned (the first SOURCE_LIMITS.maxProblems, with the count of all), and when there is any
// problem no table is returned at all, so nothing half-loads. A workbook is read in a reader process.

export type PlanSourceFile = {
  /** As given by the user; used in every message. */
  name: string;
  bytes: Uint8Array;
  /** Metric keys of the file's blocks, left to right (across the sheets of a workbook), when a manifest says so. */
  metrics?: readonly string[];
  appendix?: string;
};

export type PlanSourceContext = {
  /** YYYY-MM of the plan period, in order. */
  periodMonths: readonly string[];
  provinces: readonly Province[];
  /** For a table on a later unit set: the earlier set's units and their successors (see createProvinceNameMatcher). */
  formerUnits?: readonly FormerUnit[];
  metrics: readonly MetricDefinition[];
};

export type PlanSourceResult = {
  /** Every metric table of every file; empty whenever `problems` is not. */
  tables: PublishedMetricTable[];
  /** The first SOURCE_LIMITS.maxProblems problems, then one TOO_MANY_PROBLEMS when there are more. */
  problems: PlanImportProblem[];
  /** Every problem found, listed or not. */
  problemCount: number;
  /** How each table's metric was known (manifest, block header, caption, CSV column), for the import report. */
  identifications: MetricIdentification[];
};

type SourceKind = 'text' | 'workbook' | 'long csv';

const EXTENSIONS: Readonly<Record<string, SourceKind>> = {
  '.txt': 'text',
  '.tsv': 'text',
  '.text': 'text',
  '.xlsx': 'workbook',
  '.csv': 'long csv',
};

/** Where a table came from, to point at both places when a metric is given twice. */
export type LocatedTable = { table: PublishedMetricTable } & Pick<PlanImportProblem, 'row' | 'column' | 'columnNumber'>;

type FileOutcome = { tables: LocatedTable[]; identifications: MetricIdentification[]; problems: PlanImportProblem[] };

type ReaderContext = PlanSourceContext & PublishedTableContext;

function extensionOf(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

function baseName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? base : base.slice(0, dot);
}

function unsupported(file: PlanSourceFile, extension: string): PlanImportProblem {
  const fixes: Readonly<Record<string, ProblemFix>> = {
    '.xls': {
      fix: 'Open the workbook in Excel and save it as "Excel Workbook (.xlsx)".',
      fixVi: 'Mở tệp bằng Excel và lưu lại dưới dạng "Excel Workbook (.xlsx)".',
    },
    '.pdf': {
      fix: 'Copy the table from the PDF into a .txt file (one row per line, cells separated by tabs), or give it as .xlsx.',
      fixVi:
        'Sao chép bảng từ tệp PDF sang một tệp .txt (mỗi hàng của bảng trên một dòng, các ô phân cách bằng tab), hoặc gửi bảng dưới dạng .xlsx.',
    },
    '.docx': {
      fix: 'Copy the table from the document into a .txt file (one row per line, cells separated by tabs).',
      fixVi:
        'Sao chép bảng từ văn bản Word sang một tệp .txt (mỗi hàng của bảng trên một dòng, các ô phân cách bằng tab).',
    },
  };
  return fileProblem('UNSUPPORTED_FILE', file.name, extension || null, {
    message: `${extension ? `"${extension}" files are` : 'a file without an extension is'} not a plan table source`,
    messageVi: `${extension ? `tệp có đuôi "${extension}"` : 'tệp không có đuôi tên'} không dùng được làm nguồn bảng chỉ tiêu kế hoạch`,
    ...(fixes[extension] ?? {
      fix: 'Give the table as text pasted from the PDF (.txt, .tsv), an Excel workbook (.xlsx) or a long CSV (.csv with columns province,metric,month,value).',
      fixVi:
        'Gửi bảng dưới dạng văn bản sao chép từ tệp PDF (.txt, .tsv), tệp Excel (.xlsx) hoặc tệp CSV dạng dọc (.csv có các cột province,metric,month,value).',
    }),
  });
}

export async function readPlanSources(
  files: readonly PlanSourceFile[],
  context: PlanSourceContext,
): Promise<PlanSourceResult> {
  if (context.periodMonths.length === 0) throw new Error('readPlanSources: the plan period has no month');
  const readerContext: ReaderContext = {
    ...context,
    matcher: createProvinceNameMatcher(context.provinces, { formerUnits: context.formerUnits ?? [] }),
  };
  const tables: LocatedTable[] = [];
  const identifications: MetricIdentification[] = [];
  const problems = new ProblemList<PlanImportProblemKind>(TOO_MANY_PROBLEMS_FIX);

  if (files.length === 0) {
    problems.add(
      fileProblem('EMPTY_TABLE', '(no file)', null, {
        message: 'no table file was given',
        messageVi: 'chưa có tệp bảng chỉ tiêu nào',
        fix: 'Give the appendix tables (.txt, .xlsx or .csv) to import.',
        fixVi: 'Chọn các tệp bảng phụ lục (.txt, .xlsx hoặc .csv) để nhập.',
      }),
    );
  }
  for (const file of files) {
    const outcome = await readFile(file, readerContext);
    for (const table of outcome.tables) tables.push(table);
    for (const identification of outcome.identifications) identifications.push(identification);
    problems.addAll(outcome.problems);
  }
  problems.addAll(duplicateMetricProblems(tables));
  if (problems.count > 0)
    return { tables: [], problems: problems.list(), problemCount: problems.count, identifications };
  return { tables: tables.map((located) => located.table), problems: [], problemCount: 0, identifications };
}

const TOO_MANY_PROBLEMS_FIX: ProblemFix = {
  fix: 'Correct the problems listed and import again; when every line has the same problem, check that the files are the appendix tables of the plan.',
  fixVi:
    'Sửa các vấn đề đã liệt kê rồi nhập lại; nếu dòng nào cũng có cùng một vấn đề, hãy kiểm tra xem các tệp có đúng là bảng phụ lục của kế hoạch không.',
};

async function readFile(file: PlanSourceFile, context: ReaderContext): Promise<FileOutcome> {
  const extension = extensionOf(file.name);
  const kind = EXTENSIONS[extension];
  if (!kind) return { tables: [], identifications: [], problems: [unsupported(file, extension)] };
  if (file.bytes.length > SOURCE_LIMITS.maxFileBytes) {
    const size = formatBytes(file.bytes.length);
    const problem: PlanImportProblem = fileProblem('FILE_TOO_LARGE', file.name, size, {
      message: `the file is ${size}; at most ${formatBytes(SOURCE_LIMITS.maxFileBytes)} is read (a plan's tables take a few hundred kB)`,
      messageVi: `tệp có dung lượng ${size}; chỉ đọc tối đa ${formatBytes(SOURCE_LIMITS.maxFileBytes)} (các bảng của một kế hoạch chỉ khoảng vài trăm kB)`,
      fix: 'Check that the file is an appendix table of the plan.',
      fixVi: 'Kiểm tra xem tệp có đúng là bảng phụ lục của kế hoạch không.',
    });
    return { tables: [], identifications: [], problems: [problem] };
  }
  switch (kind) {
    case 'text': {
      const decoded = decodeText(file.bytes, file.name);
      if ('problem' in decoded) return { tables: [], identifications: [], problems: [decoded.problem] };
      const parsed = parsePlanTable({ file: file.name, rows: rowsOfText(decoded.text) }, context);
      return tablesOfFile(file, [{ parsed, hints: [baseName(file.name)] }], context);
    }
    case 'workbook': {
      const { sheets, problems } = await readPlanWorkbookInWorker(file.bytes, file.name);
      if (problems.length > 0) return { tables: [], identifications: [], problems };
      const parsedSheets = sheets.map((sheet) => {
        const parsed = parsePlanTable(
          { file: sheet.label, rows: sheet.rows, columnOffset: sheet.columnOffset },
          context,
        );
        for (const problem of parsed.problems) {
          if (problem.kind === 'MISSING_HEADER' && problem.row === null) {
            problem.fix =
              'Copy the table with its header lines, or hide or delete a sheet that holds no appendix table.';
            problem.fixVi =
              'Sao chép bảng cùng với các dòng tiêu đề, hoặc ẩn hay xóa trang tính không chứa bảng phụ lục.';
          }
        }
        return { parsed, hints: [sheet.name, baseName(file.name)] };
      });
      return tablesOfFile(file, parsedSheets, context);
    }
    case 'long csv': {
      const decoded = decodeText(file.bytes, file.name);
      if ('problem' in decoded) return { tables: [], identifications: [], problems: [decoded.problem] };
      return readLongCsv(
        { file: file.name, text: decoded.text, metrics: file.metrics ?? null, appendix: file.appendix ?? '' },
        context,
      );
    }
  }
}

/**
 * The metric tables of the tables of one file (one for a text file, one per sheet for a workbook): the metrics
 * the manifest gives, in block order across the tables, or those each table's header and caption name.
 */
function tablesOfFile(
  file: PlanSourceFile,
  tables: readonly { parsed: ParsedPlanTable; hints: readonly string[] }[],
  context: ReaderContext,
): FileOutcome {
  const problems = tables.flatMap(({ parsed }) => parsed.problems);
  const metricsByTable: (readonly string[] | null)[] = [];
  const identifications: MetricIdentification[] = [];

  if (file.metrics) {
    const given = file.metrics;
    for (const problem of givenMetricProblems(file.name, given, context.metrics)) problems.push(problem);
    const layouts = tables.map(({ parsed }) => parsed.layout);
    if (layouts.every((layout) => layout !== null)) {
      const blockCounts = layouts.map((layout) => layout?.blocks.length ?? 0);
      const totalBlocks = blockCounts.reduce((sum, count) => sum + count, 0);
      const [only] = tables;
      if (totalBlocks !== given.length && tables.length === 1 && only?.parsed.layout) {
        problems.unshift(blockCountProblem(only.parsed.file, only.parsed.layout, given.length));
      } else if (totalBlocks !== given.length) {
        const perSheet = tables.map(({ parsed }, index) => `${parsed.file}: ${blockCounts[index]}`).join('; ');
        problems.push(
          fileProblem('UNEXPECTED_HEADER', file.name, null, {
            message: `the workbook's sheets have ${totalBlocks} metric block(s) in all (${perSheet}) but the manifest lists ${given.length} metric(s) for it`,
            messageVi: `các trang tính của tệp Excel có tổng cộng ${totalBlocks} khối chỉ tiêu (${perSheet}) nhưng manifest.json khai báo ${given.length} chỉ tiêu cho tệp này`,
            fix: 'Make the manifest list one metric per block, sheet by sheet and left to right.',
            fixVi:
              'Trong manifest.json, khai báo cho mỗi khối một chỉ tiêu, lần lượt theo từng trang tính và từ trái sang phải.',
          }),
        );
      } else {
        let next = 0;
        tables.forEach(({ parsed }, index) => {
          const count = blockCounts[index] ?? 0;
          const metrics = given.slice(next, next + count);
          next += count;
          metricsByTable.push(metrics);
          metrics.forEach((metric, block) =>
            identifications.push({ file: parsed.file, block: block + 1, metric, source: 'manifest', text: null }),
          );
        });
      }
    }
  } else {
    for (const { parsed, hints } of tables) {
      const identified = identifyTableMetrics(parsed, hints, context.metrics);
      for (const problem of identified.problems) problems.push(problem);
      for (const identification of identified.identifications) identifications.push(identification);
      const complete = parsed.layout !== null && identified.identifications.length === parsed.layout.blocks.length;
      metricsByTable.push(complete ? identified.identifications.map((found) => found.metric) : null);
    }
  }

  if (problems.length > 0) return { tables: [], identifications, problems };
  const located = tables.flatMap(({ parsed }, index): LocatedTable[] => {
    const metrics = metricsByTable[index];
    if (!metrics) throw new Error(`${parsed.file}: metrics unknown without a problem`);
    const appendix = file.appendix ?? appendixInCaption(parsed.captions) ?? '';
    return tablesOfParsed(parsed, metrics, appendix).map((table, block) => {
      const layoutBlock = parsed.layout?.blocks[block];
      return {
        table,
        row: layoutBlock?.headerLine ?? null,
        column: null,
        columnNumber: layoutBlock ? layoutBlock.totalColumn + parsed.columnOffset : null,
      };
    });
  });
  return { tables: located, identifications, problems };
}

/** A metric may come from one block of one file only: the same metric twice is refused, wherever it is. */
function duplicateMetricProblems(tables: readonly LocatedTable[]): PlanImportProblem[] {
  const first = new Map<string, LocatedTable>();
  const problems: PlanImportProblem[] = [];
  for (const located of tables) {
    const { metric, file } = located.table;
    const earlier = first.get(metric);
    if (!earlier) {
      first.set(metric, located);
      continue;
    }
    const where = [earlier.table.file, earlier.row].filter((part) => part !== null).join(':');
    problems.push({
      kind: 'DUPLICATE_METRIC',
      file,
      row: located.row,
      column: located.column,
      columnNumber: located.columnNumber,
      value: metric,
      message: `${metric} is also given in ${where}`,
      messageVi: `chỉ tiêu ${metric} cũng đã có trong ${where}`,
      fix: 'Give each metric once: remove one of the two tables, or name the right metric for one of them (manifest.json "metrics", the block header, or the CSV metric column).',
      fixVi:
        'Mỗi chỉ tiêu chỉ được gửi một lần: bỏ một trong hai bảng, hoặc ghi đúng chỉ tiêu cho một trong hai bảng (mục "metrics" trong manifest.json, tiêu đề của khối, hoặc cột metric của tệp CSV).',
    });
  }
  return problems;
}
