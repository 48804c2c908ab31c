import { describe, expect, it } from 'vitest';
import { nextPageCursor, pagedRows, pagedStatus, pagedTotal, type Connection } from './paged-rows';

const page = (ids: string[], total: number, endCursor: string | null): Connection<{ id: string }> => ({
  totalCount: total,
  edges: ids.map((id) => ({ node: { id } })),
  pageInfo: { hasNextPage: endCursor !== null, endCursor },
});

describe('a list loaded a page at a time', () => {
  it('lists the rows of every page in order, a row repeated by a later page once', () => {
    const pages = [page(['1', '2'], 5, 'b'), page(['2', '3'], 5, 'c')];
    expect(pagedRows(pages, (n) => n.id).map((n) => n.id)).toEqual(['1', '2', '3']);
  });

  it('asks for the page after the last one, and for none once the last says so', () => {
    expect(nextPageCursor([page(['1'], 2, 'a')])).toBe('a');
    expect(nextPageCursor([page(['1'], 2, 'a'), page(['2'], 2, null)])).toBeNull();
    expect(nextPageCursor([])).toBeNull();
  });

  it('takes the total from the latest page', () => {
    expect(pagedTotal([page(['1'], 9, 'a'), page(['2'], 10, 'b')])).toBe(10);
    expect(pagedTotal([])).toBeUndefined();
  });
});

describe('pagedStatus', () => {
  const settled = { hasPages: true, isError: false, isFetchNextPageError: false, isFetchingNextPage: false };

  it('is loading until the first page of the filter is there', () => {
    expect(pagedStatus({ ...settled, hasPages: false })).toBe('loading');
    expect(pagedStatus(settled)).toBe('ready');
  });

  it('says the next page is loading while the rows shown stay', () => {
    expect(pagedStatus({ ...settled, isFetchingNextPage: true })).toBe('loading-more');
  });

  it('shows a failed first page as a failure, not as an empty list', () => {
    expect(pagedStatus({ ...settled, hasPages: false, isError: true })).toBe('failed');
  });

  it('keeps the rows shown when the next page fails', () => {
    expect(pagedStatus({ ...settled, isError: true, isFetchNextPageError: true })).toBe('more-failed');
  });

  it('shows a failed reload of the pages shown as a failure, not as the old rows', () => {
    expect(pagedStatus({ ...settled, isError: true })).toBe('failed');
  });
});
