// Whole numbers as printed in BHXH tables: "2,350,507" (English-style grouping, as in plan 2800/KH-BHXH),
// "2.350.507" (Vietnamese grouping) or "2 350 507". Plan tables hold whole numbers only, so a separator
// followed by exactly three digits is always a thousands separator: "1.234" and "1,234" are both 1234.
// Anything else with a separator ("1,5", "1.5", "12,34", "1.234,5") is ambiguous between a decimal and a
// typing error and is refused, never rounded or guessed.

import type { ProblemFix, ProblemMessage } from '../problem-list';
import { NUMBER_CELL_PROBLEMS } from '../problem-list.ts';

export type PublishedNumberProblem = 'NOT_A_NUMBER' | 'NEGATIVE_NUMBER';

export type PublishedNumber =
  { ok: true; value: number } | ({ ok: false; reason: PublishedNumberProblem } & ProblemMessage);

const PLAIN = /^\d+$/;
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+$/;
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
// Space, no-break space and narrow no-break space, as word processors group digits.
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$/;
const DECIMAL_LIKE = /^\d[\d.,\s\u00a0\u202f]*[.,]\d+$/;
const NEGATIVE = /^(?:[-\u2212\u2013]\s*[\d.,]+|\(\s*[\d.,]+\s*\))$/;

const EMPTY: ProblemMessage = { message: 'the cell is empty', messageVi: 'ô để trống' };
const NEGATIVE_NUMBER = NUMBER_CELL_PROBLEMS.negative;
const TOO_LARGE: ProblemMessage = { message: 'the number is too large', messageVi: 'số quá lớn' };

export function parsePublishedNumber(text: string): PublishedNumber {
  const trimmed = text.trim();
  if (trimmed.length === 0) return { ok: false, reason: 'NOT_A_NUMBER', ...EMPTY };
  if (NEGATIVE.test(trimmed)) return { ok: false, reason: 'NEGATIVE_NUMBER', ...NEGATIVE_NUMBER };
  if (
    !PLAIN.test(trimmed) &&
    !COMMA_GROUPED.test(trimmed) &&
    !DOT_GROUPED.test(trimmed) &&
    !SPACE_GROUPED.test(trimmed)
  ) {
    const text: ProblemMessage = DECIMAL_LIKE.test(trimmed)
      ? {
          message:
            'the cell looks like a decimal or has misplaced separators; plan tables hold whole numbers, and a separator must be followed by groups of three digits',
          messageVi:
            'ô có dạng số thập phân hoặc đặt dấu phân cách sai chỗ; bảng chỉ tiêu kế hoạch chỉ ghi số nguyên, sau mỗi dấu phân cách phải là một nhóm đủ ba chữ số',
        }
      : { message: 'the cell is not a whole number', messageVi: 'ô không phải là số nguyên' };
    return { ok: false, reason: 'NOT_A_NUMBER', ...text };
  }
  const value = Number(trimmed.replace(/[.,\s\u00a0\u202f]/g, ''));
  if (!Number.isSafeInteger(value)) return { ok: false, reason: 'NOT_A_NUMBER', ...TOO_LARGE };
  return { ok: true, value };
}

/** A number a spreadsheet stores as a number (not as text): it must be a whole, non-negative, safe integer. */
export function checkStoredNumber(value: number): PublishedNumber {
  if (!Number.isFinite(value)) {
    return { ok: false, reason: 'NOT_A_NUMBER', ...NUMBER_CELL_PROBLEMS.notFinite };
  }
  if (value < 0) return { ok: false, reason: 'NEGATIVE_NUMBER', ...NEGATIVE_NUMBER };
  if (!Number.isInteger(value)) {
    return {
      ok: false,
      reason: 'NOT_A_NUMBER',
      message: `the cell holds ${value}, not a whole number`,
      messageVi: `ô chứa ${value}, không phải số nguyên`,
    };
  }
  if (!Number.isSafeInteger(value)) return { ok: false, reason: 'NOT_A_NUMBER', ...TOO_LARGE };
  return { ok: true, value: value === 0 ? 0 : value }; // -0 is 0
}

/** The fix to show for a cell that is not a usable number. */
export function numberFix(reason: PublishedNumberProblem): ProblemFix {
  switch (reason) {
    case 'NEGATIVE_NUMBER':
      return {
        fix: 'A target cannot be negative: write the published number without a sign.',
        fixVi: 'Chỉ tiêu không thể là số âm: ghi đúng số đã công bố, không kèm dấu trừ hay dấu ngoặc.',
      };
    case 'NOT_A_NUMBER':
      return {
        fix: 'Write a whole number, digits with optional "," or "." thousands separators (e.g. 2,350,507 or 2.350.507); write 0 for no target.',
        fixVi:
          'Ghi số nguyên bằng chữ số, có thể dùng dấu "," hoặc "." phân cách hàng nghìn (ví dụ 2,350,507 hoặc 2.350.507); ghi 0 nếu không giao chỉ tiêu.',
      };
  }
}
