import type { ProblemMessage } from './import-problem';

// Numbers as BHXH documents and provinces' files write them: "2,350,507" (English-style grouping, as in plan
// 2800/KH-BHXH), "2.350.507" (Vietnamese grouping) or "2 350 507". A separator (",", "." or a space) followed by
// exactly three digits always groups thousands: "1.234" and "1,234" are both 1234. Nothing is guessed: a text that
// could mean two things is refused with the reason, never rounded.
//
// Whether a decimal part may be read is the one deliberate difference between the callers, so it is a parameter:
// - 'whole': published plan tables hold whole numbers only. Any other separator ("1,5", "1.5", "12,34",
//   "1.234,5") is ambiguous between a decimal and a typing error, and is refused.
// - 'decimal': a reported value (money, in million VND) may have decimals. A decimal part is read only where
//   nothing else is possible: after a mark that is not a thousands group ("1234.5", "12,34", "0,5") or after a
//   whole part grouped with the other mark ("1,234.5", "1.234,5"). Whether a metric may have decimals at all is the
//   caller's decision.

export type NumberReading = 'whole' | 'decimal';

/** A number read, or why not: `message` in English and `messageVi` in Vietnamese. */
export type ParsedNumber =
  { ok: true; value: number } | ({ ok: false; reason: 'NOT_A_NUMBER' | 'NEGATIVE_NUMBER' } & ProblemMessage);

/** What is wrong with a number cell, whatever the file. */
export const NUMBER_CELL_PROBLEMS = {
  empty: { message: 'the cell is empty', messageVi: 'ô để trống' },
  negative: { message: 'the number is negative', messageVi: 'ô chứa số âm' },
  notFinite: { message: 'the cell is not a finite number', messageVi: 'ô không chứa một số hữu hạn' },
  tooLarge: { message: 'the number is too large', messageVi: 'số quá lớn' },
} as const satisfies Record<string, ProblemMessage>;

const SPACES = '[ \\u00a0\\u202f]'; // space, no-break space and narrow no-break space, as word processors group digits
const WHOLE = [/^\d+$/, /^\d{1,3}(?:,\d{3})+$/, /^\d{1,3}(?:\.\d{3})+$/, new RegExp(`^\\d{1,3}(?:${SPACES}\\d{3})+$`)];
const SPACE_GROUPED = `\\d{1,3}(?:${SPACES}\\d{3})+`;
const DECIMAL_POINT = new RegExp(`^(\\d+|\\d{1,3}(?:,\\d{3})+|${SPACE_GROUPED})\\.(\\d+)$`);
const DECIMAL_COMMA = new RegExp(`^(\\d+|\\d{1,3}(?:\\.\\d{3})+|${SPACE_GROUPED}),(\\d+)$`);
const DECIMAL_LIKE = /^\d[\d.,\s\u00a0\u202f]*[.,]\d+$/;
// A minus (hyphen, minus sign or en dash, as word processors turn it) or accounting parentheses.
const NEGATIVE = /^(?:[-\u2212\u2013]\s*[\d.,][\d.,\s\u00a0\u202f]*|\(\s*[\d.,][\d.,\s\u00a0\u202f]*\))$/;

const digitsOnly = (text: string) => text.replace(/[.,\s\u00a0\u202f]/g, '');

const NOT_A_WHOLE_NUMBER: Readonly<Record<'decimalLike' | 'other', ProblemMessage>> = {
  decimalLike: {
    message:
      'the cell looks like a decimal or has misplaced separators; plan tables hold whole numbers, and a separator must be followed by groups of three digits',
    messageVi:
      'ô có dạng số thập phân hoặc đặt dấu phân cách sai chỗ; bảng chỉ tiêu kế hoạch chỉ ghi số nguyên, sau mỗi dấu phân cách phải là một nhóm đủ ba chữ số',
  },
  other: { message: 'the cell is not a whole number', messageVi: 'ô không phải là số nguyên' },
};

const NOT_A_DECIMAL_NUMBER: Readonly<Record<'digits' | 'other', ProblemMessage>> = {
  digits: {
    message: 'the cell is not a number (digits, with "," or "." between groups of three digits, and one decimal mark)',
    messageVi: 'ô không phải là số (số gồm các chữ số, dấu "," hoặc "." giữa các nhóm ba chữ số, và một dấu thập phân)',
  },
  other: { message: 'the cell is not a number', messageVi: 'ô không phải là số' },
};

/** A number written as text, read as `reading` says (see above). */
export function parseNumberText(text: string, reading: NumberReading): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'NOT_A_NUMBER', ...NUMBER_CELL_PROBLEMS.empty };
  if (NEGATIVE.test(trimmed)) return { ok: false, reason: 'NEGATIVE_NUMBER', ...NUMBER_CELL_PROBLEMS.negative };
  if (WHOLE.some((pattern) => pattern.test(trimmed))) return checkStoredNumber(Number(digitsOnly(trimmed)), reading);
  if (reading === 'whole') {
    const why = DECIMAL_LIKE.test(trimmed) ? NOT_A_WHOLE_NUMBER.decimalLike : NOT_A_WHOLE_NUMBER.other;
    return { ok: false, reason: 'NOT_A_NUMBER', ...why };
  }
  const decimal = DECIMAL_POINT.exec(trimmed) ?? DECIMAL_COMMA.exec(trimmed);
  if (decimal) return checkStoredNumber(Number(`${digitsOnly(decimal[1] ?? '')}.${decimal[2] ?? ''}`), reading);
  const why = /\d/.test(trimmed) ? NOT_A_DECIMAL_NUMBER.digits : NOT_A_DECIMAL_NUMBER.other;
  return { ok: false, reason: 'NOT_A_NUMBER', ...why };
}

/**
 * A number a file stores as a number (a spreadsheet cell, a Parquet or Arrow column): finite, not negative, not
 * beyond what a double holds exactly, and whole when `reading` is 'whole'.
 */
export function checkStoredNumber(value: number, reading: NumberReading): ParsedNumber {
  if (!Number.isFinite(value)) return { ok: false, reason: 'NOT_A_NUMBER', ...NUMBER_CELL_PROBLEMS.notFinite };
  if (value < 0) return { ok: false, reason: 'NEGATIVE_NUMBER', ...NUMBER_CELL_PROBLEMS.negative };
  if (reading === 'whole' && !Number.isInteger(value)) {
    return {
      ok: false,
      reason: 'NOT_A_NUMBER',
      message: `the cell holds ${value}, not a whole number`,
      messageVi: `ô chứa ${value}, không phải số nguyên`,
    };
  }
  if (value > Number.MAX_SAFE_INTEGER) return { ok: false, reason: 'NOT_A_NUMBER', ...NUMBER_CELL_PROBLEMS.tooLarge };
  return { ok: true, value: value === 0 ? 0 : value }; // -0 is 0
}
