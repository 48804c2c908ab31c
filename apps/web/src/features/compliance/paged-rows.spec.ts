import { describe, expect, it } from 'vitest';
import { nextPageCursor, pagedRows, pagedTotal, type Connection } from './paged-rows';

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
