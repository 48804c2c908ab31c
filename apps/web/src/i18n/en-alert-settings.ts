// The English texts of vi-alert-settings.ts (same shape, checked by the compiler). Only types come from
// vi-alert-settings.ts: it imports this module's value, so a value imported back would be a circular import.
import type { AlertSettingsMessages } from './vi-alert-settings';

export const enAlertSettingsMessages: AlertSettingsMessages = {
  intro: 'Choose which alerts you get and whether you get a digest by e-mail.',
  explanation:
    'The kinds you choose apply both to the Alerts list in the app and to e-mail: a kind you leave out does not reach you. Turning e-mail on sends only the alerts raised from then on, never the earlier ones.',
  noEmail:
    'This server does not send e-mail yet. Your settings are still saved and used at once for the Alerts list in the app; e-mail follows them once the server is set up to send it.',
  loadFailed: 'Could not load your alert settings',
  formTitle: 'Alerts you get, and how',
  version: (version: number, setAt: string) => `Version ${version} · Saved ${setAt}`,
  neverSaved: 'You have not saved any settings: you get every kind of alert of your role, and no e-mail.',
  kinds: {
    legend: 'Kinds of alert to get',
    hint: 'Only the kinds meant for your role.',
    none: 'Your role gets no kind of alert.',
  },
  email: {
    label: 'E-mail address',
    hint: 'For example ten.ho@bhxh.gov.vn. Leave it empty for no e-mail.',
  },
  digest: {
    legend: 'Digest by e-mail',
    choices: {
      DAILY: 'Daily',
      REPORT_DATE: 'By report date (before and after each)',
      NONE: 'No e-mail',
    },
  },
  language: {
    label: 'Language of e-mail and alerts',
    choices: { vi: 'Tiếng Việt', en: 'English' },
  },
  submit: 'Save settings',
  running: 'Saving…',
  failed: 'Could not save your alert settings',
  saved: (version: number, setAt: string) => `Saved (version ${version}) at ${setAt}`,
};
