import { describe, expect, it } from 'vitest';
import type { Province } from './province';
import { createProvinceNameMatcher } from './province-name-matcher';
import { createProvinceReader } from './province-reader';

const province = (code: string, nameVi: string): Province => ({
  code,
  nameVi,
  nameEn: '',
  type: '',
  regionVi: '',
  regionEn: '',
});
const provinces = [province('01', 'Hà Nội'), province('79', 'Hồ Chí Minh'), province('48', 'Đà Nẵng')];
const reader = createProvinceReader(provinces, createProvinceNameMatcher(provinces));

describe('createProvinceReader', () => {
  it('reads a province by its two-digit code or by its name, with or without diacritics', () => {
    expect(reader.read('01')).toEqual({ code: '01', by: 'code' });
    expect(reader.read(' 79 ')).toEqual({ code: '79', by: 'code' });
    expect(reader.read('Hà Nội')).toEqual({ code: '01', by: 'name' });
    expect(reader.read('Ha Noi')).toEqual({ code: '01', by: 'name' });
    expect(reader.read('TP. Hồ Chí Minh')).toEqual({ code: '79', by: 'name' });
  });

  it('asks for the leading zero of a one-digit code rather than reading it as a name', () => {
    const reading = reader.read('1');
    expect(reading.code).toBeNull();
    if (reading.code !== null) return;
    expect(reading.refusal.message).toBe('a province code has two digits');
    expect(reading.refusal.fix).toContain('"01"');
    expect(reading.refusal.fixVi).toContain('"01"');
  });

  it('refuses a code that is no province’s, and an unknown name with the nearest official names', () => {
    expect(reader.read('02')).toMatchObject({ code: null, refusal: { message: 'no province has the code 02' } });
    expect(reader.read('123')).toMatchObject({ code: null, refusal: { message: 'a province code has two digits' } });
    const unknown = reader.read('Ha Noy');
    expect(unknown).toMatchObject({ code: null, refusal: { message: 'the province name is not recognised' } });
    if (unknown.code === null) expect(unknown.refusal.fix).toContain('Hà Nội');
  });
});
