import { describe, expect, it } from 'vitest';
import { employerPagesStatus, employerRows, employerTotals, nextCursor, remainingCount } from './employer-pages';
import { employerArrears, employerPage } from './late-payment.fixture';

const first = employerPage([employerArrears('A', 900), employerArrears('B', 800)], {
  totalCount: 3,
  hasNextPage: true,
});
const second = employerPage([employerArrears('C', 100)], { totalCount: 3 });

describe('employer pages', () => {
  it('lists the rows of every page loaded, in order', () => {
    expect(employerRows([first, second]).map((row) => row.employer.id)).toEqual(['A', 'B', 'C']);
  });

  it('lists an employer repeated by a later page once', () => {
    const overlapping = employerPage([employerArrears('B', 800), employerArrears('C', 100)], { totalCount: 3 });
    expect(employerRows([first, overlapping]).map((row) => row.employer.id)).toEqual(['A', 'B', 'C']);
  });

  it('asks for the next page after the last cursor, and for none after the last page', () => {
    expect(nextCursor([first])).toBe('c-B');
    expect(nextCursor([first, second])).toBeNull();
    expect(nextCursor([])).toBeNull();
  });

  it('counts what is still to load against the total of the whole list', () => {
    expect(remainingCount([first])).toBe(1);
    expect(remainingCount([first, second])).toBe(0);
    expect(employerTotals([first])).toEqual({ totalCount: 3, totalOverdue: 123_000_000 });
    expect(employerTotals([])).toBeUndefined();
  });
});

describe('employerPagesStatus', () => {
  const settled = { hasPages: true, isError: false, isFetchNextPageError: false, isFetchingNextPage: false };

  it('is loading until the first page of the filter is there', () => {
    expect(employerPagesStatus({ ...settled, hasPages: false })).toBe('loading');
    expect(employerPagesStatus(settled)).toBe('ready');
  });

  it('says the next page is loading while the rows shown stay', () => {
    expect(employerPagesStatus({ ...settled, isFetchingNextPage: true })).toBe('loading-more');
  });

  it('shows a failed first page as a failure, not as an empty list', () => {
    expect(employerPagesStatus({ ...settled, hasPages: false, isError: true })).toBe('failed');
  });

  it('keeps the rows shown when the next page fails', () => {
    expect(employerPagesStatus({ ...settled, isError: true, isFetchNextPageError: true })).toBe('more-failed');
  });

  it('shows a failed reload of the pages shown as a failure, not as the old rows', () => {
    expect(employerPagesStatus({ ...settled, isError: true })).toBe('failed');
  });
});
