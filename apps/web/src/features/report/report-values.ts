// The form's numbers, typed the vi-VN way: "1.234.567" or "1234567", a comma before decimals ("12,5"). An empty
// box is a metric not reported this time, never a zero.
import type { ReportValueInput } from '../../api/generated/graphql';
import { text as messages } from '../../i18n/vi';

export type ParsedNumber =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'invalid'; reason: 'not-a-number' | 'negative' | 'decimal-point' };

// Spaces (also the no-break and thin spaces a copied figure brings) may group thousands, as dots do.
const SPACES = /[\s\u00a0\u202f]/g;
const PLAIN = /^\d+(,\d+)?$/;
const GROUPED = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const DOT_AS_DECIMAL = /^\d+\.\d+$/;

export function parseViNumber(text: string): ParsedNumber {
  const compact = text.replace(SPACES, '');
  if (compact === '') return { kind: 'empty' };
  if (/^[-−]/.test(compact)) {
    return parseViNumber(compact.slice(1)).kind === 'number'
      ? { kind: 'invalid', reason: 'negative' }
      : { kind: 'invalid', reason: 'not-a-number' };
  }
  if (PLAIN.test(compact) || GROUPED.test(compact)) {
    return { kind: 'number', value: Number(compact.replaceAll('.', '').replace(',', '.')) };
  }
  // "12.5": a dot that cannot be a thousands separator was probably meant as a decimal point.
  if (DOT_AS_DECIMAL.test(compact)) return { kind: 'invalid', reason: 'decimal-point' };
  return { kind: 'invalid', reason: 'not-a-number' };
}

/** Why a box cannot be sent, in Vietnamese; undefined when it can (a number, or empty). */
export function valueIssue(text: string): string | undefined {
  const parsed = parseViNumber(text);
  if (parsed.kind !== 'invalid') return undefined;
  const t = messages.report.issues;
  switch (parsed.reason) {
    case 'negative':
      return t.negative;
    case 'decimal-point':
      return t.decimalPoint(text.trim());
    case 'not-a-number':
      return t.notANumber(text.trim());
  }
}

const inputFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6, useGrouping: true });

/** How a box shows the number it was read as, once the user leaves it: "1234567" → "1.234.567". */
export function formatForInput(text: string): string {
  const parsed = parseViNumber(text);
  return parsed.kind === 'number' ? inputFormat.format(parsed.value) : text;
}

export type ReportValues = {
  /** The metrics filled in, in the order given; empty boxes are left out (a partial report). */
  values: ReportValueInput[];
  /** Metric key → why its box cannot be sent. */
  issues: Record<string, string>;
};

export function buildReportValues(
  metricKeys: readonly string[],
  texts: Readonly<Record<string, string>>,
): ReportValues {
  const result: ReportValues = { values: [], issues: {} };
  for (const metric of metricKeys) {
    const text = texts[metric] ?? '';
    const parsed = parseViNumber(text);
    if (parsed.kind === 'number') result.values.push({ metric, value: parsed.value });
    else if (parsed.kind === 'invalid') result.issues[metric] = valueIssue(text) ?? '';
  }
  return result;
}
