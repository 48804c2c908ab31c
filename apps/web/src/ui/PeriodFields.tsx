import type { Plan } from '../api/fields';
import type { RankBasis } from '../api/generated/graphql';
import type { IsoDate } from '../api/scalars';
import { text } from '../i18n/vi';
import type { PeriodView } from '../plan/period-view';
import { AsOfDateField } from './AsOfDateField';
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

/** The as-of date (a dd/mm/yyyy box and the plan's report dates) and the basis: fields of a page's controls form. */
export function PeriodFields({
  plan,
  view,
  onChange,
  basisLabel = text.ranking.controls.basis,
  basisOptions = text.ranking.controls.basisOptions,
}: PeriodFieldsProps) {
  return (
    <>
      <AsOfDateField plan={plan} value={view.asOf} onCommit={(date) => onChange({ asOf: date })} />

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
