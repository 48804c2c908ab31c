import type { ProblemText } from '../import/import-problem';
import type { Province } from './province';
import type { FormerUnitMatch, ProvinceNameMatcher } from './province-name-matcher';

// A province as a file gives it: its official two-digit code ("01") or its name however a source writes it ("Hà
// Nội", "Ha Noi", "TP. Hồ Chí Minh"; see province-name-matcher.ts). Digits are always a code: a code that is no
// province's, or one that lost its leading zero in a spreadsheet ("1"), is refused as a code and never matched as
// a name. A refusal says why and what to write instead, in both languages.

/** `by` says whether the text was the code or a name; `refusal` why the text names no province. */
export type ProvinceReading = { code: string; by: 'code' | 'name' } | { code: null; refusal: ProblemText };

export type ProvinceReader = { read(text: string): ProvinceReading };

const OFFICIAL_CODE_FIX = {
  fix: 'Write the official two-digit code of data/reference/provinces63.csv, or the province name.',
  fixVi: 'Ghi mã tỉnh chính thức gồm hai chữ số theo data/reference/provinces63.csv, hoặc ghi tên tỉnh.',
};

export function createProvinceReader(provinces: readonly Province[], matcher: ProvinceNameMatcher): ProvinceReader {
  const codes = new Set(provinces.map((province) => province.code));
  return {
    read(text: string): ProvinceReading {
      const trimmed = text.trim();
      if (/^\d+$/.test(trimmed)) {
        if (trimmed.length === 2 && codes.has(trimmed)) return { code: trimmed, by: 'code' };
        const refusal: ProblemText = {
          ...(trimmed.length === 2
            ? { message: `no province has the code ${trimmed}`, messageVi: `không có tỉnh nào mang mã ${trimmed}` }
            : { message: 'a province code has two digits', messageVi: 'mã tỉnh phải gồm hai chữ số' }),
          ...(trimmed.length === 1
            ? {
                fix: `Write the code with its leading zero ("0${trimmed}"); in a spreadsheet, format the column as text so the zero stays.`,
                fixVi: `Ghi mã kèm số 0 ở đầu ("0${trimmed}"); trong bảng tính, định dạng cột kiểu văn bản (Text) để giữ số 0.`,
              }
            : OFFICIAL_CODE_FIX),
        };
        return { code: null, refusal };
      }
      const match = matcher.match(trimmed);
      if (match.code !== null) return { code: match.code, by: 'name' };
      if (match.former) return { code: null, refusal: formerUnitRefusal(match.former) };
      const names = match.suggestions.join(', ');
      const nearest = names ? ` (nearest official names: ${names})` : '';
      const nearestVi = names ? ` (tên chính thức gần nhất: ${names})` : '';
      const refusal: ProblemText = {
        message: 'the province name is not recognised',
        messageVi: 'không nhận ra tên tỉnh',
        fix: `Write the official name${nearest} or the two-digit code.`,
        fixVi: `Ghi tên chính thức của tỉnh${nearestVi} hoặc mã tỉnh gồm hai chữ số.`,
      };
      return { code: null, refusal };
    },
  };
}

/**
 * A unit of the 63 named in a table of the 34 (or of any earlier set in a later one): which unit it became since the
 * 2025 reform, and the fix of writing that unit (its figures summed with those of the other units merged into it).
 */
export function formerUnitRefusal(former: FormerUnitMatch): ProblemText {
  const { successor } = former;
  return {
    message: `${former.nameVi} (${former.code}) is a unit of the 63 before 1 July 2025; since the 2025 reform it is part of ${successor.nameVi} (${successor.code}), and this table is on the 34 units`,
    messageVi: `${former.nameVi} (mã ${former.code}) là đơn vị thuộc 63 tỉnh, thành phố trước ngày 01/7/2025; từ khi sắp xếp năm 2025 đơn vị này thuộc ${successor.nameVi} (mã ${successor.code}), còn bảng này theo 34 tỉnh, thành phố`,
    fix: `Write ${successor.nameVi} (code ${successor.code}), with the figures of every unit merged into it summed on one row.`,
    fixVi: `Ghi ${successor.nameVi} (mã ${successor.code}), cộng số liệu của các đơn vị đã hợp nhất vào đơn vị này trên một dòng.`,
  };
}
