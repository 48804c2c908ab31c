import { describe, expect, it } from 'vitest';
import { referenceByMetric } from './report-reference';

describe('referenceByMetric', () => {
  it('gives the target, the figure before the report date, and a figure already sent for it', () => {
    const reference = referenceByMetric(
      {
        current: [
          { metric: 'revenue', target: 5000, actual: 2100, reportDate: '2021-10-31', synthetic: false },
          { metric: 'dev_voluntary_si', target: 300, actual: 120, reportDate: '2021-10-15', synthetic: false },
        ],
        previous: [
          { metric: 'revenue', actual: 1800, reportDate: '2021-10-15', synthetic: false },
          { metric: 'dev_voluntary_si', actual: 120, reportDate: '2021-10-15', synthetic: false },
        ],
      },
      '2021-10-31',
    );
    expect(reference.get('revenue')).toEqual({
      target: 5000,
      previous: { value: 1800, reportDate: '2021-10-15' },
      sentForThisDate: 2100,
    });
    // Nothing sent for 31/10 yet: the figure in force is the earlier one, not a figure for this date.
    expect(reference.get('dev_voluntary_si')?.sentForThisDate).toBeNull();
  });

  it('has no previous figure at the first report date or before any report', () => {
    const reference = referenceByMetric(
      { current: [{ metric: 'revenue', target: 5000, actual: null, reportDate: null, synthetic: false }] },
      '2021-09-15',
    );
    expect(reference.get('revenue')).toEqual({ target: 5000, previous: null, sentForThisDate: null });
  });
});
