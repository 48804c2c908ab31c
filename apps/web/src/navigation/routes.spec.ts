import { describe, expect, it } from 'vitest';
import { NAV_ROUTE_IDS, createSearchMemory, isPlainLeftClick, matchRoute, routeFromPath } from './routes';

describe('routeFromPath', () => {
  it('finds each page by its path, with or without a trailing slash', () => {
    expect(routeFromPath('/')).toBe('ranking');
    expect(routeFromPath('/ke-hoach')).toBe('plans');
    expect(routeFromPath('/ke-hoach/')).toBe('plans');
    expect(routeFromPath('/bao-cao')).toBe('report');
    expect(routeFromPath('/cham-dong')).toBe('latePayment');
    expect(routeFromPath('/cham-dong/')).toBe('latePayment');
  });

  it('lists the late-payment page in the bar right after the ranking', () => {
    expect(NAV_ROUTE_IDS.slice(0, 2)).toEqual(['ranking', 'latePayment']);
  });

  it('reads the province code of a province page, keeping its leading zero', () => {
    expect(matchRoute('/tinh/01')).toEqual({ id: 'province', provinceCode: '01' });
    expect(matchRoute('/tinh/96/')).toEqual({ id: 'province', provinceCode: '96' });
    expect(matchRoute('/tinh')).toBeUndefined();
    expect(matchRoute('/tinh/01/x')).toBeUndefined();
  });

  it('has no page for an unknown path', () => {
    expect(routeFromPath('/ke-hoach/2800')).toBeUndefined();
    expect(routeFromPath('/xep-hang')).toBeUndefined();
  });
});

describe('createSearchMemory', () => {
  it('links each page to the query it last had, so returning to it shows the same view', () => {
    const memory = createSearchMemory();
    memory.remember('/', '?metric=revenue&asOf=2021-10-31');
    memory.remember('/ke-hoach', '?plan=2800-KH-BHXH-2021&version=1');
    memory.remember('/tinh/01', '?asOf=2021-10-15');
    expect(memory.href('ranking')).toBe('/?metric=revenue&asOf=2021-10-31');
    expect(memory.search('ranking')).toBe('?metric=revenue&asOf=2021-10-31');
    expect(memory.search('province')).toBe('?asOf=2021-10-15');
    expect(memory.href('plans')).toBe('/ke-hoach?plan=2800-KH-BHXH-2021&version=1');
    memory.remember('/cham-dong', '?asOf=2023-09-30&province=01');
    expect(memory.href('latePayment')).toBe('/cham-dong?asOf=2023-09-30&province=01');
  });

  it('links to the bare path of a page not visited yet, and ignores unknown paths', () => {
    const memory = createSearchMemory();
    memory.remember('/khong-co', '?x=1');
    expect(memory.href('plans')).toBe('/ke-hoach');
    expect(memory.href('ranking')).toBe('/');
  });

  it('forgets the query when a page drops it', () => {
    const memory = createSearchMemory();
    memory.remember('/ke-hoach', '?plan=a');
    memory.remember('/ke-hoach', '');
    expect(memory.href('plans')).toBe('/ke-hoach');
  });
});

describe('isPlainLeftClick', () => {
  const click = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };

  it('handles a plain click in the app and leaves new-tab clicks to the browser', () => {
    expect(isPlainLeftClick(click)).toBe(true);
    expect(isPlainLeftClick({ ...click, ctrlKey: true })).toBe(false);
    expect(isPlainLeftClick({ ...click, metaKey: true })).toBe(false);
    expect(isPlainLeftClick({ ...click, button: 1 })).toBe(false);
  });
});
