// Numbers in form boxes as people type them in Vietnam: a decimal comma ("92,5"), percents for ratios. Shared by the
// forms of "Cài đặt kế hoạch" and "Ngưỡng cảnh báo".

const editable = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6, useGrouping: false });

/** A number as a form shows it: 92.5 → "92,5", no thousands separator. */
export function toFormNumber(value: number): string {
  return editable.format(value);
}

/** A number as typed: "92,5", "92.5", "120 %"; NaN for anything else (empty, "1.000,5", "abc"). */
export function parseFormNumber(text: string): number {
  const cleaned = text.trim().replace(/\s*%$/, '');
  if (!/^-?\d+(?:[.,]\d+)?$/.test(cleaned)) return Number.NaN;
  return Number(cleaned.replace(',', '.'));
}

/** Percent → ratio without binary noise: 2.91 → 0.0291, not 0.029100000000000001. */
export function percentToRatio(percent: number): number {
  return Number((percent / 100).toPrecision(12));
}

export function ratioToPercent(ratio: number): number {
  return Number((ratio * 100).toPrecision(12));
}
