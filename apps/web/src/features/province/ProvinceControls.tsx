import type { Plan, Province } from '../../api/fields';
import type { UnitSet } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import { formatDate } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { textOverview } from '../../i18n/vi-overview';
import { AppLink } from '../../navigation/AppLink';
import { provinceHref, reportHref, type PlanScope } from '../../navigation/links';
import { navigateTo, rankingHrefAt } from '../../navigation/location-store';
import { planParam } from '../../plan/plan-choice';
import { defaultAsOf } from '../../plan/plan-dates';
import { unitSetsOf, unitsParam } from '../../plan/unit-set-view';
import { mayActOn, ownProvinceCode } from '../../session/permissions';
import { useViewer } from '../../session/ViewerContext';
import { AsOfDateField } from '../../ui/AsOfDateField';
import { PlanSelect } from '../../ui/PlanSelect';
import { ReportDateChips } from '../../ui/ReportDateChips';
import { UnitSetField } from '../../ui/UnitSetField';

type ProvinceControlsProps = {
  plans: readonly Plan[];
  plan: Plan;
  /** The set the code names a unit of; `provinces` are its units. */
  unitSet: UnitSet;
  provinces: readonly Province[];
  code: string;
  asOf: IsoDate;
  /** The metric the page was opened on, kept when another province is chosen. */
  metric?: string | null;
  onAsOf: (date: IsoDate) => void;
};

/** Which plan, unit set, province and date; links to the ranking at that date and to the report form. */
export function ProvinceControls({
  plans,
  plan,
  unitSet,
  provinces,
  code,
  asOf,
  metric = null,
  onAsOf,
}: ProvinceControlsProps) {
  const known = provinces.some((p) => p.code === code);
  const viewer = useViewer();
  // The viewer's province is one of the 63: the same code on the 34 names another unit.
  const own = unitSet === 'VN63' ? ownProvinceCode(viewer) : null;
  const scope: PlanScope = { plan: planParam(plan, plans), units: unitsParam(unitSet, plan) };

  return (
    <form className="controls" onSubmit={(event) => event.preventDefault()}>
      {plans.length > 1 ? (
        <PlanSelect
          label={textOverview.controls.plan}
          plans={plans}
          value={plan.id}
          testId="province-plan-picker"
          // Another plan has another period: its own default date, and the same units if it can.
          onChange={(next) => {
            const nextSet = unitSetsOf(next).includes(unitSet) ? unitSet : next.unitSet;
            navigateTo(
              provinceHref(code, defaultAsOf(next), metric, {
                plan: planParam(next, plans),
                units: unitsParam(nextSet, next),
              }),
            );
          }}
        />
      ) : null}
      <UnitSetField
        plan={plan}
        value={unitSet}
        onChange={(set) => navigateTo(provinceHref(code, asOf, metric, { ...scope, units: unitsParam(set, plan) }))}
      />
      <label className="controls__field controls__field--province">
        <span className="controls__label">{text.province.picker}</span>
        <select
          data-testid="province-picker"
          value={known ? code : ''}
          onChange={(event) => navigateTo(provinceHref(event.target.value, asOf, metric, scope))}
        >
          {known ? null : <option value="">{text.report.chooseProvince}</option>}
          {provinces.map((province) => (
            <option key={province.code} value={province.code}>
              {province.code} · {province.nameVi}
              {province.code === own ? ` (${text.scope.ownProvince})` : ''}
            </option>
          ))}
        </select>
      </label>

      <AsOfDateField plan={plan} value={asOf} onCommit={onAsOf} />

      <ReportDateChips plan={plan} selected={asOf} onSelect={onAsOf} />

      <p className="controls__links">
        <AppLink href={rankingHrefAt(asOf, scope)} testId="province-ranking-link">
          {text.province.rankingLink(formatDate(asOf))}
        </AppLink>
        {/* Reports are sent by the plan's own units, to the plan's own set. */}
        {known && unitSet === plan.unitSet && mayActOn(viewer, 'report.submit', code) ? (
          <AppLink href={reportHref(code)} testId="province-report-link">
            {text.province.reportLink}
          </AppLink>
        ) : null}
      </p>
    </form>
  );
}
