import type { ProvinceAttainment } from '../api/fields';
import { rankChangeView, type RankChangeWording } from './rank-change';

type RankChangeProps = {
  row: Pick<ProvinceAttainment, 'rank' | 'previousRank' | 'rankChange' | 'previousReportDate'>;
  wording?: RankChangeWording;
};

/** ▲2 / ▼1 / – / mới, with the comparison in the title. */
export function RankChange({ row, wording }: RankChangeProps) {
  const view = rankChangeView(row, wording);
  return (
    <span className={`rank-change rank-change--${view.tone}`} title={view.title} data-testid="rank-change">
      <span aria-hidden={view.spoken ? true : undefined}>{view.text}</span>
      {view.spoken ? <span className="visually-hidden">{view.spoken}</span> : null}
    </span>
  );
}
