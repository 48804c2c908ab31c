import {
  checkStoredNumber,
  parseNumberText,
  type ImportProblem,
  type ParsedNumber,
  type ProblemFix,
  type ProblemMessage,
  type ProblemText,
} from '@scorecard/domain';
import {
  EMPTY_CELL,
  cellText,
  type SourceCell,
  type SourceRecord,
  type SourceTable,
} from '../actuals/actual-source-table';
import type { ColumnMap, ComplianceColumns } from './compliance-columns';
import type { ComplianceFileProblemKind } from './compliance-import.errors';

// How the cells of the workflow's files are read, the same in a list and in a file of steps: a tax code, a text, a
// count of workers, an amount in đồng. Each reader gives the value, or reports why not (with the cell, its column
// and what to do) and gives null.

/** A cell and where it is. */
export type Place = { cell: SourceCell; column: string; columnNumber: number | null };
export type Report<Kind extends string> = (kind: Kind, place: Place, text: ProblemText) => void;

/** The cells of one record by field, and how to report a problem of the record. */
export type RecordCells<Field extends string, Kind extends string> = {
  /** The field's cell; null when the file has no such column. */
  at(field: Field): Place | null;
  /** The field's cell when it holds something; null when it is empty or the file has no such column. */
  filled(field: Field): Place | null;
  /** The cell of a field the row must fill: an empty one is reported (EMPTY_CELL) and null. */
  required(field: Field): Place | null;
  report: Report<Kind>;
  /** A problem of the whole row, or of a column the file does not have (named `column`). */
  reportRow(kind: Kind, column: string | null, value: string | null, text: ProblemText): void;
};

export function recordCells<Field extends string, Kind extends string>(
  table: SourceTable,
  columns: ComplianceColumns<Field>,
  columnMap: ColumnMap<Field>,
  record: SourceRecord,
  problems: { add(problem: ImportProblem<Kind | 'EMPTY_CELL'>): void },
): RecordCells<Field, Kind | 'EMPTY_CELL'> {
  const add = (problem: ImportProblem<Kind | 'EMPTY_CELL'>) => problems.add(problem);
  const where = { file: table.label, row: record.row };
  const report: Report<Kind | 'EMPTY_CELL'> = (kind, place, text) =>
    add({
      kind,
      ...where,
      column: place.column,
      columnNumber: place.columnNumber,
      value: cellText(place.cell),
      ...text,
    });
  const at = (field: Field): Place | null => {
    const index = columnMap.get(field);
    if (index === undefined) return null;
    return {
      cell: record.cells[index] ?? EMPTY_CELL,
      column: table.columns[index] ?? '',
      columnNumber: table.columnNumbers?.[index] ?? null,
    };
  };
  const filled = (field: Field): Place | null => {
    const place = at(field);
    return place && place.cell.kind !== 'empty' ? place : null;
  };
  return {
    at,
    filled,
    required(field) {
      const place = at(field);
      if (!place) throw new Error(`${table.label}: the ${field} column was checked to be present`);
      if (place.cell.kind !== 'empty') return place;
      const { name, nameVi } = columns[field];
      report('EMPTY_CELL', place, {
        message: `the ${name} cell is empty`,
        messageVi: `ô ${nameVi} (${name}) để trống`,
        fix: `Fill in the ${name} (${nameVi}) of the row, or delete the row.`,
        fixVi: `Điền ${nameVi} (${name}) của dòng, hoặc xóa dòng này.`,
      });
      return null;
    },
    report,
    reportRow: (kind, column, value, text) => add({ kind, ...where, column, columnNumber: null, value, ...text }),
  };
}

/** "The cell holds …, not …" of a cell that is neither text nor a number: an invalid value, or else a date. */
export function holdsInstead(cell: SourceCell, wanted: { en: string; vi: string }): ProblemMessage {
  const [held, heldVi] = cell.kind === 'invalid' ? [cell.reason, cell.reasonVi] : ['a date', 'một ngày'];
  return {
    message: `the cell holds ${held}, not ${wanted.en}`,
    messageVi: `ô chứa ${heldVi}, không phải ${wanted.vi}`,
  };
}

/** A text: what a text or number cell holds, trimmed. A date cell is what Excel makes of some texts ("12/2022"). */
export function readText(place: Place, report: Report<ComplianceFileProblemKind>): string | null {
  const { cell } = place;
  if (cell.kind === 'text' || cell.kind === 'number') return cell.text.trim();
  if (cell.kind === 'empty') return '';
  report('NOT_TEXT', place, {
    ...holdsInstead(cell, { en: 'text', vi: 'văn bản' }),
    fix: 'Format the column as Text and write the value again (Excel turns some texts into dates).',
    fixVi: 'Định dạng cột kiểu văn bản (Text) rồi ghi lại giá trị (Excel tự đổi một số văn bản thành ngày).',
  });
  return null;
}

const TAX_CODE = /^\d{10}(?:-\d{3})?$/;
const TAX_CODE_FIX: ProblemFix = {
  fix: 'Write the 10 digits of the tax code, or for a branch the 10 digits, "-" and 3 digits (0101234567 or 0101234567-001).',
  fixVi:
    'Ghi 10 chữ số của mã số thuế, hoặc với đơn vị phụ thuộc 10 chữ số, dấu "-" và 3 chữ số (0101234567 hoặc 0101234567-001).',
};

/** A tax code (mã số thuế): 10 digits, or 10 digits, "-" and 3 digits for a branch; written as it is, nothing else. */
export function readTaxCode(place: Place, report: Report<ComplianceFileProblemKind>): string | null {
  const { cell } = place;
  if (cell.kind === 'text') {
    const text = cell.text.trim();
    if (TAX_CODE.test(text)) return text;
    const digitsOnly = text.replace(/[\s.\u00a0\u202f]/g, '');
    if (TAX_CODE.test(digitsOnly)) {
      report('INVALID_TAX_CODE', place, {
        message: 'the tax code has spaces or dots between its digits',
        messageVi: 'mã số thuế có dấu cách hoặc dấu chấm giữa các chữ số',
        fix: `Write the digits only: ${digitsOnly}.`,
        fixVi: `Chỉ ghi các chữ số: ${digitsOnly}.`,
      });
    } else if (/^\d{1,9}$/.test(text)) {
      report('INVALID_TAX_CODE', place, {
        message: `the tax code has ${text.length} digits; a tax code has 10`,
        messageVi: `mã số thuế có ${text.length} chữ số; mã số thuế phải có 10 chữ số`,
        fix: `${TAX_CODE_FIX.fix} A file saved from Excel may have lost the leading zero: format the column as Text there.`,
        fixVi: `${TAX_CODE_FIX.fixVi} Tệp lưu từ Excel có thể đã mất số 0 ở đầu: trong Excel, định dạng cột kiểu văn bản (Text).`,
      });
    } else {
      report('INVALID_TAX_CODE', place, {
        message: 'the cell is not a tax code',
        messageVi: 'ô không phải là mã số thuế',
        ...TAX_CODE_FIX,
      });
    }
    return null;
  }
  if (cell.kind === 'number') {
    const digits = Number.isSafeInteger(cell.value) && cell.value > 0 ? String(cell.value) : null;
    if (digits !== null && digits.length === 10) return digits;
    if (digits !== null && digits.length < 10) {
      const padded = digits.padStart(10, '0');
      report('TAX_CODE_LOST_ZEROS', place, {
        message: `the cell holds the number ${digits}: Excel dropped the leading zero of the tax code (${padded} has 10 digits)`,
        messageVi: `ô chứa số ${digits}: Excel đã bỏ số 0 ở đầu mã số thuế (${padded} gồm 10 chữ số)`,
        fix: `Format the tax code column as Text, then write the tax code with its leading zero (${padded}).`,
        fixVi: `Định dạng cột mã số thuế kiểu văn bản (Text), rồi ghi lại mã số thuế kèm số 0 ở đầu (${padded}).`,
      });
      return null;
    }
  }
  report('INVALID_TAX_CODE', place, {
    ...(cell.kind === 'number'
      ? { message: 'the cell holds a number that is no tax code', messageVi: 'ô chứa một số không phải mã số thuế' }
      : holdsInstead(cell, { en: 'a tax code', vi: 'mã số thuế' })),
    fix: `${TAX_CODE_FIX.fix} Format the column as Text.`,
    fixVi: `${TAX_CODE_FIX.fixVi} Định dạng cột kiểu văn bản (Text).`,
  });
  return null;
}

/** A number as the cell stores it or writes it ("1.234" and "1,234" are both 1234, as Vietnamese files group). */
export function numberOf(cell: SourceCell, wanted: { en: string; vi: string }): ParsedNumber {
  if (cell.kind === 'number') return checkStoredNumber(cell.value, 'decimal');
  if (cell.kind === 'text') return parseNumberText(cell.text, 'decimal');
  return { ok: false, reason: 'NOT_A_NUMBER', ...holdsInstead(cell, wanted) };
}

/** A whole number ≥ 0: `what` names it in messages ("number of workers" / "số lao động"). */
function readWhole(
  place: Place,
  report: Report<ComplianceFileProblemKind>,
  what: { en: string; vi: string },
  wholeFix: ProblemFix,
): number | null {
  const parsed = numberOf(place.cell, { en: 'a number', vi: 'số' });
  if (!parsed.ok) {
    report(parsed.reason, place, {
      message: parsed.message,
      messageVi: parsed.messageVi,
      fix: `Write the ${what.en} as a number ≥ 0: digits, with "," or "." between thousands (1,234 or 1.234).`,
      fixVi: `Ghi ${what.vi} bằng một số không âm: các chữ số, dấu "," hoặc "." phân cách hàng nghìn (1,234 hoặc 1.234).`,
    });
    return null;
  }
  if (!Number.isInteger(parsed.value)) {
    report('NOT_A_WHOLE_NUMBER', place, {
      message: `the ${what.en} is not a whole number (${parsed.value})`,
      messageVi: `${what.vi} không phải là số nguyên (${parsed.value})`,
      ...wholeFix,
    });
    return null;
  }
  return parsed.value;
}

/** A count of workers (whole, ≥ 0). */
export function readWorkers(
  place: Place,
  report: Report<ComplianceFileProblemKind>,
  what: { en: string; vi: string },
): number | null {
  return readWhole(place, report, what, {
    fix: 'Write a whole number of workers; note that "1.234" and "1,234" are both read as 1234.',
    fixVi: 'Ghi số lao động bằng số nguyên; lưu ý "1.234" và "1,234" đều được đọc là 1234.',
  });
}

/** An amount in đồng (whole, ≥ 0): a fraction is most likely an amount in millions. */
export function readAmount(
  place: Place,
  report: Report<ComplianceFileProblemKind>,
  what: { en: string; vi: string },
): number | null {
  return readWhole(place, report, what, {
    fix: 'Write the amount in whole đồng (1,500,000 rather than 1.5 million); note that "1.234" and "1,234" are both read as 1234.',
    fixVi:
      'Ghi số tiền theo đồng, số nguyên (1.500.000 thay vì 1,5 triệu); lưu ý "1.234" và "1,234" đều được đọc là 1234.',
  });
}
