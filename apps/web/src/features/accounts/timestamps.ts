// Timestamps of the access pages: accounts, tokens and the audit log send instants in UTC
// ("2021-12-31T17:30:00.000Z"), shown in Vietnam time by i18n/format's formatDateTime.
import { MISSING, formatDateTime } from '../../i18n/format';

/** An instant with a zone → Vietnam time; a timestamp without one is read as written; nothing → "—". */
export function formatInstant(value: string | null | undefined): string {
  return value ? formatDateTime(value) : MISSING;
}
