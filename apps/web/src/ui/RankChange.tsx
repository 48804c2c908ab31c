import type { ProvinceAttainment } from '../api/graphql-types';
import { rankChangeView } from './rank-change';

type RankChangeProps = {
  row: Pick<ProvinceAttainment, 'rank' | 'previousRank' | 'rankChange' | 'previousReportDate'>;
};

/** ▲2 / ▼1 / – / mới, with the comparison in the title. */
export function RankChange({ row }: RankChangeProps) {
  const view = rankChangeView(row);
  return (
    <span className={`rank-change rank-change--${view.tone}`} title={view.title} data-testid="rank-change">
      <span aria-hidden={view.spoken ? true : undefined}>{view.text}</span>
      {view.spoken ? <span className="visually-hidden">{view.spoken}</span> : null}
    </span>
  );
}
