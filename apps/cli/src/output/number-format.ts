const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** vi-VN grouping (1.234.567), signed when asked (+7.148). */
export function formatNumber(value: number, signed = false): string {
  const text = integer.format(Math.abs(value));
  if (value < 0) return `−${text}`;
  return signed && value > 0 ? `+${text}` : text;
}
