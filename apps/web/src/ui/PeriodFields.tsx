import type { ChangeEvent } from 'react';
import type { IsoDate, Plan, RankBasis } from '../api/graphql-types';
import { vi } from '../i18n/vi';
import { isDateInPlan } from '../plan/plan-dates';
import type { PeriodView } from '../plan/period-view';
import { ReportDateChips } from './ReportDateChips';

const BASES: readonly RankBasis[] = ['TO_DATE', 'PERIOD'];

type PeriodFieldsProps = {
  plan: Plan;
  view: PeriodView;
  onChange: (change: Partial<PeriodView>) => void;
  /** The label of the basis picker ("Xếp hạng theo" on the ranking) and of its options. */
  basisLabel?: string;
  basisOptions?: Readonly<Record<RankBasis, string>>;
};

/** The as-of date (a date box and the plan's report dates) and the basis: fields of a page's controls form. */
export function PeriodFields({
  plan,
  view,
  onChange,
  basisLabel = vi.ranking.controls.basis,
  basisOptions = vi.ranking.controls.basisOptions,
}: PeriodFieldsProps) {
  const t = vi.ranking.controls;

  const onDateInput = (event: ChangeEvent<HTMLInputElement>) => {
    // A half-typed or cleared date keeps the current one.
    const value = event.target.value;
    if (isDateInPlan(plan, value)) onChange({ asOf: value });
  };

  return (
    <>
      <label className="controls__field">
        <span className="controls__label">{t.asOf}</span>
        <input
          type="date"
          data-testid="as-of-picker"
          min={plan.periodStart}
          max={plan.periodEnd}
          value={view.asOf}
          onChange={onDateInput}
        />
      </label>

      <ReportDateChips plan={plan} selected={view.asOf} onSelect={(date: IsoDate) => onChange({ asOf: date })} />

      <label className="controls__field">
        <span className="controls__label">{basisLabel}</span>
        <select
          data-testid="basis-picker"
          value={view.basis}
          onChange={(event) => onChange({ basis: event.target.value === 'PERIOD' ? 'PERIOD' : 'TO_DATE' })}
        >
          {BASES.map((basis) => (
            <option key={basis} value={basis}>
              {basisOptions[basis]}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
