// Amounts of money in VND (đồng), shown the vi-VN way in triệu đồng (million) or tỷ đồng (billion):
// 1.234,5 tỷ đồng · 56,7 triệu đồng. The exact figure in đồng stays available for a title.
import { MISSING, formatDecimal, formatInteger, formatPercent } from '../../i18n/format';
import { text } from '../../i18n/vi';

export type AmountUnit = 'million' | 'billion';

const DIVISORS: Readonly<Record<AmountUnit, number>> = { million: 1e6, billion: 1e9 };

/** Below this, a column of amounts reads better in triệu đồng. */
const BILLION_COLUMN_FROM = 10e9;

type Maybe<T> = T | null | undefined;

export function amountUnitLabel(unit: AmountUnit): string {
  return text.latePayment.units[unit];
}

/** One unit for a set of amounts shown together (a column, a chart): tỷ đồng once the largest reaches 10 tỷ. */
export function amountUnitFor(amounts: ReadonlyArray<Maybe<number>>): AmountUnit {
  const largest = Math.max(0, ...amounts.filter(isNumber).map(Math.abs));
  return largest >= BILLION_COLUMN_FROM ? 'billion' : 'million';
}

/** The unit a single amount reads best in: tỷ đồng from 1 tỷ, else triệu đồng. */
export function amountUnitOf(amount: number): AmountUnit {
  return Math.abs(amount) >= 1e9 ? 'billion' : 'million';
}

/**
 * The amount in the unit, without the unit: whole numbers from 100, one decimal from 1, two below 1 so that a
 * small debt is not shown as nothing (0,03 triệu đồng; <0,01 below that).
 */
export function formatAmount(amount: Maybe<number>, unit: AmountUnit): string {
  if (!isNumber(amount)) return MISSING;
  if (amount === 0) return '0';
  const scaled = amount / DIVISORS[unit];
  const size = Math.abs(scaled);
  if (size >= 100) return formatInteger(scaled);
  // Under 0,005 of the unit two decimals would read 0,00, which says "no debt".
  if (size < 0.005) return `<${formatDecimal(0.01, 2)}`;
  return formatDecimal(scaled, size >= 1 ? 1 : 2);
}

/** With its unit: "1.234,5 tỷ đồng"; in the unit that suits the amount unless one is given. */
export function formatAmountWithUnit(amount: Maybe<number>, unit?: AmountUnit): string {
  if (!isNumber(amount)) return MISSING;
  const chosen = unit ?? amountUnitOf(amount);
  return `${formatAmount(amount, chosen)} ${amountUnitLabel(chosen)}`;
}

/** The exact amount: "1.234.567.890 đồng", for a title or a tooltip. */
export function formatVnd(amount: Maybe<number>): string {
  return isNumber(amount) ? text.latePayment.vnd(formatInteger(amount)) : MISSING;
}

/** The late-payment ratio, with two decimals so that 2,91% and 3,37% can be told apart. */
export function formatRatio(ratio: Maybe<number>): string {
  return formatPercent(ratio, 2);
}

/** A difference between two ratios in percentage points, with its sign: "+0,46 điểm %", "−0,05 điểm %". */
export function formatPercentagePoints(difference: Maybe<number>): string {
  if (!isNumber(difference)) return MISSING;
  const digits = formatDecimal(Math.abs(difference) * 100, 2);
  const sign = digits === formatDecimal(0, 2) ? '' : difference > 0 ? '+' : '−';
  return text.latePayment.percentagePoints(`${sign}${digits}`);
}

function isNumber(value: Maybe<number>): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
