// Whole numbers as printed in BHXH tables: "2,350,507" (English-style grouping, as in plan 2800/KH-BHXH),
// "2.350.507" (Vietnamese grouping) or "2 350 507". Plan tables hold whole numbers only, so a separator
// followed by exactly three digits is always a thousands separator: "1.234" and "1,234" are both 1234.
// Anything else with a separator ("1,5", "1.5", "12,34", "1.234,5") is ambiguous between a decimal and a
// typing error and is refused, never rounded or guessed.

export type PublishedNumberProblem = 'NOT_A_NUMBER' | 'NEGATIVE_NUMBER';

export type PublishedNumber =
  { ok: true; value: number } | { ok: false; reason: PublishedNumberProblem; message: string };

const PLAIN = /^\d+$/;
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+$/;
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
// Space, no-break space and narrow no-break space, as word processors group digits.
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$/;
const DECIMAL_LIKE = /^\d[\d.,\s\u00a0\u202f]*[.,]\d+$/;
const NEGATIVE = /^(?:[-\u2212\u2013]\s*[\d.,]+|\(\s*[\d.,]+\s*\))$/;

export function parsePublishedNumber(text: string): PublishedNumber {
  const trimmed = text.trim();
  if (trimmed.length === 0) return { ok: false, reason: 'NOT_A_NUMBER', message: 'the cell is empty' };
  if (NEGATIVE.test(trimmed)) return { ok: false, reason: 'NEGATIVE_NUMBER', message: 'the number is negative' };
  if (
    !PLAIN.test(trimmed) &&
    !COMMA_GROUPED.test(trimmed) &&
    !DOT_GROUPED.test(trimmed) &&
    !SPACE_GROUPED.test(trimmed)
  ) {
    const message = DECIMAL_LIKE.test(trimmed)
      ? 'the cell looks like a decimal or has misplaced separators; plan tables hold whole numbers, and a separator must be followed by groups of three digits'
      : 'the cell is not a whole number';
    return { ok: false, reason: 'NOT_A_NUMBER', message };
  }
  const value = Number(trimmed.replace(/[.,\s\u00a0\u202f]/g, ''));
  if (!Number.isSafeInteger(value)) return { ok: false, reason: 'NOT_A_NUMBER', message: 'the number is too large' };
  return { ok: true, value };
}

/** A number a spreadsheet stores as a number (not as text): it must be a whole, non-negative, safe integer. */
export function checkStoredNumber(value: number): PublishedNumber {
  if (!Number.isFinite(value)) return { ok: false, reason: 'NOT_A_NUMBER', message: 'the cell is not a finite number' };
  if (value < 0) return { ok: false, reason: 'NEGATIVE_NUMBER', message: 'the number is negative' };
  if (!Number.isInteger(value)) {
    return { ok: false, reason: 'NOT_A_NUMBER', message: `the cell holds ${value}, not a whole number` };
  }
  if (!Number.isSafeInteger(value)) return { ok: false, reason: 'NOT_A_NUMBER', message: 'the number is too large' };
  return { ok: true, value: value === 0 ? 0 : value }; // -0 is 0
}

/** The fix to show for a cell that is not a usable number. */
export function numberFix(reason: PublishedNumberProblem): string {
  switch (reason) {
    case 'NEGATIVE_NUMBER':
      return 'A target cannot be negative: write the published number without a sign.';
    case 'NOT_A_NUMBER':
      return 'Write a whole number, digits with optional "," or "." thousands separators (e.g. 2,350,507 or 2.350.507); write 0 for no target.';
  }
}
