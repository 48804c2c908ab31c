import type { Province } from './province';

// Matches province names as other sources spell them (published plan tables, spreadsheets) to official
// codes. It never guesses: a name that matches no province, or more than one, is returned unmatched with
// the nearest official names as suggestions.

/** `former`: the name is a unit of an earlier unit set (see FormerUnit), not of this one. */
export type ProvinceNameMatch = { code: string } | { code: null; suggestions: string[]; former?: FormerUnitMatch };

/** A unit of an earlier unit set and the unit of this set it became (the crosswalk's successor). */
export type FormerUnit = { province: Province; successor: Province };
export type FormerUnitMatch = { nameVi: string; code: string; successor: Province };

export type ProvinceNameMatcherOptions = {
  /**
   * The units of the earlier set, each with its successor: a name that is no unit of this set but one of these is
   * refused with the successor as the one suggestion ("Hà Giang" in a 34-unit table: part of Tuyên Quang).
   */
  formerUnits?: readonly FormerUnit[];
};

export type ProvinceNameMatcher = {
  match(name: string): ProvinceNameMatch;
};

// Spellings seen in BHXH documents that no normalisation can recover, keyed to the official 2004–2025 name.
const KNOWN_ALIASES: readonly { alias: string; officialName: string }[] = [
  { alias: 'Bà Rịa - V. Tàu', officialName: 'Bà Rịa - Vũng Tàu' },
  { alias: 'BR-VT', officialName: 'Bà Rịa - Vũng Tàu' },
  { alias: 'BRVT', officialName: 'Bà Rịa - Vũng Tàu' },
  { alias: 'T. Thiên - Huế', officialName: 'Thừa Thiên Huế' },
  { alias: 'TT Huế', officialName: 'Thừa Thiên Huế' },
  { alias: 'TTH', officialName: 'Thừa Thiên Huế' },
  { alias: 'Huế', officialName: 'Thừa Thiên Huế' },
  { alias: 'HCM', officialName: 'Hồ Chí Minh' },
  { alias: 'TPHCM', officialName: 'Hồ Chí Minh' },
  { alias: 'HN', officialName: 'Hà Nội' },
  { alias: 'Kom Tum', officialName: 'Kon Tum' },
  { alias: 'Kontum', officialName: 'Kon Tum' },
  { alias: 'Bắc Cạn', officialName: 'Bắc Kạn' },
  { alias: 'Đắc Lắc', officialName: 'Đắk Lắk' },
  { alias: 'Đắc Nông', officialName: 'Đắk Nông' },
];

const MAX_SUGGESTIONS = 3;

// Vietnamese tone marks as combining characters (huyền, sắc, ngã, hỏi, nặng). Vowel-quality marks
// (circumflex, breve, horn) are part of the letter and are kept.
const TONE_MARKS: Readonly<Record<string, string>> = {
  '\u0300': '`',
  '\u0301': "'",
  '\u0303': '~',
  '\u0309': '?',
  '\u0323': '*',
};
const COMBINING = /[\u0300-\u036f]/g;
const SEPARATORS = /[\s\-\u2010-\u2015\u2212_.,;:()/]+/u;

/** Lower-case words with "Ð"/"Ɖ" read as "Đ", separators unified and administrative prefixes removed. */
function words(name: string): string[] {
  const text = name
    .normalize('NFC')
    .replace(/[\u00d0\u0189]/g, 'Đ')
    .replace(/[\u00f0\u0256]/g, 'đ')
    .toLowerCase();
  const tokens = text.split(SEPARATORS).filter((token) => token.length > 0);
  // "TP.", "TP ", "Thành phố", "Tỉnh", "BHXH" in any order, e.g. "BHXH tỉnh Sơn La", "BHXH TP. Hồ Chí Minh".
  for (;;) {
    const first = tokens[0] === undefined ? '' : asciiWord(tokens[0]);
    if (tokens.length > 1 && (first === 'tp' || first === 'tinh' || first === 'bhxh')) tokens.shift();
    else if (tokens.length > 2 && first === 'thanh' && asciiWord(tokens[1] ?? '') === 'pho') tokens.splice(0, 2);
    else return tokens;
  }
}

function asciiWord(word: string): string {
  return word.normalize('NFD').replace(COMBINING, '').replace(/đ/g, 'd');
}

/** A word with its tone mark moved to the end, so "hoà" and "hòa" (old and new placement) are equal. */
function tonedWord(word: string): string {
  let tone = '';
  let letters = '';
  for (const char of word.normalize('NFD')) {
    const mark = TONE_MARKS[char];
    if (mark === undefined) letters += char;
    else tone = mark;
  }
  return letters.normalize('NFC') + tone;
}

function tonedKey(name: string): string {
  return words(name).map(tonedWord).join(' ');
}

function asciiKey(name: string): string {
  return words(name).map(asciiWord).join(' ');
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Keys shared by two provinces map to null: such a key is ambiguous and must not match either. */
function indexBy(entries: readonly { key: string; code: string }[]): Map<string, string | null> {
  const index = new Map<string, string | null>();
  for (const { key, code } of entries) {
    if (key.length === 0) continue;
    const existing = index.get(key);
    index.set(key, existing === undefined || existing === code ? code : null);
  }
  return index;
}

export function createProvinceNameMatcher(
  provinces: readonly Province[],
  options: ProvinceNameMatcherOptions = {},
): ProvinceNameMatcher {
  const formerUnits = options.formerUnits ?? [];
  const former = formerUnits.length > 0 ? createProvinceNameMatcher(formerUnits.map((unit) => unit.province)) : null;
  const formerByCode = new Map(formerUnits.map((unit) => [unit.province.code, unit]));
  const byToned = indexBy(provinces.map((p) => ({ key: tonedKey(p.nameVi), code: p.code })));
  const byAscii = indexBy(provinces.map((p) => ({ key: asciiKey(p.nameVi), code: p.code })));
  const byCompactAscii = indexBy(provinces.map((p) => ({ key: asciiKey(p.nameVi).replace(/ /g, ''), code: p.code })));

  // Aliases whose official name is not in this province list (another unit set) are left out.
  const aliasEntries = KNOWN_ALIASES.flatMap(({ alias, officialName }) => {
    const code = byToned.get(tonedKey(officialName));
    return code ? [{ key: asciiKey(alias), code }] : [];
  });
  for (const { key, code } of aliasEntries) {
    const official = byAscii.get(key);
    if (official !== undefined && official !== code) {
      throw new Error(
        `Province alias "${key}" would shadow the official name of province ${official ?? '(ambiguous)'}`,
      );
    }
  }
  const byAlias = indexBy(aliasEntries);

  const nameByCode = new Map(provinces.map((p) => [p.code, p.nameVi]));
  const suggestionKeys = [...provinces.map((p) => ({ key: asciiKey(p.nameVi), code: p.code })), ...aliasEntries];

  function suggest(name: string): string[] {
    const key = asciiKey(name);
    if (key.length === 0) return [];
    const best = new Map<string, number>();
    for (const entry of suggestionKeys) {
      const distance = levenshtein(key, entry.key);
      const known = best.get(entry.code);
      if (known === undefined || distance < known) best.set(entry.code, distance);
    }
    return [...best.entries()]
      .sort(([codeA, a], [codeB, b]) => a - b || codeA.localeCompare(codeB))
      .slice(0, MAX_SUGGESTIONS)
      .map(([code]) => nameByCode.get(code) ?? code);
  }

  return {
    match(name: string): ProvinceNameMatch {
      const ascii = asciiKey(name);
      const candidates = [
        byToned.get(tonedKey(name)),
        byAscii.get(ascii),
        byCompactAscii.get(ascii.replace(/ /g, '')),
        byAlias.get(ascii),
        byAlias.get(ascii.replace(/ /g, '')),
      ];
      for (const code of candidates) {
        if (code === null) break; // ambiguous at this stage: refuse rather than try looser stages
        if (code !== undefined) return { code };
      }
      const earlier = former?.match(name);
      const unit = earlier?.code ? formerByCode.get(earlier.code) : undefined;
      if (unit) {
        const match = { nameVi: unit.province.nameVi, code: unit.province.code, successor: unit.successor };
        return { code: null, suggestions: [unit.successor.nameVi], former: match };
      }
      return { code: null, suggestions: suggest(name) };
    },
  };
}
