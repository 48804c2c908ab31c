import { describe, expect, it } from 'vitest';
import type { Metric } from '../../api/fields';
import { attainmentRow } from '../ranking/attainment-row.fixture';
import { orderByCatalogue } from './scorecard-rows';

const metric = (key: string) => ({ key, labelVi: key }) as Metric;

describe('orderByCatalogue', () => {
  it('lists metrics in catalogue order and keeps one the catalogue does not know, last', () => {
    const rows = ['revenue', 'unknown_metric', 'dev_compulsory_si'].map((key) =>
      attainmentRow({ code: '01', name: 'Hà Nội', metric: key }),
    );
    const ordered = orderByCatalogue(rows, [metric('dev_compulsory_si'), metric('revenue')]);
    expect(ordered.map((entry) => entry.row.metric)).toEqual(['dev_compulsory_si', 'revenue', 'unknown_metric']);
    expect(ordered[2]?.metric).toBeUndefined();
  });
});
