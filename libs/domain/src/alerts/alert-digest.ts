import { addDays, type IsoDate } from '../calendar/iso-date';
import { dayVi, type AlertLanguage, type AlertText } from './alert-messages';

// The e-mail digest (issue "11 ·"): each user chooses a daily digest or one per report date; a digest gathers every
// alert of theirs not yet e-mailed, in their language, each with the link to the page that shows it. A digest is
// known by its slot, and each (recipient, slot) is sent once.

export type DigestMode = 'DAILY' | 'REPORT_DATE';
export const DIGEST_MODES: readonly DigestMode[] = ['DAILY', 'REPORT_DATE'];

/** When a digest goes out: a day, or before / after a report date. */
export type DigestSlot = { key: string; kind: 'DAILY' | 'BEFORE' | 'AFTER'; date: IsoDate };

/**
 * The slot in force on `today`: every day for a daily digest; for a digest per report date, the day before a
 * report date (the reminders) and the day after it (what the report date showed), the latest of those on or
 * before today. A server down on a slot's day sends it when it is back, with everything gathered since.
 */
export function digestSlot(mode: DigestMode, today: IsoDate, reportDates: readonly IsoDate[]): DigestSlot | null {
  if (mode === 'DAILY') return { key: `DAILY ${today}`, kind: 'DAILY', date: today };
  let latest: { day: IsoDate; slot: DigestSlot } | null = null;
  for (const date of new Set(reportDates)) {
    const candidates: { day: IsoDate; slot: DigestSlot }[] = [
      { day: addDays(date, -1), slot: { key: `BEFORE ${date}`, kind: 'BEFORE', date } },
      { day: addDays(date, 1), slot: { key: `AFTER ${date}`, kind: 'AFTER', date } },
    ];
    for (const candidate of candidates)
      if (candidate.day <= today && (latest === null || candidate.day > latest.day)) latest = candidate;
  }
  return latest?.slot ?? null;
}

export type DigestItem = AlertText & { date: IsoDate };

export type Digest = { subject: string; text: string; html: string };

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * One digest: the subject says the slot, whose alerts (a province's or the country's) and how many; the body lists
 * each alert, newest date first, with its link made absolute on `baseUrl`.
 */
export function composeDigest(input: {
  slot: DigestSlot;
  /** The province the user works for, or null for headquarters (the national digest). */
  scope: string | null;
  recipientName: string;
  items: readonly DigestItem[];
  language: AlertLanguage;
  baseUrl: string;
}): Digest {
  const vi = input.language === 'vi';
  const base = input.baseUrl.replace(/\/+$/, '');
  const scope = input.scope ?? (vi ? 'Toàn quốc' : 'National');
  const count = input.items.length;
  const when = ((): string => {
    const day = dayVi(input.slot.date);
    if (input.slot.kind === 'DAILY') return vi ? `ngày ${day}` : `of ${day}`;
    if (input.slot.kind === 'BEFORE') return vi ? `trước kỳ báo cáo ${day}` : `before the report date ${day}`;
    return vi ? `sau kỳ báo cáo ${day}` : `after the report date ${day}`;
  })();
  const subject = vi
    ? `[BHXH Scorecard] Bản tin cảnh báo ${when} — ${scope}: ${count} cảnh báo`
    : `[BHXH Scorecard] Alert digest ${when} — ${scope}: ${count} alert${count === 1 ? '' : 's'}`;
  const items = [...input.items].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const greeting = vi ? `Kính gửi ${input.recipientName},` : `Dear ${input.recipientName},`;
  const intro = vi
    ? `BHXH Scorecard có ${count} cảnh báo mới cho ${scope}:`
    : `BHXH Scorecard has ${count} new alert${count === 1 ? '' : 's'} for ${scope}:`;
  const footer = [
    { label: vi ? 'Xem tất cả cảnh báo' : 'All alerts', url: `${base}/canh-bao` },
    {
      label: vi ? 'Chọn loại cảnh báo và cách nhận bản tin' : 'Choose your alerts and digest',
      url: `${base}/canh-bao/cai-dat`,
    },
  ];
  const text = [
    greeting,
    '',
    intro,
    '',
    ...items.flatMap((item, i) => [`${i + 1}. ${item.subject}`, `   ${item.body}`, `   ${base}${item.link}`, '']),
    ...footer.map((link) => `${link.label}: ${link.url}`),
    '',
  ].join('\n');
  const html = [
    `<!doctype html><html lang="${input.language}"><meta charset="utf-8"><title>${escapeHtml(subject)}</title>`,
    `<body style="font-family: sans-serif; line-height: 1.5"><p>${escapeHtml(greeting)}</p><p>${escapeHtml(intro)}</p><ol>`,
    ...items.map(
      (item) =>
        `<li><p><a href="${escapeHtml(base + item.link)}"><strong>${escapeHtml(item.subject)}</strong></a><br>${escapeHtml(item.body)}</p></li>`,
    ),
    `</ol><p>${footer.map((link) => `<a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a>`).join(' · ')}</p></body></html>`,
  ].join('\n');
  return { subject, text, html };
}
