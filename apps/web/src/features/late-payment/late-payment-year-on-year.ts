// Pure: the national ratio month by month laid out as one row per calendar month and one column per year, so
// that the same month of different years can be compared. The receivable accumulates from January, so a
// January ratio is only comparable with another January (docs/domain.md, "Late payment").
import type { LatePaymentPoint } from './late-payment.queries';

export type YearOnYear = {
  /** The years the ledger covers, oldest first. */
  years: number[];
  /** Month 1 to 12: the ratio of each year in `years` order; null where the ledger has no ratio for it. */
  months: { month: number; ratios: (number | null)[] }[];
};

export function yearOnYear(points: readonly LatePaymentPoint[]): YearOnYear {
  const byYear = new Map<number, (number | null)[]>();
  for (const point of points) {
    const year = Number(point.month.slice(0, 4));
    const month = Number(point.month.slice(5, 7));
    const ratios = byYear.get(year) ?? Array.from({ length: 12 }, () => null);
    ratios[month - 1] = point.ratio;
    byYear.set(year, ratios);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return {
    years,
    months: Array.from({ length: 12 }, (_, i) => ({
      month: i + 1,
      ratios: years.map((year) => byYear.get(year)?.[i] ?? null),
    })),
  };
}
