import { isIsoDate, type ProblemMessage } from '@scorecard/domain';
import { wallClockOfEpochMs } from './actual-wall-clock';

export { wallClockOfEpochMs } from './actual-wall-clock';

// The text forms of a report date and submission time, as typed by hand or exported by other software. Nothing
// is guessed: a text that could mean two things is refused with the reason. (A reported value is read with
// parseNumberText(text, 'decimal') of @scorecard/domain.)
//
// Times carry no zone: a submission time is the wall-clock time in Vietnam (UTC+07:00, no daylight saving).
// A time written with a zone ("Z", "+00:00") is converted to Vietnam time; fractions of a second are dropped.

// A refusal says why in English (`message`) and in Vietnamese (`messageVi`).
export type ParsedText = { ok: true; value: string } | ({ ok: false } & ProblemMessage);

const NO_SUCH_DAY: ProblemMessage = {
  message: 'there is no such day in the calendar',
  messageVi: 'không có ngày này trong lịch',
};
/** A date with a time of day given as a report date. */
export const REPORT_DATE_WITH_TIME: ProblemMessage = {
  message: 'a report date has no time of day',
  messageVi: 'ngày báo cáo không được kèm giờ',
};
/** A date without a time of day given as a submission time. */
export const NO_TIME_OF_DAY: ProblemMessage = {
  message: 'the submission time has a date but no time of day',
  messageVi: 'thời gian gửi có ngày nhưng không có giờ',
};

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_TIMESTAMP =
  /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const DAY_FIRST_TIMESTAMP = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})[\s,]+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

const pad = (part: string | number) => String(part).padStart(2, '0');

function calendarDate(year: string, month: string, day: string): string | null {
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return isIsoDate(date) ? date : null;
}

/** A report date written YYYY-MM-DD or dd/mm/yyyy (day first, as in Vietnam; "." or "-" also separate). */
export function parseDateText(text: string): ParsedText {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  const dayFirst = iso ? null : DAY_FIRST_DATE.exec(trimmed);
  if (iso || dayFirst) {
    const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : [dayFirst?.[3], dayFirst?.[2], dayFirst?.[1]];
    const date = calendarDate(year ?? '', month ?? '', day ?? '');
    if (date) return { ok: true, value: date };
    if (iso) return { ok: false, ...NO_SUCH_DAY };
    return {
      ok: false,
      message: 'there is no such day in the calendar (the day comes first: dd/mm/yyyy)',
      messageVi: 'không có ngày này trong lịch (ngày viết trước tháng: dd/mm/yyyy)',
    };
  }
  const timestamp = parseTimestampText(trimmed);
  if (timestamp.ok && timestamp.value.endsWith('T00:00:00')) return { ok: true, value: timestamp.value.slice(0, 10) };
  if (timestamp.ok) return { ok: false, ...REPORT_DATE_WITH_TIME };
  return {
    ok: false,
    message: 'the cell is not a date written YYYY-MM-DD or dd/mm/yyyy',
    messageVi: 'ô không phải là ngày viết theo dạng YYYY-MM-DD hoặc dd/mm/yyyy',
  };
}

/**
 * A submission time: ISO ("2021-10-15T16:30:00", a space for the T, seconds optional, an optional zone) or
 * "dd/mm/yyyy hh:mm[:ss]". The result is Vietnam wall-clock time, YYYY-MM-DDTHH:MM:SS.
 */
export function parseTimestampText(text: string): ParsedText {
  const trimmed = text.trim();
  const iso = ISO_TIMESTAMP.exec(trimmed);
  const dayFirst = iso ? null : DAY_FIRST_TIMESTAMP.exec(trimmed);
  if (!iso && !dayFirst) {
    if (ISO_DATE.test(trimmed) || DAY_FIRST_DATE.test(trimmed)) return { ok: false, ...NO_TIME_OF_DAY };
    return {
      ok: false,
      message: 'the cell is not a time written YYYY-MM-DDTHH:MM:SS or dd/mm/yyyy hh:mm',
      messageVi: 'ô không phải là thời điểm viết theo dạng YYYY-MM-DDTHH:MM:SS hoặc dd/mm/yyyy hh:mm',
    };
  }
  const [year, month, day, hour, minute, second] = iso
    ? [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]]
    : [dayFirst?.[3], dayFirst?.[2], dayFirst?.[1], dayFirst?.[4], dayFirst?.[5], dayFirst?.[6]];
  const date = calendarDate(year ?? '', month ?? '', day ?? '');
  if (!date) {
    return {
      ok: false,
      message: 'there is no such day in the calendar (dates are written day first)',
      messageVi: 'không có ngày này trong lịch (ngày được viết trước tháng)',
    };
  }
  const [h, m, s] = [Number(hour), Number(minute), Number(second ?? 0)];
  if (h > 23 || m > 59 || s > 59) {
    return { ok: false, message: 'there is no such time of day', messageVi: 'không có giờ này trong ngày' };
  }
  const wallClock = `${date}T${pad(h)}:${pad(m)}:${pad(s)}`;
  const zone = iso?.[7];
  if (!zone) return { ok: true, value: wallClock };
  const offset = zoneOffsetMs(zone);
  if (offset === null) {
    return {
      ok: false,
      message: `"${zone}" is not a time zone offset`,
      messageVi: `"${zone}" không phải là độ lệch múi giờ`,
    };
  }
  const inVietnam = wallClockOfEpochMs(Date.parse(`${wallClock}Z`) - offset, true);
  if (inVietnam) return { ok: true, value: inVietnam };
  return { ok: false, message: 'the time is out of range', messageVi: 'thời điểm nằm ngoài phạm vi đọc được' };
}

function zoneOffsetMs(zone: string): number | null {
  if (zone.toUpperCase() === 'Z') return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  if (Number(match[2]) > 14 || Number(match[3] ?? 0) > 59) return null;
  return (match[1] === '-' ? -1 : 1) * minutes * 60_000;
}
