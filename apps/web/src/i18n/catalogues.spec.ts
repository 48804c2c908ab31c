import { describe, expect, it } from 'vitest';
import { enMessages } from './en';
import { enAlertSettingsMessages } from './en-alert-settings';
import { enAlertThresholdsMessages } from './en-alert-thresholds';
import { enAccessMessages } from './en-access';
import { enComplianceMessages } from './en-compliance';
import { enCoverageMessages } from './en-coverage';
import { enExportMessages } from './en-export';
import { enNotificationMessages } from './en-notifications';
import { enOverviewMessages } from './en-overview';
import { enPlanSettingsMessages } from './en-plan-settings';
import { enProvinceStandingMessages } from './en-province-standing';
import { enUnitSetMessages } from './en-unit-sets';
import { viMessages } from './vi';
import { viAlertSettingsMessages } from './vi-alert-settings';
import { viAlertThresholdsMessages } from './vi-alert-thresholds';
import { viAccessMessages } from './vi-access';
import { viComplianceMessages } from './vi-compliance';
import { viCoverageMessages } from './vi-coverage';
import { viExportMessages } from './vi-export';
import { viNotificationMessages } from './vi-notifications';
import { viOverviewMessages } from './vi-overview';
import { viPlanSettingsMessages } from './vi-plan-settings';
import { viProvinceStandingMessages } from './vi-province-standing';
import { viUnitSetMessages } from './vi-unit-sets';

const pairs: readonly (readonly [name: string, vietnamese: unknown, english: unknown])[] = [
  ['vi.ts / en.ts', viMessages, enMessages],
  ['vi-access.ts / en-access.ts', viAccessMessages, enAccessMessages],
  ['vi-alert-settings.ts / en-alert-settings.ts', viAlertSettingsMessages, enAlertSettingsMessages],
  ['vi-alert-thresholds.ts / en-alert-thresholds.ts', viAlertThresholdsMessages, enAlertThresholdsMessages],
  ['vi-compliance.ts / en-compliance.ts', viComplianceMessages, enComplianceMessages],
  ['vi-coverage.ts / en-coverage.ts', viCoverageMessages, enCoverageMessages],
  ['vi-export.ts / en-export.ts', viExportMessages, enExportMessages],
  ['vi-notifications.ts / en-notifications.ts', viNotificationMessages, enNotificationMessages],
  ['vi-overview.ts / en-overview.ts', viOverviewMessages, enOverviewMessages],
  ['vi-plan-settings.ts / en-plan-settings.ts', viPlanSettingsMessages, enPlanSettingsMessages],
  ['vi-province-standing.ts / en-province-standing.ts', viProvinceStandingMessages, enProvinceStandingMessages],
  ['vi-unit-sets.ts / en-unit-sets.ts', viUnitSetMessages, enUnitSetMessages],
];

/** Letters that English never uses but Vietnamese does: ă â đ ê ô ơ ư and the tone-marked vowels. */
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;

/**
 * Words the English catalogues keep in Vietnamese: the language switch names Vietnamese in its own words, and the
 * proper names of the archipelagos on the map and the provinces they belong to.
 */
const ALLOWED = ['Tiếng Việt', 'Hoàng Sa', 'Trường Sa', 'Đà Nẵng', 'Khánh Hòa'];

type Leaf = { path: string; value: unknown };

/** Every string and function of a catalogue, with its key path ("nav.pages.overview"). */
function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'string' || typeof value === 'function') return [{ path, value }];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path === '' ? key : `${path}.${key}`));
  }
  return [{ path, value }];
}

/** Sample arguments for a function of `length` parameters: all the string '1', then every mix of '1' and 0. */
function sampleArguments(length: number): unknown[][] {
  const calls: unknown[][] = [Array.from({ length }, () => '1')];
  for (let mask = 0; mask < 2 ** length; mask++) {
    calls.push(Array.from({ length }, (_, i) => ((mask >> i) & 1 ? '1' : 0)));
  }
  return calls;
}

/** The texts an English entry shows: the string itself, or what the function gives for the sample arguments. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return sampleArguments(fn.length).flatMap((args) => textsOf(fn(...args)));
  }
  if (value !== null && typeof value === 'object') return leaves(value).flatMap((leaf) => textsOf(leaf.value));
  return value === undefined || value === null ? [] : [String(value)];
}

function withoutAllowed(text: string): string {
  return ALLOWED.reduce((rest, word) => rest.split(word).join(''), text);
}

describe.each(pairs)('the English catalogue of %s', (_name, vietnamese, english) => {
  const viLeaves = leaves(vietnamese);
  const enLeaves = leaves(english);

  it('has the same key paths as the Vietnamese one', () => {
    const paths = (list: Leaf[]) => list.map((leaf) => leaf.path).sort();
    expect(paths(enLeaves)).toEqual(paths(viLeaves));
  });

  it('has no Vietnamese letters outside the allowed proper names', () => {
    const offenders = enLeaves.flatMap((leaf) =>
      textsOf(leaf.value)
        .filter((text) => VIETNAMESE_LETTER.test(withoutAllowed(text)))
        .map((text) => `${leaf.path}: ${text}`),
    );
    expect(offenders).toEqual([]);
  });

  it('gives each function the same number of parameters as its Vietnamese twin', () => {
    const english = new Map(enLeaves.map((leaf) => [leaf.path, leaf.value]));
    const mismatches = viLeaves
      .filter((leaf) => typeof leaf.value === 'function')
      .flatMap((leaf) => {
        const twin = english.get(leaf.path);
        const viLength = (leaf.value as (...args: never[]) => unknown).length;
        const enLength = typeof twin === 'function' ? twin.length : null;
        return enLength === viLength ? [] : [`${leaf.path}: vi ${viLength}, en ${String(enLength)}`];
      });
    expect(mismatches).toEqual([]);
  });

  it('pairs each string with a string and each function with a function', () => {
    const english = new Map(enLeaves.map((leaf) => [leaf.path, leaf.value]));
    const mismatches = viLeaves
      .filter((leaf) => typeof english.get(leaf.path) !== typeof leaf.value)
      .map((leaf) => `${leaf.path}: vi ${typeof leaf.value}, en ${typeof english.get(leaf.path)}`);
    expect(mismatches).toEqual([]);
  });
});

describe('the Vietnamese-letter check', () => {
  it('catches a Vietnamese word and lets the allowed names through', () => {
    expect(VIETNAMESE_LETTER.test(withoutAllowed('Đăng nhập'))).toBe(true);
    expect(VIETNAMESE_LETTER.test(withoutAllowed('Hạng 3'))).toBe(true);
    expect(VIETNAMESE_LETTER.test(withoutAllowed('Tiếng Việt'))).toBe(false);
    expect(VIETNAMESE_LETTER.test(withoutAllowed('Hoàng Sa Archipelago\n(Đà Nẵng)'))).toBe(false);
  });
});
