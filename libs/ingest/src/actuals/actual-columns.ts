import { foldText } from '../plan/published-table-header.ts';
import type { ProblemText } from '@scorecard/domain';
import type { ActualImportProblem } from './actual-import.errors';

// The columns of a file of actuals and the names they go by. A header is recognised whatever its case, accents,
// separators ("report_date", "Report date", "Kỳ báo cáo") and a trailing unit in brackets ("Giá trị (người)").
// Any other column is refused rather than skipped, so that a misspelt column is never silently left out.
// Runs in the reader process too: value imports name their .ts file (../worker/source-reader.worker.ts).

export type ActualField = 'province' | 'metric' | 'reportDate' | 'value' | 'submittedAt';

type ColumnSpec = {
  /** The name to write, in messages. */
  name: string;
  /** The Vietnamese name, in messages. */
  nameVi: string;
  /** Accepted names, folded by headerKey. */
  aliases: readonly string[];
  required: boolean;
};

export const ACTUAL_COLUMNS: Readonly<Record<ActualField, ColumnSpec>> = {
  province: {
    name: 'province',
    nameVi: 'tỉnh',
    aliases: ['province', 'province code', 'tinh', 'ma tinh', 'tinh thanh pho'],
    required: true,
  },
  metric: { name: 'metric', nameVi: 'chỉ tiêu', aliases: ['metric', 'chi tieu', 'ma chi tieu'], required: true },
  reportDate: {
    name: 'report_date',
    nameVi: 'kỳ báo cáo',
    aliases: ['report date', 'ky bao cao', 'ngay bao cao'],
    required: true,
  },
  value: {
    name: 'value',
    nameVi: 'giá trị lũy kế',
    aliases: ['value', 'gia tri', 'luy ke', 'gia tri luy ke', 'so luy ke'],
    required: true,
  },
  submittedAt: {
    name: 'submitted_at',
    nameVi: 'thời gian gửi',
    aliases: ['submitted at', 'thoi gian gui', 'ngay gui', 'thoi diem gui'],
    required: false,
  },
};

const FIELDS = Object.keys(ACTUAL_COLUMNS) as ActualField[];

/** Columns that are read past: a row number (số thứ tự) or a note (ghi chú) is no figure and is not stored. */
const IGNORED_HEADERS: ReadonlySet<string> = new Set(['stt', 'tt', 'so tt', 'ghi chu', 'note', 'notes']);

const HEADER_LIST = FIELDS.map((field) => ACTUAL_COLUMNS[field].name).join(', ');
const HEADER_LIST_VI = FIELDS.map((field) => ACTUAL_COLUMNS[field].nameVi).join(', ');

export function headerKey(name: string): string {
  return foldText(name)
    .replace(/\s*\([^)]*\)$/, '')
    .replace(/[\s_.-]+/g, ' ')
    .trim();
}

export function fieldOfHeader(name: string): ActualField | null {
  const key = headerKey(name);
  return FIELDS.find((field) => ACTUAL_COLUMNS[field].aliases.includes(key)) ?? null;
}

export type ColumnMap = ReadonlyMap<ActualField, number>;

/**
 * Which column holds which field. A column that is no field, or a field given twice, is a problem; so is a
 * missing required field, and then `columns` is null since no row can be read.
 */
export function identifyColumns(
  names: readonly string[],
  where: { label: string; headerRow: number | null; columnNumbers: readonly number[] | null },
): { columns: ColumnMap | null; problems: ActualImportProblem[] } {
  const problems: ActualImportProblem[] = [];
  const columns = new Map<ActualField, number>();
  /** `index` of the column in `names`; null for a missing column. */
  const report = (
    kind: ActualImportProblem['kind'],
    column: string,
    index: number | null,
    value: string | null,
    text: ProblemText,
  ) => {
    const columnNumber = index === null ? null : (where.columnNumbers?.[index] ?? null);
    problems.push({ kind, file: where.label, row: where.headerRow, column, columnNumber, value, ...text });
  };

  names.forEach((name, index) => {
    const field = fieldOfHeader(name);
    if (field === null && IGNORED_HEADERS.has(headerKey(name))) return;
    if (field === null) {
      report('UNKNOWN_COLUMN', name, index, name, {
        ...(name.trim() === ''
          ? { message: `column ${index + 1} has no name`, messageVi: `cột ${index + 1} không có tên` }
          : { message: 'the column is not one of a report', messageVi: 'cột này không thuộc các cột của một báo cáo' }),
        fix: `Remove the column, or name it as one of ${HEADER_LIST} (${HEADER_LIST_VI}).`,
        fixVi: `Xóa cột này, hoặc đặt tên cột là một trong các tên ${HEADER_LIST} (${HEADER_LIST_VI}).`,
      });
    } else if (columns.has(field)) {
      const { name: fieldName, nameVi } = ACTUAL_COLUMNS[field];
      const first = names[columns.get(field) ?? 0];
      report('DUPLICATE_COLUMN', name, index, name, {
        message: `a second ${fieldName} column (the first is "${first}")`,
        messageVi: `cột ${fieldName} (${nameVi}) xuất hiện lần thứ hai (cột đầu tiên là "${first}")`,
        fix: 'Keep one column per field.',
        fixVi: 'Mỗi trường chỉ giữ một cột.',
      });
    } else columns.set(field, index);
  });
  const missing = FIELDS.filter((field) => ACTUAL_COLUMNS[field].required && !columns.has(field));
  for (const field of missing) {
    const { name, nameVi } = ACTUAL_COLUMNS[field];
    report('MISSING_COLUMN', name, null, null, {
      message: `there is no ${name} column (${nameVi})`,
      messageVi: `không có cột ${name} (${nameVi})`,
      fix: `Add the column ${name}; a report has the columns ${HEADER_LIST} (submitted_at may be left out).`,
      fixVi: `Thêm cột ${name}; một báo cáo gồm các cột ${HEADER_LIST} (có thể không có cột submitted_at).`,
    });
  }
  return { columns: missing.length > 0 ? null : columns, problems };
}
