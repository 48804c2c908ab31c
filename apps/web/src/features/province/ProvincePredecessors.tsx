import type { Metric, Plan } from '../../api/fields';
import './province.css';
import type { IsoDate } from '../../api/scalars';
import { MISSING, formatDate, formatInteger, formatPercent } from '../../i18n/format';
import { metricName } from '../../i18n/server-text';
import { statusLabel } from '../../i18n/vi';
import { textUnitSets } from '../../i18n/vi-unit-sets';
import { AppLink } from '../../navigation/AppLink';
import { provinceHref } from '../../navigation/links';
import { planParam } from '../../plan/plan-choice';
import type { UnitProvince } from '../../plan/unit-sets.queries';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { TableScroll } from '../../ui/TableScroll';
import type { PredecessorCell } from './province.queries';
import { predecessorRows } from './unit-history';
import { usePredecessorScorecard } from './useProvinceData';

const t = textUnitSets.predecessors;

type ProvincePredecessorsProps = {
  plans: readonly Plan[];
  plan: Plan;
  /** A unit of the 34, with the units of the 63 merged into it. */
  unit: UnitProvince;
  asOf: IsoDate;
  metrics: readonly Metric[];
};

/**
 * "Trước sắp xếp": the units of the 63 a unit of the 34 was formed from, each with a link to its own page and, on a
 * plan given on the 63, its figures and rank among the 63 on the same plan and date.
 */
export function ProvincePredecessors({ plans, plan, unit, asOf, metrics }: ProvincePredecessorsProps) {
  const onThe63 = plan.unitSet === 'VN63';
  // A plan on the 34 has no figures per predecessor: their pages open on the first plan given on the 63.
  const linkPlan = onThe63 ? plan : plans.find((p) => p.unitSet === 'VN63');
  const hrefOf = (code: string) =>
    provinceHref(code, onThe63 ? asOf : null, null, { plan: linkPlan ? planParam(linkPlan, plans) : null });
  const names = unit.predecessors.map((p) => t.item(p.nameVi, p.code));

  return (
    <section
      className="panel predecessors"
      aria-labelledby="province-predecessors-title"
      data-testid="province-predecessors"
    >
      <h2 className="panel__title" id="province-predecessors-title">
        {t.title}
      </h2>
      <p className="panel__note">
        {unit.predecessors.length > 1 || unit.predecessors[0]?.code !== unit.code
          ? t.intro(unit.nameVi, names.join(', '))
          : t.notMerged(unit.nameVi)}
      </p>
      <ul className="predecessors__list" aria-label={t.listLabel}>
        {unit.predecessors.map((p) => (
          <li key={p.code} data-testid="province-predecessor" data-province-code={p.code}>
            <AppLink href={hrefOf(p.code)} className="province-link">
              {t.item(p.nameVi, p.code)}
            </AppLink>
          </li>
        ))}
      </ul>
      {onThe63 ? (
        <PredecessorFigures plan={plan} unit={unit} asOf={asOf} metrics={metrics} />
      ) : (
        <p className="notice" data-testid="province-predecessors-plan-on-34">
          {t.planOn34(unit.nameVi)}
        </p>
      )}
    </section>
  );
}

type PredecessorFiguresProps = { plan: Plan; unit: UnitProvince; asOf: IsoDate; metrics: readonly Metric[] };

function PredecessorFigures({ plan, unit, asOf, metrics }: PredecessorFiguresProps) {
  const codes = unit.predecessors.map((p) => p.code);
  const query = usePredecessorScorecard({ planId: plan.id, asOf, provinces: codes });
  const data = query.data?.scorecard;
  if (query.error !== undefined) return <ErrorPanel title={t.error} error={query.error} onRetry={query.reload} />;
  if (!data) return <LoadingState />;
  const rows = predecessorRows(data, unit.predecessors, metrics);
  return (
    <>
      {/* Above the box, not in it: a caption would scroll sideways with a table wider than a phone. */}
      <p id="province-predecessors-caption" className="panel__note">
        {t.caption(formatDate(data.asOf))}
      </p>
      <TableScroll labelledBy="province-predecessors-caption">
        <table
          className="data-table predecessors__table"
          aria-labelledby="province-predecessors-caption"
          data-testid="province-predecessor-table"
        >
          <thead>
            <tr>
              <th scope="col">{t.metric}</th>
              {unit.predecessors.map((p) => (
                <th key={p.code} scope="col" className="num">
                  {t.item(p.nameVi, p.code)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ metric, cells }) => (
              <tr key={metric.key} data-metric={metric.key}>
                <th scope="row">{metricName(metric)}</th>
                {cells.map((cell, index) => (
                  <td key={unit.predecessors[index]!.code} className="num">
                    <PredecessorFigure cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

function PredecessorFigure({ cell }: { cell: PredecessorCell | undefined }) {
  if (!cell) return <>{MISSING}</>;
  if (cell.status !== 'REPORTED') return <span className="predecessors__status">{statusLabel(cell.status)}</span>;
  return (
    <>
      {formatPercent(cell.attainmentToDate)}
      {cell.rank !== null ? (
        <span className="predecessors__rank">{t.rankOf(formatInteger(cell.rank), formatInteger(cell.unitCount))}</span>
      ) : null}
    </>
  );
}
