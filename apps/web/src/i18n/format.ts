// vi-VN display formats: 1.234.567 · 12,5 · 12,5% · 01/09/2021. Missing values show a dash,
// never a zero.

const LOCALE = 'vi-VN';
export const MISSING = '—';

const integerFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat(LOCALE, {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});
const decimalFormats = new Map<number, Intl.NumberFormat>();
const percentFormats = new Map<number, Intl.NumberFormat>();

type Maybe<T> = T | null | undefined;

export function formatInteger(value: Maybe<number>): string {
  return isNumber(value) ? integerFormat.format(value) : MISSING;
}

/** Fixed number of decimals: formatDecimal(1234.5, 2) → "1.234,50". */
export function formatDecimal(value: Maybe<number>, fractionDigits = 1): string {
  if (!isNumber(value)) return MISSING;
  let format = decimalFormats.get(fractionDigits);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    decimalFormats.set(fractionDigits, format);
  }
  return format.format(value);
}

/**
 * Counts and amounts as users read them: whole numbers for large values, one decimal where a
 * fraction matters (a prorated target of 2,5 conferences, a pace of 0,8 persons a day).
 */
export function formatQuantity(value: Maybe<number>): string {
  if (!isNumber(value)) return MISSING;
  if (Number.isInteger(value) || Math.abs(value) >= 100) return formatInteger(value);
  return formatDecimal(value, 1);
}

/** A difference with its sign: +1.234, −56, 0. */
export function formatDifference(value: Maybe<number>): string {
  if (!isNumber(value)) return MISSING;
  const text = formatQuantity(Math.abs(value));
  if (text === '0') return text;
  return value > 0 ? `+${text}` : `−${text}`;
}

/** A rate such as a pace per day: one decimal below 100 so a column lines up, whole numbers above. */
export function formatRate(value: Maybe<number>): string {
  if (!isNumber(value)) return MISSING;
  return Math.abs(value) >= 100 ? formatInteger(value) : formatDecimal(value, 1);
}

/** A required pace: "Đã đạt KH" once the period total is reached, rather than a negative or zero pace. */
export function formatPace(pace: Maybe<number>, doneLabel: string): string {
  if (isNumber(pace) && pace <= 0) return doneLabel;
  return formatRate(pace);
}

/** A ratio given as a fraction: 0.125 → "12,5%" (one decimal unless told otherwise). */
export function formatPercent(ratio: Maybe<number>, fractionDigits = 1): string {
  if (!isNumber(ratio)) return MISSING;
  let format = percentFormats.get(fractionDigits);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, {
      style: 'percent',
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    percentFormats.set(fractionDigits, format);
  }
  return format.format(ratio);
}

/** An ISO date (YYYY-MM-DD) → "dd/MM/yyyy". */
export function formatDate(isoDate: Maybe<string>): string {
  if (!isoDate) return MISSING;
  const date = parseIsoDate(isoDate);
  return date ? dateFormat.format(date) : isoDate;
}

/** An ISO date → "dd/MM", for compact buttons whose year is shown nearby. */
export function formatDayMonth(isoDate: string): string {
  const match = /^\d{4}-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? `${match[2]}/${match[1]}` : isoDate;
}

export function formatDateRange(startIso: string, endIso: string): string {
  return `${formatDate(startIso)} – ${formatDate(endIso)}`;
}

/** A month "YYYY-MM" → "9/2021", as Vietnamese documents write it after "Tháng". */
export function formatYearMonth(yearMonth: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  return match ? `${Number(match[2])}/${match[1]}` : yearMonth;
}

/** A month "YYYY-MM" → "09/2021", the MM/yyyy of tables where months line up in a column. */
export function formatMonthYear(yearMonth: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  return match ? `${match[2]}/${match[1]}` : yearMonth;
}

const VIETNAM_TIME = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const ZONED = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A timestamp → "22/11/2026 03:07". An instant with a zone ("…Z", as accounts, tokens, the audit log, report
 * approvals and warnings send) is shown in Vietnam time; a timestamp without one ("2026-11-22T03:07:16", the time
 * a report says it was sent) is read as written.
 */
export function formatDateTime(isoTimestamp: string): string {
  if (ZONED.test(isoTimestamp)) {
    const date = new Date(isoTimestamp);
    if (!Number.isNaN(date.getTime())) {
      const part = new Map(VIETNAM_TIME.formatToParts(date).map((p) => [p.type, p.value]));
      return `${part.get('day')}/${part.get('month')}/${part.get('year')} ${part.get('hour')}:${part.get('minute')}`;
    }
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/.exec(isoTimestamp);
  return match ? `${match[3]}/${match[2]}/${match[1]} ${match[4]}:${match[5]}` : isoTimestamp;
}

/** A date or a timestamp, whichever the server sent: "31/10/2021" or "31/10/2021 23:59". */
export function formatDateOrDateTime(value: Maybe<string>): string {
  if (!value) return MISSING;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : formatDateTime(value);
}

/** A file size: "850 B", "12,3 KB", "1,2 MB" (1 KB = 1.024 B). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${formatInteger(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatDecimal(bytes / 1024, 1)} KB`;
  return `${formatDecimal(bytes / (1024 * 1024), 1)} MB`;
}

function parseIsoDate(isoDate: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function isNumber(value: Maybe<number>): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

const plainFormats = new Map<number, Intl.NumberFormat>();

/** A number with as many decimals as it needs, up to a limit: 120 · 2,91 · 1,1 (a threshold, a weight). */
export function formatNumber(value: Maybe<number>, maxFractionDigits = 2): string {
  if (!isNumber(value)) return MISSING;
  let format = plainFormats.get(maxFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: maxFractionDigits });
    plainFormats.set(maxFractionDigits, format);
  }
  return format.format(value);
}
