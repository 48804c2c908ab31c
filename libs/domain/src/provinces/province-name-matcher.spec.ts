import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Province } from './province';
import { createProvinceNameMatcher } from './province-name-matcher';

// The official list as shipped; the matcher itself does no I/O.
function loadProvinces(): Province[] {
  const csv = readFileSync(new URL('../../../../data/reference/provinces63.csv', import.meta.url), 'utf8');
  return csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [code = '', nameVi = '', nameEn = '', type = '', regionVi = '', regionEn = ''] = line.split(',');
      return { code, nameVi, nameEn, type, regionVi, regionEn };
    });
}

const provinces = loadProvinces();
const matcher = createProvinceNameMatcher(provinces);
const codeOf = (name: string) => matcher.match(name).code;

function province(code: string, nameVi: string): Province {
  return { code, nameVi, nameEn: '', type: '', regionVi: '', regionEn: '' };
}

describe('createProvinceNameMatcher', () => {
  it('matches every official name to its own code', () => {
    expect(provinces).toHaveLength(63);
    for (const p of provinces) expect(codeOf(p.nameVi)).toBe(p.code);
  });

  it('matches every official ASCII name to its own code, so no two names collide without diacritics', () => {
    for (const p of provinces) expect(codeOf(p.nameEn)).toBe(p.code);
  });

  it('reads names whatever the Unicode normal form and letter case', () => {
    expect(codeOf('Đà Nẵng'.normalize('NFD'))).toBe('48');
    expect(codeOf('ĐÀ NẴNG')).toBe('48');
    expect(codeOf('  cần   thơ ')).toBe('92');
  });

  it('reads "Ð" (U+00D0, Icelandic eth) as "Đ"', () => {
    expect(codeOf('\u00d0ồng Nai')).toBe('75');
    expect(codeOf('\u00d0ắk Lắk')).toBe('66');
  });

  it('accepts both old and new tone-mark placement', () => {
    expect(codeOf('Khánh Hoà')).toBe('56');
    expect(codeOf('Khánh Hòa')).toBe('56');
    expect(codeOf('Thanh Hoá')).toBe('38');
    expect(codeOf('Thanh Hóa')).toBe('38');
    expect(codeOf('Hoà Bình')).toBe('17');
    expect(codeOf('Hòa Bình')).toBe('17');
  });

  it('ignores the prefixes TP., TP, Thành phố, Tỉnh and BHXH', () => {
    expect(codeOf('TP. Hồ Chí Minh')).toBe('79');
    expect(codeOf('TP Hồ Chí Minh')).toBe('79');
    expect(codeOf('Thành phố Hồ Chí Minh')).toBe('79');
    expect(codeOf('Tỉnh Sơn La')).toBe('14');
    expect(codeOf('BHXH tỉnh Sơn La')).toBe('14');
    expect(codeOf('BHXH TP. Hải Phòng')).toBe('31');
  });

  it('treats hyphens, en dashes and spaces alike', () => {
    expect(codeOf('Bà Rịa-Vũng Tàu')).toBe('77');
    expect(codeOf('Bà Rịa – Vũng Tàu')).toBe('77');
    expect(codeOf('Thừa Thiên - Huế')).toBe('46');
  });

  it('matches every official name however a source writes it: NFD, "Ð", either tone placement, prefix, dashes', () => {
    const pairs: [string, string][] = [
      ['oà', 'òa'],
      ['oá', 'óa'],
      ['oả', 'ỏa'],
      ['oạ', 'ọa'],
      ['uý', 'úy'],
      ['uỳ', 'ùy'],
    ];
    const swapTones = (name: string) =>
      pairs.reduce(
        (text, [a, b]) => text.replace(new RegExp(`${a}|${b}`, 'g'), (found) => (found === a ? b : a)),
        name,
      );
    const written = (p: Province) =>
      `${p.type.startsWith('Thành phố') ? 'TP. ' : 'Tỉnh '}${swapTones(p.nameVi)}`
        .replace(/-/g, '\u2013')
        .normalize('NFD')
        .replace(/\u0110/g, '\u00d0');
    expect(written(provinces.find((p) => p.code === '17') ?? provinces[0]!)).toBe('Tỉnh Hòa Bình'.normalize('NFD'));
    for (const p of provinces) expect(codeOf(written(p)), written(p)).toBe(p.code);
  });

  it('falls back to the name without diacritics', () => {
    expect(codeOf('Son La')).toBe('14');
    expect(codeOf('Hung Yên')).toBe('33');
    expect(codeOf('Ha Noi')).toBe('01');
    expect(codeOf('Ha Nam')).toBe('35');
  });

  it('knows the abbreviations used in BHXH documents', () => {
    expect(codeOf('Bà Rịa-V. Tàu')).toBe('77');
    expect(codeOf('Bà Rịa - V. Tàu')).toBe('77');
    expect(codeOf('BR-VT')).toBe('77');
    expect(codeOf('T. Thiên - Huế')).toBe('46');
    expect(codeOf('TT Huế')).toBe('46');
    expect(codeOf('Huế')).toBe('46');
    expect(codeOf('HCM')).toBe('79');
    expect(codeOf('TP HCM')).toBe('79');
    expect(codeOf('TP.HCM')).toBe('79');
    expect(codeOf('Hồ Chí Minh')).toBe('79');
    expect(codeOf('HN')).toBe('01');
  });

  it('knows common misspellings', () => {
    expect(codeOf('Kom Tum')).toBe('62');
    expect(codeOf('Đắc Lắc')).toBe('66');
  });

  it('refuses an unknown name and suggests up to three nearest official names', () => {
    const result = matcher.match('Kon Tun');
    expect(result.code).toBeNull();
    if (result.code !== null) return;
    expect(result.suggestions.length).toBeLessThanOrEqual(3);
    expect(result.suggestions[0]).toBe('Kon Tum');
  });

  it('suggests the official name, not the alias, when an abbreviation is misspelt', () => {
    const result = matcher.match('HCMM');
    expect(result).toEqual({ code: null, suggestions: expect.arrayContaining(['Hồ Chí Minh']) });
  });

  it('refuses an empty name without suggestions', () => {
    expect(matcher.match('  ')).toEqual({ code: null, suggestions: [] });
  });

  it('does not match a name that is only a prefix', () => {
    expect(matcher.match('Tỉnh').code).toBeNull();
    expect(matcher.match('Toàn quốc').code).toBeNull();
  });

  it('refuses a name that two provinces share once diacritics are removed', () => {
    const ambiguous = createProvinceNameMatcher([province('01', 'Hà Tây'), province('02', 'Hả Tấy')]);
    expect(ambiguous.match('Hà Tây')).toEqual({ code: '01' });
    expect(ambiguous.match('Hả Tấy')).toEqual({ code: '02' });
    expect(ambiguous.match('Ha Tay').code).toBeNull();
  });

  it('leaves out aliases whose province is not in the list', () => {
    const small = createProvinceNameMatcher([province('01', 'Hà Nội')]);
    expect(small.match('HCM').code).toBeNull();
    expect(small.match('HN')).toEqual({ code: '01' });
  });
});

describe('createProvinceNameMatcher on the 34 units, with the 63 as former units', () => {
  const unit = (code: string, nameVi: string): Province => ({
    code,
    nameVi,
    nameEn: nameVi,
    type: 'Tỉnh',
    regionVi: '',
    regionEn: '',
  });
  const tuyenQuang = unit('08', 'Tuyên Quang');
  const hue = unit('46', 'Huế');
  const later = [unit('01', 'Hà Nội'), tuyenQuang, hue];
  const byCode = new Map(provinces.map((p) => [p.code, p]));
  const formerUnits = [
    { province: byCode.get('01')!, successor: later[0]! },
    { province: byCode.get('02')!, successor: tuyenQuang },
    { province: byCode.get('08')!, successor: tuyenQuang },
    { province: byCode.get('46')!, successor: hue },
  ];
  const matcher34 = createProvinceNameMatcher(later, { formerUnits });

  it('reads the new names, with or without "Thành phố"', () => {
    expect(matcher34.match('Thành phố Huế')).toEqual({ code: '46' });
    expect(matcher34.match('Tuyên Quang')).toEqual({ code: '08' });
    expect(matcher34.match('TP Hà Nội')).toEqual({ code: '01' });
  });

  it('refuses a unit of the 63 with the unit it became as the one suggestion', () => {
    const match = matcher34.match('Hà Giang');
    expect(match).toEqual({
      code: null,
      suggestions: ['Tuyên Quang'],
      former: { nameVi: 'Hà Giang', code: '02', successor: tuyenQuang },
    });
    expect(matcher34.match('Thừa Thiên Huế')).toMatchObject({ code: null, former: { code: '46', successor: hue } });
  });

  it('leaves a name of neither set unmatched without a former unit', () => {
    const match = matcher34.match('Atlantis');
    expect(match.code).toBeNull();
    expect(match).not.toHaveProperty('former');
  });
});
