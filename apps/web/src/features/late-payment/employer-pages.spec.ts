import { describe, expect, it } from 'vitest';
import {
  employerPagesReducer,
  employerRows,
  employerTotals,
  initialEmployerPages,
  nextCursor,
  remainingCount,
} from './employer-pages';
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

describe('employerPagesReducer', () => {
  it('appends the next page to the rows already shown', () => {
    let state = initialEmployerPages('01');
    state = employerPagesReducer(state, { type: 'page', key: '01', page: first });
    state = employerPagesReducer(state, { type: 'loading-more', key: '01' });
    expect(state.status).toBe('loading-more');
    state = employerPagesReducer(state, { type: 'page', key: '01', page: second });
    expect(state.status).toBe('ready');
    expect(state.pages).toEqual([first, second]);
  });

  it('ignores an answer for a filter no longer shown', () => {
    const state = employerPagesReducer(initialEmployerPages('02'), { type: 'page', key: '01', page: first });
    expect(state).toEqual(initialEmployerPages('02'));
  });

  it('shows a failed first page as a failure, not as an empty list', () => {
    const error = new Error('down');
    const state = employerPagesReducer(initialEmployerPages('01'), { type: 'failed', key: '01', error });
    expect(state).toMatchObject({ status: 'failed', error, pages: [] });
  });

  it('keeps the rows shown when the next page fails', () => {
    let state = employerPagesReducer(initialEmployerPages('01'), { type: 'page', key: '01', page: first });
    state = employerPagesReducer(state, { type: 'failed', key: '01', error: new Error('down') });
    expect(state.status).toBe('more-failed');
    expect(state.pages).toEqual([first]);
  });

  it('starts again from the first page when the filter changes', () => {
    const state = employerPagesReducer(initialEmployerPages('01'), { type: 'page', key: '01', page: first });
    expect(employerPagesReducer(state, { type: 'reset', key: '01|FROM_3_MONTHS' })).toEqual(
      initialEmployerPages('01|FROM_3_MONTHS'),
    );
  });
});
