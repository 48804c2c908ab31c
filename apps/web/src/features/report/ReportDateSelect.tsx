import type { IsoDate } from '../../api/scalars';
import { formatDate } from '../../i18n/format';

type ReportDateSelectProps = {
  label: string;
  /** The plan's report dates, in its order. */
  dates: readonly IsoDate[];
  /** Nothing chosen yet: none selected. */
  value: IsoDate | null | undefined;
  onChange: (date: IsoDate) => void;
  testId: string;
};

/** One of a plan's report dates, shown as dd/mm/yyyy. */
export function ReportDateSelect({ label, dates, value, onChange, testId }: ReportDateSelectProps) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select data-testid={testId} value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        {dates.map((date) => (
          <option key={date} value={date}>
            {formatDate(date)}
          </option>
        ))}
      </select>
    </label>
  );
}
