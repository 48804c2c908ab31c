// Timestamps of the access pages. Accounts, tokens and the audit log send instants in UTC
// ("2021-12-31T17:30:00.000Z"); reports send Vietnam time without a zone. Both read as Vietnam time,
// "dd/MM/yyyy HH:mm", like i18n/format's formatDateTime.
import { MISSING, formatDateTime } from '../../i18n/format';

const VIETNAM = 'Asia/Ho_Chi_Minh';
const ZONED = /(Z|[+-]\d{2}:?\d{2})$/i;

const parts = new Intl.DateTimeFormat('vi-VN', {
  timeZone: VIETNAM,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant with a zone → Vietnam time; a timestamp without one is read as written. */
export function formatInstant(value: string | null | undefined): string {
  if (!value) return MISSING;
  if (!ZONED.test(value)) return formatDateTime(value);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const byType = new Map(parts.formatToParts(date).map((part) => [part.type, part.value]));
  return `${byType.get('day')}/${byType.get('month')}/${byType.get('year')} ${byType.get('hour')}:${byType.get('minute')}`;
}
