import type { Plan } from '../api/fields';
import type { IsoDate } from '../api/scalars';
import { formatDate, formatDayMonth } from '../i18n/format';
import { text } from '../i18n/vi';

type ReportDateChipsProps = {
  plan: Plan;
  selected: IsoDate;
  onSelect: (date: IsoDate) => void;
};

/** The plan's report dates as buttons; dates after the latest with data are dashed. */
export function ReportDateChips({ plan, selected, onSelect }: ReportDateChipsProps) {
  const t = text.ranking.controls;
  return (
    <fieldset className="controls__field controls__report-dates">
      <legend className="controls__label">{t.reportDates}</legend>
      <div className="controls__chips">
        {plan.reportDates.map((date) => {
          const latest = date === plan.latestReportDateWithData;
          const afterData = plan.latestReportDateWithData !== null && date > plan.latestReportDateWithData;
          return (
            <button
              key={date}
              type="button"
              className={`chip${afterData ? ' chip--no-data' : ''}${latest ? ' chip--latest' : ''}`}
              aria-pressed={date === selected}
              aria-label={formatDate(date)}
              title={latest ? `${formatDate(date)}: ${t.latestWithData}` : formatDate(date)}
              onClick={() => onSelect(date)}
            >
              {formatDayMonth(date)}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
