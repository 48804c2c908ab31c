// How a rank moved since the previous report date: ▲2 (up two places), ▼1, – (same place), "mới" (ranked now,
// not then). Pure, so the table, the chart tooltip and the province page say it the same way.
import type { ProvinceAttainment } from '../api/graphql-types';
import { MISSING, formatDate, formatInteger } from '../i18n/format';
import { vi } from '../i18n/vi';

export type RankChangeTone = 'up' | 'down' | 'same' | 'new' | 'none';

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

export function rankChangeView(row: RankFields): RankChangeView {
  const t = vi.rankChange;
  if (row.previousReportDate === null) return { text: MISSING, tone: 'none', title: t.noPrevious, spoken: '' };
  const date = formatDate(row.previousReportDate);
  const title = row.previousRank === null ? t.sinceUnranked(date) : t.since(date, formatInteger(row.previousRank));
  // Not ranked now (no report, no target): nothing moved, but the earlier rank is still worth a title.
  if (row.rank === null) return { text: MISSING, tone: 'none', title, spoken: '' };
  if (row.previousRank === null) return { text: t.new, tone: 'new', title, spoken: t.spoken.new };
  const change = row.rankChange ?? row.previousRank - row.rank;
  const places = formatInteger(Math.abs(change));
  if (change > 0) return { text: t.up(places), tone: 'up', title, spoken: t.spoken.up(places) };
  if (change < 0) return { text: t.down(places), tone: 'down', title, spoken: t.spoken.down(places) };
  return { text: t.unchanged, tone: 'same', title, spoken: t.spoken.unchanged };
}
