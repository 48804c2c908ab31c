import { describe, expect, it } from 'vitest';
import { matchesProvince, searchText } from './province-search';

const province = (code: string, nameVi: string) => ({ code, nameVi });
const PROVINCES = [
  province('01', 'Hà Nội'),
  province('35', 'Hà Nam'),
  province('66', 'Đắk Lắk'),
  province('46', 'Thừa Thiên Huế'),
  province('79', 'Hồ Chí Minh'),
  province('77', 'Bà Rịa - Vũng Tàu'),
];
const find = (query: string) => PROVINCES.filter((p) => matchesProvince(p, query)).map((p) => p.nameVi);

describe('finding a province by name', () => {
  it('finds Hà Nội from "ha noi", without diacritics, in any case and spacing', () => {
    expect(find('ha noi')).toEqual(['Hà Nội']);
    expect(find('HA  NOI')).toEqual(['Hà Nội']);
    expect(find('Hà Nội')).toEqual(['Hà Nội']);
  });

  it('reads đ as d and finds part of a name', () => {
    expect(find('dak lak')).toEqual(['Đắk Lắk']);
    expect(find('thua thien')).toEqual(['Thừa Thiên Huế']);
    expect(find('ha n')).toEqual(['Hà Nội', 'Hà Nam']);
  });

  it('ignores hyphens and finds a province by its code', () => {
    expect(find('ba ria vung tau')).toEqual(['Bà Rịa - Vũng Tàu']);
    expect(find('79')).toEqual(['Hồ Chí Minh']);
  });

  it('matches every province when nothing is typed, and none for a name that is not there', () => {
    expect(find('  ')).toHaveLength(PROVINCES.length);
    expect(find('ha tay')).toEqual([]);
  });

  it('writes text without diacritics, in lower case', () => {
    expect(searchText('Đắk Nông')).toBe('dak nong');
    expect(searchText('Quảng Trị')).toBe('quang tri');
  });
});
