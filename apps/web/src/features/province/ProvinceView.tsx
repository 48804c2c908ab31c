import type { Metric, Plan } from '../../api/fields';
import type { UnitSet } from '../../api/generated/graphql';
import { text } from '../../i18n/vi';
import { textUnitSets } from '../../i18n/vi-unit-sets';
import { AppLink } from '../../navigation/AppLink';
import { provinceHref } from '../../navigation/links';
import { useLocation } from '../../navigation/location-store';
import { planParam } from '../../plan/plan-choice';
import { isSummedView, unitsParam } from '../../plan/unit-set-view';
import type { UnitProvince } from '../../plan/unit-sets.queries';
import { mayActOn } from '../../session/permissions';
import { useViewer } from '../../session/ViewerContext';
import { ProvinceControls } from './ProvinceControls';
import { ProvinceHistoryCharts } from './ProvinceHistoryCharts';
import { ProvincePredecessors } from './ProvincePredecessors';
import { ProvinceScorecard } from './ProvinceScorecard';
import { ProvinceStanding } from './ProvinceStanding';
import { ProvinceWarnings } from './ProvinceWarnings';
import { resolveProvinceMetric, type ProvinceViewParamName } from './province-params';
import { successorOf } from './unit-history';
import { useProvinceAsOf } from './useProvinceAsOf';

type ProvinceViewProps = {
  plans: readonly Plan[];
  plan: Plan;
  /** The set the code names a unit of: the plan's own, or the 34 for a plan on the 63. */
  unitSet: UnitSet;
  metrics: readonly Metric[];
  /** The units of the set, in code order. */
  provinces: readonly UnitProvince[];
  code: string;
  /** Plan or unit-set parameters of the address that could not be used. */
  invalidView: readonly ProvinceViewParamName[];
};

export function ProvinceView({ plans, plan, unitSet, metrics, provinces, code, invalidView }: ProvinceViewProps) {
  const { asOf, invalid, setAsOf } = useProvinceAsOf(plan);
  // Opened from a cell of the overview: that metric comes first.
  const chosenMetric = resolveProvinceMetric(useLocation().search, metrics);
  const viewer = useViewer();
  const province = provinces.find((p) => p.code === code);
  // The 2021 plan on the 34: a unit's figures are sums; its reports, revisions and warnings are its predecessors'.
  const summed = isSummedView(plan, unitSet);
  // Every province's attainment and rank is for everyone; its report history and warnings only for its own
  // users and headquarters (the server would refuse the others).
  const history = mayActOn(viewer, 'report-history.read', code);
  const warnings = mayActOn(viewer, 'data-quality.read', code);
  const invalidNames = [...invalidView, ...(invalid ? ['asOf'] : [])];

  return (
    <>
      <ProvinceControls
        plans={plans}
        plan={plan}
        unitSet={unitSet}
        provinces={provinces}
        code={code}
        asOf={asOf}
        metric={chosenMetric}
        onAsOf={setAsOf}
      />
      {invalidNames.length > 0 ? <p className="notice">{text.errors.invalidParams(invalidNames.join(', '))}</p> : null}
      {province ? (
        <>
          <ProvinceScorecard plan={plan} metrics={metrics} province={province} asOf={asOf} unitSet={unitSet} />
          <ProvinceStanding plan={plan} unitSet={unitSet} metrics={metrics} province={province} asOf={asOf} />
          {province.predecessors.length > 0 ? (
            <ProvincePredecessors plans={plans} plan={plan} unit={province} asOf={asOf} metrics={metrics} />
          ) : null}
          {summed ? (
            <>
              <ProvinceHistoryCharts
                planId={plan.id}
                metrics={metrics}
                province={province}
                chosen={chosenMetric}
                summed={{ unitSet, asOf }}
              />
              <p className="notice" data-testid="province-summed-only">
                {textUnitSets.province.summedOnly}
              </p>
            </>
          ) : (
            <>
              {history ? (
                <ProvinceHistoryCharts planId={plan.id} metrics={metrics} province={province} chosen={chosenMetric} />
              ) : null}
              {warnings ? <ProvinceWarnings planId={plan.id} metrics={metrics} province={province} /> : null}
              {history && warnings ? null : (
                <p className="notice" data-testid="province-own-only">
                  {text.province.ownOnly(province.nameVi, viewer.province?.nameVi ?? null)}
                </p>
              )}
            </>
          )}
        </>
      ) : (
        <UnknownProvince plans={plans} plan={plan} unitSet={unitSet} provinces={provinces} code={code} asOf={asOf} />
      )}
    </>
  );
}

type UnknownProvinceProps = Pick<ProvinceViewProps, 'plans' | 'plan' | 'unitSet' | 'provinces' | 'code'> & {
  asOf: string;
};

/** A code the set does not have: on the 34, a code of the 63 merged into another unit says which, with a link. */
function UnknownProvince({ plans, plan, unitSet, provinces, code, asOf }: UnknownProvinceProps) {
  const successor = unitSet === 'VN34' ? successorOf(code, provinces) : undefined;
  if (!successor) {
    return (
      <p className="notice" data-testid="unknown-province">
        {text.province.unknown(code)}
      </p>
    );
  }
  const t = textUnitSets.province;
  const href = provinceHref(successor.code, asOf, null, {
    plan: planParam(plan, plans),
    units: unitsParam(unitSet, plan),
  });
  return (
    <p className="notice" data-testid="unknown-province" data-successor-code={successor.code}>
      {t.mergedInto(code, successor.nameVi)}{' '}
      <AppLink href={href} testId="province-successor-link">
        {t.openSuccessor(successor.nameVi)}
      </AppLink>
    </p>
  );
}
