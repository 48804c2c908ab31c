import { describe, expect, it } from 'vitest';
import type { LatePaymentPoint } from './late-payment.queries';
import { yearOnYear } from './late-payment-year-on-year';

const point = (month: string, ratio: number | null): LatePaymentPoint => ({
  month,
  asOf: `${month}-28`,
  receivable: 100,
  overdue: ratio === null ? 0 : ratio * 100,
  ratio,
});

describe('yearOnYear', () => {
  it('puts each month of each year in its row and column, and leaves months the ledger lacks empty', () => {
    const data = yearOnYear([
      point('2022-11', 0.03),
      point('2022-12', 0.025),
      point('2023-01', 0.09),
      point('2023-02', null),
      point('2023-03', 0.05),
    ]);
    expect(data.years).toEqual([2022, 2023]);
    expect(data.months).toHaveLength(12);
    expect(data.months[0]).toEqual({ month: 1, ratios: [null, 0.09] });
    expect(data.months[1]).toEqual({ month: 2, ratios: [null, null] });
    expect(data.months[2]).toEqual({ month: 3, ratios: [null, 0.05] });
    expect(data.months[10]).toEqual({ month: 11, ratios: [0.03, null] });
    expect(data.months[11]).toEqual({ month: 12, ratios: [0.025, null] });
  });

  it('has no year and twelve empty months without points', () => {
    const data = yearOnYear([]);
    expect(data.years).toEqual([]);
    expect(data.months.every((m) => m.ratios.length === 0)).toBe(true);
  });
});
