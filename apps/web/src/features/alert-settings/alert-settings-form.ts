// The form of "Cài đặt cảnh báo" as plain values: prefilled from the choices in force, sent as they are. Whether an
// address is one, and whether a digest has an address, is the server's to say (its refusal, in Vietnamese, is shown
// beside the form): the rules are kept once, in the API.
import type { AlertKind, AlertSettings, AlertSettingsVariables, DigestChoice } from './alert-settings.queries';

export type MessageLanguage = 'vi' | 'en';

export type AlertSettingsFormValues = {
  kinds: AlertKind[];
  email: string;
  digest: DigestChoice;
  language: MessageLanguage;
};

/** The digest choices in the order the form lists them. */
export const DIGEST_CHOICES: readonly DigestChoice[] = ['DAILY', 'REPORT_DATE', 'NONE'];

export const MESSAGE_LANGUAGES: readonly MessageLanguage[] = ['vi', 'en'];

/** The form prefilled from the choices in force. */
export function toAlertSettingsForm(settings: AlertSettings): AlertSettingsFormValues {
  return {
    kinds: settings.availableKinds.filter((kind) => settings.kinds.includes(kind)),
    email: settings.email ?? '',
    digest: settings.digest,
    language: settings.language === 'en' ? 'en' : 'vi',
  };
}

/** The kinds with one ticked or unticked, in the order of the role's kinds (as the checkboxes list them). */
export function withKind(
  kinds: readonly AlertKind[],
  kind: AlertKind,
  wanted: boolean,
  available: readonly AlertKind[],
): AlertKind[] {
  return available.filter((k) => (k === kind ? wanted : kinds.includes(k)));
}

/** What setMyAlertSettings is sent: the address trimmed, and none (null) when it is empty. */
export function toAlertSettingsVariables(values: AlertSettingsFormValues): AlertSettingsVariables {
  const email = values.email.trim();
  return {
    kinds: [...values.kinds],
    digest: values.digest,
    email: email === '' ? null : email,
    language: values.language,
  };
}
