import { describe, expect, it } from 'vitest';
import { employerTotals } from './employer-pages';
import { employerArrears, employerPage } from './late-payment.fixture';

const first = employerPage([employerArrears('A', 900), employerArrears('B', 800)], {
  totalCount: 3,
  hasNextPage: true,
});

describe('employer pages', () => {
  it('takes the totals of the whole list from the latest page, and none before the first', () => {
    expect(employerTotals([first])).toEqual({ totalCount: 3, totalOverdue: 123_000_000 });
    expect(employerTotals([])).toBeUndefined();
  });
});
