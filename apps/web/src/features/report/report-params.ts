// The form's province and report date live in the URL (?province=01&date=2021-10-31), so a province page can
// link straight to its form and a reload keeps the choice.
import type { Plan, Province } from '../../api/fields';
import type { IsoDate } from '../../api/scalars';
import { defaultReportDate } from '../../plan/plan-dates';

export type ReportParams = { province: string | null; reportDate: IsoDate | undefined };
export type ResolvedReportParams = { params: ReportParams; invalid: Array<'province' | 'date'> };

export function resolveReportParams(
  search: string,
  plan: Pick<Plan, 'reportDates'>,
  provinces: readonly Pick<Province, 'code'>[],
  today: IsoDate,
): ResolvedReportParams {
  const query = new URLSearchParams(search);
  const invalid: ResolvedReportParams['invalid'] = [];

  const province = query.get('province');
  const provinceOk = province !== null && provinces.some((p) => p.code === province);
  if (province !== null && !provinceOk) invalid.push('province');

  // A report is for one of the plan's report dates.
  const date = query.get('date');
  const dateOk = date !== null && plan.reportDates.includes(date);
  if (date !== null && !dateOk) invalid.push('date');

  return {
    params: { province: provinceOk ? province : null, reportDate: dateOk ? date : defaultReportDate(plan, today) },
    invalid,
  };
}

export function toReportSearch(params: ReportParams, currentSearch: string): string {
  const query = new URLSearchParams(currentSearch);
  if (params.province) query.set('province', params.province);
  else query.delete('province');
  if (params.reportDate) query.set('date', params.reportDate);
  else query.delete('date');
  const text = query.toString();
  return text ? `?${text}` : '';
}
