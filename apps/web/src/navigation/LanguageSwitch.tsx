import { text } from '../i18n/vi';
import { chooseLanguage, LANGUAGE } from '../i18n/language';

/** The other language, named in its own words; choosing it reloads the page in that language. */
export function LanguageSwitch() {
  return (
    <button
      type="button"
      className="language-switch"
      lang={text.language.otherLang}
      title={text.language.switchLabel}
      data-testid="language-switch"
      onClick={() => chooseLanguage(LANGUAGE === 'vi' ? 'en' : 'vi')}
    >
      {text.language.other}
    </button>
  );
}
