import { describe, expect, it } from 'vitest';
import { isSummedView, mapUnitSetOf, resolveUnitSet, unitSetsOf, unitsParam, writeUnitSet } from './unit-set-view';

const on63 = { unitSet: 'VN63' } as const;
const on34 = { unitSet: 'VN34' } as const;
const query = (search: string) => new URLSearchParams(search);

describe('unitSetsOf', () => {
  it('offers the 63 and the 34 for a plan on the 63, only the 34 for a plan on the 34', () => {
    expect(unitSetsOf(on63)).toEqual(['VN63', 'VN34']);
    expect(unitSetsOf(on34)).toEqual(['VN34']);
  });
});

describe('resolveUnitSet', () => {
  it('takes the plan’s own set when the address names none', () => {
    expect(resolveUnitSet(query(''), on63)).toEqual({ unitSet: 'VN63', invalid: false });
    expect(resolveUnitSet(query(''), on34)).toEqual({ unitSet: 'VN34', invalid: false });
  });

  it('shows a plan on the 63 on the 34 when asked (units=34)', () => {
    expect(resolveUnitSet(query('?units=34'), on63)).toEqual({ unitSet: 'VN34', invalid: false });
    expect(resolveUnitSet(query('?units=63'), on63)).toEqual({ unitSet: 'VN63', invalid: false });
  });

  it('refuses to split a plan on the 34 onto the 63, and a set it does not know', () => {
    expect(resolveUnitSet(query('?units=63'), on34)).toEqual({ unitSet: 'VN34', invalid: true });
    expect(resolveUnitSet(query('?units=VN34'), on63)).toEqual({ unitSet: 'VN63', invalid: true });
  });
});

describe('writing the set into an address', () => {
  it('leaves the plan’s own set out and writes the other', () => {
    expect(unitsParam('VN63', on63)).toBeNull();
    expect(unitsParam('VN34', on34)).toBeNull();
    expect(unitsParam('VN34', on63)).toBe('34');
    const written = query('?asOf=2021-11-30&units=34');
    writeUnitSet(written, 'VN63', on63);
    expect(written.toString()).toBe('asOf=2021-11-30');
    writeUnitSet(written, 'VN34', on63);
    expect(written.toString()).toBe('asOf=2021-11-30&units=34');
  });
});

describe('the set as the map names it, and sums', () => {
  it('names the sets as the domain does', () => {
    expect(mapUnitSetOf('VN63')).toBe('vn63-2004');
    expect(mapUnitSetOf('VN34')).toBe('vn34-2025');
  });

  it('counts a view as summed only on another set than the plan’s own', () => {
    expect(isSummedView(on63, 'VN34')).toBe(true);
    expect(isSummedView(on63, 'VN63')).toBe(false);
    expect(isSummedView(on34, 'VN34')).toBe(false);
  });
});
