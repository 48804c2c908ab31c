// The language of the whole UI: Vietnamese unless the user chose English with the switch in the header. The
// choice is read once, before any page module runs, so every catalogue (text, textAccess, …) and every text a
// module keeps at load time are in one language; switching stores the choice and reloads the page.
export type Language = 'vi' | 'en';

export const LANGUAGE_STORAGE_KEY = 'scorecard.language';

function storedLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    // Storage refused (private mode, a sandboxed frame): Vietnamese, the agency's language.
    return 'vi';
  }
}

/** The language of this page load. */
export const LANGUAGE: Language = storedLanguage();

/** The catalogue of this page load's language. */
export function inLanguage<T>(vietnamese: T, english: T): T {
  return LANGUAGE === 'en' ? english : vietnamese;
}

/** Stores the choice and reloads, so that no text of the other language stays on screen. */
export function chooseLanguage(language: Language): void {
  if (language === LANGUAGE) return;
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    return;
  }
  globalThis.location.reload();
}

/**
 * A catalogue's shape with its literal texts widened to string: the English catalogue must have every key and
 * every function of the Vietnamese one, with any words.
 */
export type CatalogueShape<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => CatalogueShape<R>
    : T extends readonly (infer U)[]
      ? readonly CatalogueShape<U>[]
      : T extends object
        ? { readonly [K in keyof T]: CatalogueShape<T[K]> }
        : T;
