// How a rank moved since the previous report date (or month end): ▲2 (up two places), ▼1, – (same place), "mới" (ranked now,
// not then). Pure, so the table, the chart tooltip and the province page say it the same way.
import type { ProvinceAttainment } from '../api/fields';
import { MISSING, formatDate, formatInteger } from '../i18n/format';
import { text } from '../i18n/vi';

export type RankChangeTone = 'up' | 'down' | 'same' | 'new' | 'none';

/** The arrow colours of the tables (styles/app.css .rank-change--*), for chart tooltips' HTML. */
export const RANK_CHANGE_COLOURS: Readonly<Record<RankChangeTone, string>> = {
  up: '#1e7b34',
  down: '#c92a2a',
  same: '#5b6b7c',
  new: '#0b5394',
  none: '#5b6b7c',
};

export type RankChangeView = {
  /** What the cell shows. */
  text: string;
  tone: RankChangeTone;
  /** The comparison in words: "So với kỳ báo cáo 15/10/2021: hạng 5". */
  title: string;
  /** For a screen reader: "tăng 2 hạng". Empty when there is nothing to say. */
  spoken: string;
};

type RankFields = Pick<ProvinceAttainment, 'rank' | 'previousRank' | 'rankChange' | 'previousReportDate'>;

/** How the comparison is worded: against a report date (the default) or, say, the end of the previous month. */
export type RankChangeWording = {
  since: (date: string, rank: string) => string;
  sinceUnranked: (date: string) => string;
  noPrevious: string;
};

export function rankChangeView(row: RankFields, wording: RankChangeWording = text.rankChange): RankChangeView {
  const t = text.rankChange;
  if (row.previousReportDate === null) return { text: MISSING, tone: 'none', title: wording.noPrevious, spoken: '' };
  const date = formatDate(row.previousReportDate);
  const title =
    row.previousRank === null ? wording.sinceUnranked(date) : wording.since(date, formatInteger(row.previousRank));
  // Not ranked now (no report, no target): nothing moved, but the earlier rank is still worth a title.
  if (row.rank === null) return { text: MISSING, tone: 'none', title, spoken: '' };
  if (row.previousRank === null) return { text: t.new, tone: 'new', title, spoken: t.spoken.new };
  const change = row.rankChange ?? row.previousRank - row.rank;
  const places = formatInteger(Math.abs(change));
  if (change > 0) return { text: t.up(places), tone: 'up', title, spoken: t.spoken.up(places) };
  if (change < 0) return { text: t.down(places), tone: 'down', title, spoken: t.spoken.down(places) };
  return { text: t.unchanged, tone: 'same', title, spoken: t.spoken.unchanged };
}
