import type { PlanImportProblem } from './plan-import.errors';

// The header of a published appendix table: "TT/STT", the unit name, then one block per metric made of a
// period total ("Tổng số …") followed by one column per month ("Tháng 9", "Tháng 9/2021", "T9"). A header
// spans several lines (group captions above, column captions below); each column takes its lowest caption.

export type TableBlock = {
  /** 1-based cell index of the period total. */
  totalColumn: number;
  monthColumns: { month: string; column: number }[];
};

export type TableLayout = {
  blocks: TableBlock[];
  /** Cells a data row must have: row number, name and every block column. */
  cellCount: number;
};

export type HeaderLine = { line: number; cells: string[] };

/** Lower-case ASCII with single spaces, for recognising captions whatever their accents. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ\u00d0\u00f0]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function isHeaderStart(cells: readonly string[]): boolean {
  return /^s?tt$/.test(foldText(cells[0] ?? ''));
}

const MONTH_LABEL = /^(?:thang|t)\s*\.?\s*(\d{1,2})(?:\s*(?:\/|-|\.|nam)\s*(\d{4}))?$/;

/** The month (YYYY-MM) a caption names; the year comes from the plan period when the caption omits it. */
export function parseMonthLabel(
  label: string,
  periodMonths: readonly string[],
): { month: string } | { error: string } | null {
  const match = MONTH_LABEL.exec(foldText(label));
  if (!match) return null;
  const monthNumber = Number(match[1]);
  if (monthNumber < 1 || monthNumber > 12) return { error: `"${label}" is not a month` };
  const mm = String(monthNumber).padStart(2, '0');
  const candidates = match[2] ? [`${match[2]}-${mm}`] : periodMonths.filter((month) => month.endsWith(`-${mm}`));
  const [month] = candidates;
  if (candidates.length !== 1 || month === undefined || !periodMonths.includes(month)) {
    return { error: `"${label}" is not a month of the plan period (${periodMonths.join(', ')})` };
  }
  return { month };
}

function isTotalLabel(label: string): boolean {
  return foldText(label).startsWith('tong');
}

type Context = { file: string; periodMonths: readonly string[]; blockCount: number };

export function readTableHeader(
  lines: readonly HeaderLine[],
  context: Context,
): { layout: TableLayout | null; problems: PlanImportProblem[] } {
  const { file, periodMonths, blockCount } = context;
  const problems: PlanImportProblem[] = [];
  const firstLine = lines[0]?.line ?? null;
  const problem = (
    line: number | null,
    column: number | null,
    value: string | null,
    message: string,
    fix: string,
  ): void => {
    problems.push({ kind: 'UNEXPECTED_HEADER', file, line, column, value, message, fix });
  };

  const width = Math.max(...lines.map((header) => header.cells.length));
  const captions: { column: number; line: number; label: string }[] = [];
  for (let index = 2; index < width; index += 1) {
    const found = [...lines].reverse().find((header) => (header.cells[index] ?? '').trim() !== '');
    if (found) captions.push({ column: index + 1, line: found.line, label: (found.cells[index] ?? '').trim() });
  }

  const blocks: TableBlock[] = [];
  let expectedColumn = 3;
  for (const { column, line, label } of captions) {
    if (column !== expectedColumn) {
      problem(
        line,
        expectedColumn,
        null,
        `column ${expectedColumn} has no caption`,
        'Give every column of the table a caption ("Tổng số" or a month).',
      );
    }
    expectedColumn = column + 1;
    const current = blocks[blocks.length - 1];
    const month = parseMonthLabel(label, periodMonths);
    if (isTotalLabel(label)) {
      blocks.push({ totalColumn: column, monthColumns: [] });
    } else if (month && 'month' in month && current) {
      current.monthColumns.push({ month: month.month, column });
    } else if (month && 'error' in month) {
      problems.push({
        kind: 'UNKNOWN_MONTH',
        file,
        line,
        column,
        value: label,
        message: month.error,
        fix: 'Caption month columns "Tháng M" or "Tháng M/YYYY" within the plan period.',
      });
    } else {
      problem(
        line,
        column,
        label,
        'column caption not recognised',
        'Each metric block starts with a "Tổng số" column followed by one "Tháng M" column per month.',
      );
    }
  }

  if (blocks.length !== blockCount) {
    problem(
      firstLine,
      null,
      null,
      `the table has ${blocks.length} metric block(s) ("Tổng số" followed by months) but the manifest lists ${blockCount} metric(s) for it`,
      'Make the manifest list one metric per block of the table, left to right.',
    );
  }
  // A block with an unreadable month caption has already been reported; its month list says nothing more.
  const monthsReadable = !problems.some((p) => p.kind === 'UNKNOWN_MONTH');
  for (const block of monthsReadable ? blocks : []) {
    const months = block.monthColumns.map((column) => column.month);
    if (months.join() !== periodMonths.join()) {
      problem(
        firstLine,
        block.totalColumn,
        months.join(', '),
        `the block starting at column ${block.totalColumn} has months [${months.join(', ')}] but the plan period has [${periodMonths.join(', ')}]`,
        'Give each block one column per month of the plan period, in order, or correct the period in the manifest.',
      );
    }
  }
  if (problems.length > 0) return { layout: null, problems };
  const cellCount = 2 + blocks.reduce((sum, block) => sum + 1 + block.monthColumns.length, 0);
  return { layout: { blocks, cellCount }, problems };
}

export function sameLayout(a: TableLayout, b: TableLayout): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
