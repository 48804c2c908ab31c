// A data-quality warning in Vietnamese: what kind, and what the figures were. The server's own message (in
// English) stays available as a detail.
import type { DataQualityWarning } from '../api/fields';
import { formatDate, formatQuantity } from '../i18n/format';
import { dataQualityKindLabel, text } from '../i18n/vi';

export type WarningView = { label: string; description: string };

type WarningFields = Pick<
  DataQualityWarning,
  'kind' | 'reportDate' | 'value' | 'previousValue' | 'periodTotal' | 'message'
>;

export function describeWarning(warning: WarningFields, unitVi: string | undefined): WarningView {
  const t = text.dataQuality;
  const amount = (value: number) =>
    unitVi ? text.common.withUnit(formatQuantity(value), unitVi) : formatQuantity(value);
  const label = dataQualityKindLabel(warning.kind);
  const { value, previousValue, periodTotal } = warning;
  switch (warning.kind) {
    case 'DECREASING_CUMULATIVE':
      if (previousValue !== null) return { label, description: t.decreasing(amount(value), amount(previousValue)) };
      break;
    case 'JUMP_ABOVE_QUOTA':
      if (periodTotal !== null) {
        return { label, description: t.jump(amount(value - (previousValue ?? 0)), amount(periodTotal)) };
      }
      break;
    case 'OFF_SCHEDULE_DATE':
      return { label, description: `${t.offSchedule(formatDate(warning.reportDate))} ${t.value(amount(value))}` };
  }
  // A kind this page does not know (or a warning without its figures): the server's words, with the value.
  return { label, description: `${warning.message} — ${t.value(amount(value))}` };
}

const FORM_SOURCE = 'form:';

/** Where the figure came from, in words: the report form and who sent it ("form:<login>"), or a file as named. */
export function describeSource(source: string): string {
  return source.startsWith(FORM_SOURCE) ? text.dataQuality.formSource(source.slice(FORM_SOURCE.length)) : source;
}
