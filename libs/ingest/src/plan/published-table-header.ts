import type { ProblemText } from '@scorecard/domain';
import type { PlanImportProblem } from './plan-import.errors';

// The header of a published appendix table: "TT/STT", the unit name, then one block per metric made of a
// period total ("Tổng số …") followed by one column per month ("Tháng 9", "Tháng 9/2021", "T9", "Tháng 09",
// "9/2021"). A header spans several lines (group captions above, column captions below); each column takes
// its lowest caption, and a block's header text is every caption above its columns (the block title).

export type TableBlock = {
  /** 1-based cell index of the period total. */
  totalColumn: number;
  /** One per month of the plan period, in period order (the table may print them in another order). */
  monthColumns: { month: string; column: number }[];
  /** Every header caption over the block's columns, top to bottom: what names the block's metric. */
  headerText: string;
  /** Line of the block's first caption. */
  headerLine: number;
};

export type TableLayout = {
  blocks: TableBlock[];
  /** Cells a data row must have: row number, name and every block column. */
  cellCount: number;
};

export type HeaderLine = { line: number; cells: readonly string[] };

/** Lower-case ASCII with single spaces, for recognising captions whatever their accents. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ\u00d0\u00f0\u0110\u0111]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function isHeaderStart(cells: readonly string[]): boolean {
  return /^(?:so )?s?tt\.?$/.test(foldText(cells[0] ?? ''));
}

export type MonthLabel =
  | { month: string }
  /** `error` in English, `errorVi` the same in Vietnamese. */
  | { kind: 'UNKNOWN_MONTH' | 'MONTH_OUTSIDE_PERIOD'; error: string; errorVi: string }
  | null;

const MONTH_NAMED = /^(?:thang|t)\s*\.?\s*(\d{1,2})(?:\s*(?:\/|-|\.|nam)\s*(\d{4}))?$/;
const MONTH_SLASHED = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const MONTH_ISO = /^(\d{4})-(\d{1,2})$/;

/**
 * The month (YYYY-MM) a caption names; the year comes from the plan period when the caption omits it. null when
 * the caption is not a month caption at all.
 */
export function parseMonthLabel(label: string, periodMonths: readonly string[]): MonthLabel {
  const folded = foldText(label);
  const named = MONTH_NAMED.exec(folded) ?? MONTH_SLASHED.exec(folded);
  const iso = named ? null : MONTH_ISO.exec(folded);
  if (!named && !iso) return null;
  const monthNumber = Number(named ? named[1] : iso?.[2]);
  const year = named ? named[2] : iso?.[1];
  const [first, last] = [periodMonths[0], periodMonths[periodMonths.length - 1]];
  const period = `the plan period is ${first} to ${last}`;
  const periodVi = `kỳ kế hoạch từ ${first} đến ${last}`;
  if (monthNumber < 1 || monthNumber > 12) {
    return { kind: 'UNKNOWN_MONTH', error: `"${label}" is not a month`, errorVi: `"${label}" không phải là một tháng` };
  }
  const mm = String(monthNumber).padStart(2, '0');
  const candidates = year ? [`${year}-${mm}`] : periodMonths.filter((month) => month.endsWith(`-${mm}`));
  if (candidates.length > 1) {
    return {
      kind: 'UNKNOWN_MONTH',
      error: `"${label}" names month ${monthNumber} without a year and ${period}, which has it twice`,
      errorVi: `"${label}" ghi tháng ${monthNumber} mà không ghi năm, trong khi ${periodVi} có hai tháng ${monthNumber}`,
    };
  }
  const [month] = candidates;
  if (month === undefined || !periodMonths.includes(month)) {
    return {
      kind: 'MONTH_OUTSIDE_PERIOD',
      error: `"${label}" is outside the plan period: ${period}`,
      errorVi: `"${label}" nằm ngoài kỳ kế hoạch: ${periodVi}`,
    };
  }
  return { month };
}

export function isTotalLabel(label: string): boolean {
  const folded = foldText(label);
  return folded.startsWith('tong') || folded === 'cong';
}

/** A line of column captions only ("", "", "Tổng số", "Tháng 9", …): a header repeated without its first line. */
export function isCaptionLine(cells: readonly string[], periodMonths: readonly string[]): boolean {
  if ((cells[0] ?? '').trim() !== '' || (cells[1] ?? '').trim() !== '') return false;
  const labels = cells
    .slice(2)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '');
  return (
    labels.some((label) => parseMonthLabel(label, periodMonths) !== null) &&
    labels.every((label) => isTotalLabel(label) || parseMonthLabel(label, periodMonths) !== null)
  );
}

type Context = { file: string; periodMonths: readonly string[]; columnOffset: number };

export function readTableHeader(
  lines: readonly HeaderLine[],
  context: Context,
): { layout: TableLayout | null; problems: PlanImportProblem[] } {
  const { file, periodMonths, columnOffset } = context;
  const problems: PlanImportProblem[] = [];
  const firstLine = lines[0]?.line ?? null;
  /** `column` is the 1-based cell index on the line, `caption` its caption when it has one. */
  const problem = (
    kind: PlanImportProblem['kind'],
    line: number | null,
    column: { index: number; caption: string | null } | null,
    value: string | null,
    text: ProblemText,
  ): void => {
    const columnNumber = column === null ? null : column.index + columnOffset;
    problems.push({ kind, file, row: line, column: column?.caption ?? null, columnNumber, value, ...text });
  };

  const width = lines.reduce((widest, header) => Math.max(widest, header.cells.length), 0);
  const captions: { column: number; line: number; label: string }[] = [];
  for (let index = 2; index < width; index += 1) {
    const found = [...lines].reverse().find((header) => (header.cells[index] ?? '').trim() !== '');
    if (found) captions.push({ column: index + 1, line: found.line, label: (found.cells[index] ?? '').trim() });
  }

  type OpenBlock = { totalColumn: number; lastColumn: number; monthColumns: { month: string; column: number }[] };
  const blocks: OpenBlock[] = [];
  let expectedColumn = 3;
  for (const { column, line, label } of captions) {
    if (column !== expectedColumn) {
      problem('UNEXPECTED_HEADER', line, { index: expectedColumn, caption: null }, null, {
        message: `column ${expectedColumn + columnOffset} has no caption`,
        messageVi: `cột ${expectedColumn + columnOffset} không có tiêu đề`,
        fix: 'Give every column of the table a caption ("Tổng số" or a month).',
        fixVi: 'Ghi tiêu đề cho mọi cột của bảng ("Tổng số" hoặc tên tháng).',
      });
    }
    expectedColumn = column + 1;
    const current = blocks[blocks.length - 1];
    const month = parseMonthLabel(label, periodMonths);
    if (isTotalLabel(label)) {
      blocks.push({ totalColumn: column, lastColumn: column, monthColumns: [] });
    } else if (month && 'month' in month && current) {
      current.monthColumns.push({ month: month.month, column });
      current.lastColumn = column;
    } else if (month && 'error' in month) {
      problem(month.kind, line, { index: column, caption: label }, label, {
        message: month.error,
        messageVi: month.errorVi,
        ...(month.kind === 'MONTH_OUTSIDE_PERIOD'
          ? {
              fix: 'Caption month columns with the months of the plan period, or import the table into the plan it belongs to.',
              fixVi:
                'Đặt tiêu đề các cột tháng theo đúng các tháng của kỳ kế hoạch, hoặc nhập bảng vào kế hoạch mà bảng thuộc về.',
            }
          : {
              fix: 'Caption month columns "Tháng M" or "Tháng M/YYYY" within the plan period.',
              fixVi: 'Đặt tiêu đề cột tháng là "Tháng M" hoặc "Tháng M/YYYY", với các tháng trong kỳ kế hoạch.',
            }),
      });
    } else {
      problem('UNEXPECTED_HEADER', line, { index: column, caption: label }, label, {
        message: 'column caption not recognised',
        messageVi: 'không nhận ra tiêu đề cột',
        fix: 'Each metric block starts with a "Tổng số" column followed by one "Tháng M" column per month.',
        fixVi: 'Mỗi khối chỉ tiêu bắt đầu bằng cột "Tổng số", tiếp theo là mỗi tháng một cột "Tháng M".',
      });
    }
  }
  if (blocks.length === 0 && problems.length === 0) {
    problem('UNEXPECTED_HEADER', firstLine, null, null, {
      message: 'the header has no metric block ("Tổng số" followed by one column per month)',
      messageVi: 'dòng tiêu đề không có khối chỉ tiêu nào (cột "Tổng số", sau đó mỗi tháng một cột)',
      fix: 'Copy the header lines of the table with the "Tổng số" and month captions.',
      fixVi: 'Sao chép đủ các dòng tiêu đề của bảng, gồm tiêu đề "Tổng số" và tiêu đề các tháng.',
    });
  }

  // A block with an unreadable month caption has already been reported; its month list says nothing more.
  const monthsReadable = !problems.some((p) => p.kind === 'UNKNOWN_MONTH' || p.kind === 'MONTH_OUTSIDE_PERIOD');
  for (const block of monthsReadable ? blocks : []) {
    const months = block.monthColumns.map((column) => column.month);
    if ([...months].sort().join() !== periodMonths.join()) {
      problem('UNEXPECTED_HEADER', firstLine, { index: block.totalColumn, caption: null }, months.join(', '), {
        message: `the block starting at column ${block.totalColumn + columnOffset} has months [${months.join(', ')}] but the plan period has [${periodMonths.join(', ')}]`,
        messageVi: `khối chỉ tiêu bắt đầu ở cột ${block.totalColumn + columnOffset} có các tháng [${months.join(', ')}] nhưng kỳ kế hoạch gồm các tháng [${periodMonths.join(', ')}]`,
        fix: 'Give each block one column per month of the plan period, or correct the period of the plan.',
        fixVi:
          'Mỗi khối chỉ tiêu cần đúng một cột cho mỗi tháng của kỳ kế hoạch; nếu bảng đúng thì sửa lại kỳ kế hoạch.',
      });
    }
  }
  if (problems.length > 0) return { layout: null, problems };

  const cellCount = 2 + blocks.reduce((sum, block) => sum + 1 + block.monthColumns.length, 0);
  const layout: TableLayout = {
    blocks: blocks.map((block) => {
      const texts = lines.flatMap((header) =>
        header.cells.slice(block.totalColumn - 1, block.lastColumn).map((cell) => cell.trim()),
      );
      return {
        totalColumn: block.totalColumn,
        monthColumns: [...block.monthColumns].sort((a, b) => a.month.localeCompare(b.month)),
        headerText: texts.filter((text) => text !== '').join(' '),
        headerLine: firstLine ?? 0,
      };
    }),
    cellCount,
  };
  return { layout, problems };
}

/** Whether a repeated header has the same columns (its captions may be worded differently). */
export function sameLayout(a: TableLayout, b: TableLayout): boolean {
  const columns = (layout: TableLayout) =>
    JSON.stringify([layout.cellCount, layout.blocks.map((block) => [block.totalColumn, block.monthColumns])]);
  return columns(a) === columns(b);
}
