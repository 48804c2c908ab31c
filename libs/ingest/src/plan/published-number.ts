// Whole numbers as printed in BHXH tables: "2,350,507" (English-style grouping, as in plan 2800/KH-BHXH) or
// "2.350.507" (Vietnamese grouping). Decimals never occur in these tables, so "1.500" is fifteen hundred.

export type PublishedNumber =
  { ok: true; value: number } | { ok: false; reason: 'NOT_A_NUMBER' | 'NEGATIVE_NUMBER'; message: string };

const PLAIN = /^\d+$/;
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+$/;
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const NEGATIVE = /^(?:[-\u2212\u2013]\s*[\d.,]+|\(\s*[\d.,]+\s*\))$/;

export function parsePublishedNumber(text: string): PublishedNumber {
  const trimmed = text.trim();
  if (trimmed.length === 0) return { ok: false, reason: 'NOT_A_NUMBER', message: 'the cell is empty' };
  if (NEGATIVE.test(trimmed)) return { ok: false, reason: 'NEGATIVE_NUMBER', message: 'the number is negative' };
  if (!PLAIN.test(trimmed) && !COMMA_GROUPED.test(trimmed) && !DOT_GROUPED.test(trimmed)) {
    return { ok: false, reason: 'NOT_A_NUMBER', message: 'the cell is not a whole number' };
  }
  const value = Number(trimmed.replace(/[.,]/g, ''));
  if (!Number.isSafeInteger(value)) return { ok: false, reason: 'NOT_A_NUMBER', message: 'the number is too large' };
  return { ok: true, value };
}
