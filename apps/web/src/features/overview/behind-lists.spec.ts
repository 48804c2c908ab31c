import { describe, expect, it } from 'vitest';
import { behindByMetric } from './behind-lists';
import { M1, M2 } from './overview.fixture';

describe('behindByMetric', () => {
  it('lists, per metric, the provinces in the band Chậm, the furthest behind first', () => {
    const lists = behindByMetric([
      { metric: 'm1', rows: M1 },
      { metric: 'm2', rows: M2 },
    ]);
    // m1: Hà Giang 60 % is behind; Nghệ An has not reported and has no band.
    expect(lists.map((list) => [list.metric, list.rows.map((row) => row.province.code)])).toEqual([
      ['m1', ['02']],
      ['m2', ['38']],
    ]);
  });

  it('orders by the ratio to the reference, ties by province code', () => {
    const behind = (code: string, ratio: number) => ({
      ...M1[0]!,
      province: { ...M1[0]!.province, code },
      band: 'BEHIND' as const,
      ratioToReference: ratio,
    });
    const [list] = behindByMetric([{ metric: 'm', rows: [behind('10', 0.8), behind('04', 0.5), behind('02', 0.8)] }]);
    expect(list!.rows.map((row) => row.province.code)).toEqual(['04', '02', '10']);
  });
});
