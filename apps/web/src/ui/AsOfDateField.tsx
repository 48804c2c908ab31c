import type { Plan } from '../api/fields';
import type { IsoDate } from '../api/scalars';
import { formatDate } from '../i18n/format';
import { text } from '../i18n/vi';
import type { DateEntryProblem } from './date-entry';
import { DateEntryField } from './DateEntryField';

type AsOfDateFieldProps = {
  plan: Pick<Plan, 'periodStart' | 'periodEnd'>;
  /** The page's date (from the URL), shown as dd/mm/yyyy. */
  value: IsoDate;
  onCommit: (date: IsoDate) => void;
  label?: string;
  testId?: string;
};

const t = text.dateEntry;

/** "Đến ngày" of a plan's pages: a date of the plan's period, typed as dd/mm/yyyy (DateEntryField). */
export function AsOfDateField({
  plan,
  value,
  onCommit,
  label = text.ranking.controls.asOf,
  testId = 'as-of-picker',
}: AsOfDateFieldProps) {
  const start = formatDate(plan.periodStart);
  const end = formatDate(plan.periodEnd);
  const describeProblem = (kind: DateEntryProblem, typed: string): string => {
    switch (kind) {
      case 'empty':
        return t.problems.empty();
      case 'format':
        return t.problems.format(typed);
      case 'noSuchDate':
        return t.problems.noSuchDate(typed);
      case 'outsidePeriod':
        return t.problems.outsidePeriod(typed, start, end);
    }
  };
  return (
    <DateEntryField
      value={value}
      range={{ start: plan.periodStart, end: plan.periodEnd }}
      onCommit={onCommit}
      label={label}
      hint={t.hint(start, end)}
      describeProblem={describeProblem}
      testId={testId}
    />
  );
}
