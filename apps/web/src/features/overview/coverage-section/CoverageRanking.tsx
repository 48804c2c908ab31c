import { useId, useState } from 'react';
import type { CoverageKind } from '../../../api/generated/graphql';
import { formatInteger, formatPercent } from '../../../i18n/format';
import { textCoverage } from '../../../i18n/vi-coverage';
import { AppLink } from '../../../navigation/AppLink';
import { TableScroll } from '../../../ui/TableScroll';
import type { CoverageUnit, OverviewCoverage } from './coverage.queries';
import { SHOWN_AT_EACH_END, formatGoalDifference, goalStanding, rankedEnds, unitFigures } from './coverage-view';

const t = textCoverage.ranking;
const KINDS: readonly CoverageKind[] = ['SI', 'HI'];

type CoverageRankingProps = {
  coverage: OverviewCoverage;
  rankBy: CoverageKind;
  /** A unit's page, on the overview's plan, unit set and date. */
  provinceHrefOf: (code: string) => string;
};

/**
 * The units in rank order of one coverage (the API's order), both coverages and their distance to the goals beside
 * each: the five best and the five last until the list is opened, every unit once it is.
 */
export function CoverageRanking({ coverage, rankBy, provinceHrefOf }: CoverageRankingProps) {
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const tableId = useId();
  const rows = coverage.provinces;
  const ends = rankedEnds(rows, (row) => unitFigures(rankBy, row).rank !== null);
  const collapsed = ends !== null && !open;
  const count = formatInteger(coverage.unitCount);
  const kind = textCoverage.kindsInSentence[rankBy];

  const row = (unit: CoverageUnit) => (
    <UnitRow
      key={unit.province.code}
      unit={unit}
      rankBy={rankBy}
      unitCount={coverage.unitCount}
      href={provinceHrefOf(unit.province.code)}
    />
  );

  return (
    <div className="cov-ranking" data-testid="coverage-ranking" data-rank-by={rankBy}>
      <h3 id={titleId} className="cov-ranking__title">
        {t.title(count, kind)}
      </h3>
      <TableScroll labelledBy={titleId}>
        <table id={tableId} className="data-table cov-table">
          <caption className="visually-hidden">{t.caption(count, String(coverage.year), kind)}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t.rank}
              </th>
              <th scope="col">{t.province}</th>
              {KINDS.flatMap((k) => [
                <th
                  key={`${k}-coverage`}
                  scope="col"
                  className="num"
                  aria-sort={k === rankBy ? 'descending' : undefined}
                >
                  {t.coverage[k]}
                </th>,
                <th key={`${k}-difference`} scope="col" className="num">
                  {t.difference[k]}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {collapsed ? (
              <>
                {ends.top.map(row)}
                <tr className="cov-table__gap" data-testid="coverage-hidden">
                  <td colSpan={2 + 2 * KINDS.length}>{t.hidden(formatInteger(ends.hidden))}</td>
                </tr>
                {ends.bottom.map(row)}
              </>
            ) : (
              rows.map(row)
            )}
          </tbody>
        </table>
      </TableScroll>
      {ends ? (
        <button
          type="button"
          className="button button--secondary cov-ranking__toggle"
          aria-expanded={open}
          aria-controls={tableId}
          data-testid="coverage-expand"
          onClick={() => setOpen(!open)}
        >
          {open ? t.showEnds(formatInteger(SHOWN_AT_EACH_END)) : t.showAll(count)}
        </button>
      ) : null}
    </div>
  );
}

type UnitRowProps = { unit: CoverageUnit; rankBy: CoverageKind; unitCount: number; href: string };

function UnitRow({ unit, rankBy, unitCount, href }: UnitRowProps) {
  const rank = unitFigures(rankBy, unit).rank;
  return (
    <tr data-testid="coverage-row" data-province-code={unit.province.code} data-rank={rank ?? ''}>
      <td className="num cov-table__rank">
        {rank !== null ? t.rankOf(formatInteger(rank), formatInteger(unitCount)) : t.unranked}
      </td>
      <th scope="row" className="cov-table__name">
        <AppLink href={href} className="province-link" title={t.openProvince} testId="coverage-province-link">
          {unit.province.nameVi}
        </AppLink>
      </th>
      {KINDS.flatMap((kind) => {
        const figures = unitFigures(kind, unit);
        const standing = goalStanding(figures.meets);
        return [
          <td key={`${kind}-coverage`} className="num" data-column={`${kind}-coverage`}>
            {formatPercent(figures.coverage)}
          </td>,
          <td key={`${kind}-difference`} className="num" data-column={`${kind}-difference`} data-standing={standing}>
            <span className="cov-difference">
              {formatGoalDifference(figures.gap)}
              {standing !== 'NONE' ? (
                <span className={`cov-mark cov-mark--${standing}`} title={textCoverage.standing[standing]}>
                  <span aria-hidden="true">{standing === 'MET' ? '✓' : '✕'}</span>
                  <span className="visually-hidden">{textCoverage.standing[standing]}</span>
                </span>
              ) : null}
            </span>
          </td>,
        ];
      })}
    </tr>
  );
}
