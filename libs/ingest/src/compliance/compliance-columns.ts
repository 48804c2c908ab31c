import type { ImportProblem, ProblemText } from '@scorecard/domain';
import { foldText } from '../plan/published-table-header';
import { headerKey } from '../actuals/actual-columns';
import type { ComplianceFileProblemKind } from './compliance-import.errors';

// The columns of the workflow's files and the names they go by. A header is recognised whatever its case, accents,
// separators and a trailing unit in brackets ("Mã số thuế", "MST", "tax_code", "Số lao động (người)"), as the
// columns of actuals are (headerKey of actual-columns.ts). Any other column is refused rather than skipped, so
// that a misspelt column is never silently left out; a row number or a note is read past.

export type ComplianceColumn = {
  /** The name to write, in messages. */
  name: string;
  /** The Vietnamese name, in messages. */
  nameVi: string;
  /** Names a file may give the column, as people write them; compared folded by headerKey. */
  aliases: readonly string[];
  required: boolean;
  /** An amount in đồng: a header that names another unit ("Quỹ lương (triệu đồng)") is refused. */
  money?: true;
};

export type ComplianceColumns<Field extends string> = Readonly<Record<Field, ComplianceColumn>>;

const TAX_CODE: ComplianceColumn = {
  name: 'tax_code',
  nameVi: 'mã số thuế',
  aliases: ['tax code', 'tax_code', 'Mã số thuế', 'MST', 'mã số thuế đơn vị'],
  required: true,
};

/** A list of employers from the tax authority or business registration (Mẫu 02a-KT, 03a-KT). */
export const LIST_COLUMNS = {
  taxCode: TAX_CODE,
  name: {
    name: 'name',
    nameVi: 'tên đơn vị',
    aliases: ['name', 'employer name', 'Tên đơn vị', 'Tên doanh nghiệp', 'Tên đơn vị, doanh nghiệp'],
    required: true,
  },
  address: { name: 'address', nameVi: 'địa chỉ', aliases: ['address', 'Địa chỉ'], required: false },
  province: {
    name: 'province',
    nameVi: 'tỉnh',
    aliases: ['province', 'province code', 'Tỉnh', 'Mã tỉnh', 'Tỉnh/thành phố', 'Tỉnh thành phố', 'Tỉnh/TP'],
    required: true,
  },
  district: {
    name: 'district',
    nameVi: 'quận/huyện',
    aliases: ['district', 'Quận/huyện', 'Quận huyện', 'Huyện'],
    required: false,
  },
  workers: {
    name: 'workers',
    nameVi: 'số lao động',
    aliases: ['workers', 'Số lao động', 'Số lao động chưa tham gia', 'Số lao động chưa tham gia đầy đủ'],
    required: true,
  },
  wageFund: {
    name: 'wage_fund',
    nameVi: 'quỹ lương',
    aliases: ['wage fund', 'Quỹ lương', 'Tổng quỹ lương', 'Quỹ tiền lương'],
    required: false,
    money: true,
  },
} as const satisfies ComplianceColumns<string>;
export type ListField = keyof typeof LIST_COLUMNS;

/** Steps and outcomes of cases recorded in bulk; a row names its case, its employer's tax code, or both. */
export const STEP_COLUMNS = {
  caseId: {
    name: 'case',
    nameVi: 'số hồ sơ',
    aliases: ['case', 'case id', 'Số hồ sơ', 'Mã hồ sơ'],
    required: false,
  },
  taxCode: { ...TAX_CODE, required: false },
  step: { name: 'step', nameVi: 'bước', aliases: ['step', 'Bước', 'Kết quả', 'Bước/kết quả'], required: true },
  date: { name: 'date', nameVi: 'ngày', aliases: ['date', 'on', 'Ngày', 'Ngày thực hiện'], required: true },
  document: {
    name: 'document',
    nameVi: 'số văn bản',
    aliases: ['document', 'Số văn bản', 'Số hiệu', 'Số hiệu văn bản'],
    required: false,
  },
  workersRegistered: {
    name: 'workers_registered',
    nameVi: 'số lao động tham gia',
    aliases: ['workers registered', 'Số lao động tham gia'],
    required: false,
  },
  contributionRecovered: {
    name: 'contribution_recovered',
    nameVi: 'số tiền thu được',
    aliases: ['contribution recovered', 'Số tiền thu được'],
    required: false,
    money: true,
  },
} as const satisfies ComplianceColumns<string>;
export type StepField = keyof typeof STEP_COLUMNS;

/** Columns that are read past: a row number (số thứ tự) or a note (ghi chú) is no figure and is not stored. */
const IGNORED_HEADERS: ReadonlySet<string> = new Set(
  ['STT', 'TT', 'Số TT', 'Số thứ tự', 'Ghi chú', 'note', 'notes'].map(headerKey),
);

/** The folded names of every column: what finds the header row of a workbook below its title lines. */
export function headerKeysOf(columns: ComplianceColumns<string>): string[] {
  return [...new Set(Object.values(columns).flatMap((column) => column.aliases.map(headerKey)))];
}

function fieldOfHeader<Field extends string>(columns: ComplianceColumns<Field>, name: string): Field | null {
  const key = headerKey(name);
  const fields = Object.keys(columns) as Field[];
  return fields.find((field) => columns[field].aliases.some((alias) => headerKey(alias) === key)) ?? null;
}

/** The unit a header names in brackets when it is not đồng ("triệu đồng", "nghìn đồng", "USD"); null otherwise. */
function otherUnit(name: string): string | null {
  const unit = /\(([^)]*)\)\s*$/.exec(name)?.[1];
  if (unit === undefined) return null;
  return /\b(trieu|tr|nghin|ngan|ty|million|thousand|billion|usd)\b/.test(foldText(unit)) ? unit.trim() : null;
}

/** The names of the columns, for messages: "tax_code, name, …", and in Vietnamese "tax_code (mã số thuế), …". */
export function columnList(
  columns: ComplianceColumns<string>,
  which: 'all' | 'required' | 'optional' = 'all',
): { en: string; vi: string } {
  const listed = Object.values(columns).filter(
    (column) => which === 'all' || column.required === (which === 'required'),
  );
  return {
    en: listed.map((column) => column.name).join(', '),
    vi: listed.map((column) => `${column.name} (${column.nameVi})`).join(', '),
  };
}

export type ColumnMap<Field extends string> = ReadonlyMap<Field, number>;

/** Where a table's header is, for its problems. */
export type HeaderPlace = { label: string; headerRow: number | null; columnNumbers: readonly number[] | null };

/**
 * Which column holds which field. A column that is no field, a field given twice or an amount in another unit
 * than đồng is a problem; so is a missing required field, and then `columns` is null since no row can be read.
 * `what` names the file in messages ("a list of employers").
 */
export function identifyColumns<Field extends string>(
  columns: ComplianceColumns<Field>,
  names: readonly string[],
  where: HeaderPlace,
  what: { en: string; vi: string },
): { columns: ColumnMap<Field> | null; problems: ImportProblem<ComplianceFileProblemKind>[] } {
  const problems: ImportProblem<ComplianceFileProblemKind>[] = [];
  const found = new Map<Field, number>();
  const { en: headers, vi: headersVi } = columnList(columns);
  const report = (
    kind: ComplianceFileProblemKind,
    column: string,
    index: number | null,
    value: string | null,
    text: ProblemText,
  ) => {
    const columnNumber = index === null ? null : (where.columnNumbers?.[index] ?? null);
    problems.push({ kind, file: where.label, row: where.headerRow, column, columnNumber, value, ...text });
  };

  names.forEach((name, index) => {
    const field = fieldOfHeader(columns, name);
    if (field === null && IGNORED_HEADERS.has(headerKey(name))) return;
    if (field === null) {
      report('UNKNOWN_COLUMN', name, index, name, {
        ...(name.trim() === ''
          ? { message: `column ${index + 1} has no name`, messageVi: `cột ${index + 1} không có tên` }
          : {
              message: `the column is not one of ${what.en}`,
              messageVi: `cột này không thuộc các cột của ${what.vi}`,
            }),
        fix: `Remove the column, or name it as one of ${headers}.`,
        fixVi: `Xóa cột này, hoặc đặt tên cột là một trong các tên ${headersVi}.`,
      });
      return;
    }
    const { name: fieldName, nameVi } = columns[field];
    const first = found.get(field);
    if (first !== undefined) {
      report('DUPLICATE_COLUMN', name, index, name, {
        message: `a second ${fieldName} column (the first is "${names[first]}")`,
        messageVi: `cột ${fieldName} (${nameVi}) xuất hiện lần thứ hai (cột đầu tiên là "${names[first]}")`,
        fix: 'Keep one column per field.',
        fixVi: 'Mỗi trường chỉ giữ một cột.',
      });
      return;
    }
    found.set(field, index);
    const unit = columns[field].money ? otherUnit(name) : null;
    if (unit !== null) {
      report('WRONG_UNIT', name, index, name, {
        message: `the ${fieldName} column is in ${unit}; amounts are read in đồng (VND)`,
        messageVi: `cột ${nameVi} ghi theo đơn vị ${unit}; số tiền được đọc theo đồng (VND)`,
        fix: `Write the amounts in đồng (1,500,000 rather than 1.5 million) and name the column ${fieldName} without a unit.`,
        fixVi: `Ghi số tiền theo đồng (1.500.000 thay vì 1,5 triệu) và đặt tên cột là ${nameVi}, không ghi đơn vị.`,
      });
    }
  });
  const fields = Object.keys(columns) as Field[];
  const missing = fields.filter((field) => columns[field].required && !found.has(field));
  const { en: required, vi: requiredVi } = columnList(columns, 'required');
  const { en: optional, vi: optionalVi } = columnList(columns, 'optional');
  for (const field of missing) {
    const { name, nameVi } = columns[field];
    report('MISSING_COLUMN', name, null, null, {
      message: `there is no ${name} column (${nameVi})`,
      messageVi: `không có cột ${name} (${nameVi})`,
      fix: `Add the column ${name}; ${what.en} has the columns ${required}, and may have ${optional}.`,
      fixVi: `Thêm cột ${name} (${nameVi}); ${what.vi} phải có các cột ${requiredVi}, và có thể có ${optionalVi}.`,
    });
  }
  const wrongUnit = problems.some((problem) => problem.kind === 'WRONG_UNIT');
  return { columns: missing.length > 0 || wrongUnit ? null : found, problems };
}
