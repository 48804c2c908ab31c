import { describe, expect, it } from 'vitest';
import {
  matchingCount,
  pageCount,
  pageInRange,
  pageVariables,
  resolveNotificationParams,
  shownRange,
  toNotificationSearch,
} from './notification-params';

describe('notification params', () => {
  it('shows every alert, first page, by default', () => {
    expect(resolveNotificationParams('')).toEqual({ params: { unreadOnly: false, page: 1 }, invalid: [] });
  });

  it('reads "Chỉ chưa đọc" and the page from the address', () => {
    expect(resolveNotificationParams('?unread=1&page=3').params).toEqual({ unreadOnly: true, page: 3 });
    expect(resolveNotificationParams('?unread=0').params.unreadOnly).toBe(false);
  });

  it('names a parameter it cannot read and falls back to the default', () => {
    expect(resolveNotificationParams('?unread=maybe&page=0')).toEqual({
      params: { unreadOnly: false, page: 1 },
      invalid: ['unread', 'page'],
    });
    expect(resolveNotificationParams('?page=2.5').invalid).toEqual(['page']);
    expect(resolveNotificationParams('?page=-1').invalid).toEqual(['page']);
  });

  it('writes the defaults as nothing and keeps other parameters', () => {
    expect(toNotificationSearch({ unreadOnly: false, page: 1 }, '?unread=1&page=2&x=1')).toBe('?x=1');
    expect(toNotificationSearch({ unreadOnly: true, page: 2 }, '')).toBe('?unread=1&page=2');
  });

  it('asks the server for 20 at a time from the page’s first position', () => {
    expect(pageVariables({ unreadOnly: false, page: 1 })).toEqual({ first: 20, offset: 0, unreadOnly: false });
    expect(pageVariables({ unreadOnly: true, page: 3 })).toEqual({ first: 20, offset: 40, unreadOnly: true });
  });
});

describe('notification paging', () => {
  it('counts the unread ones under "Chỉ chưa đọc" and all of them otherwise', () => {
    const counts = { totalCount: 45, unreadCount: 7 };
    expect(matchingCount(counts, false)).toBe(45);
    expect(matchingCount(counts, true)).toBe(7);
  });

  it('has pages of 20, and one page when the list is empty', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
    expect(pageCount(45)).toBe(3);
  });

  it('sends a page past the end to the last page, and leaves a page that is there', () => {
    expect(pageInRange(3, 45)).toBeNull();
    expect(pageInRange(4, 45)).toBe(3);
    expect(pageInRange(2, 0)).toBe(1);
    expect(pageInRange(1, 0)).toBeNull();
  });

  it('gives the positions of the page’s first and last alert', () => {
    expect(shownRange(1, 20)).toEqual({ from: 1, to: 20 });
    expect(shownRange(3, 5)).toEqual({ from: 41, to: 45 });
    expect(shownRange(1, 0)).toBeNull();
  });
});
