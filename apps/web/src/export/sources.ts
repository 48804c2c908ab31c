// The plan and source lines every export of the plan's figures carries, worded once.
import type { Plan } from '../api/fields';
import type { UnitSet } from '../api/generated/graphql';
import type { IsoDate } from '../api/scalars';
import { formatDate } from '../i18n/format';
import { textExport } from '../i18n/vi-export';
import { textUnitSets } from '../i18n/vi-unit-sets';
import { isSummedView } from '../plan/unit-set-view';

/** "Kế hoạch: 2800/KH-BHXH — Kế hoạch thu và phát triển người tham gia 04 tháng cuối năm 2021". */
export function planLine(plan: Pick<Plan, 'issuingDocument' | 'title'>): string {
  return textExport.sheet.plan(plan.issuingDocument, plan.title);
}

/** "Nguồn: BHXH Scorecard, kế hoạch 2800/KH-BHXH, báo cáo đã duyệt đến 31/10/2021". */
export function planSource(plan: Pick<Plan, 'issuingDocument'>, asOf: IsoDate): string {
  return textExport.source.plan(plan.issuingDocument, formatDate(asOf));
}

/** A plan shown on another set than its own (the 2021 plan on the 34): the file says which units, each a sum. */
export function unitSetNotes(plan: Pick<Plan, 'unitSet'>, unitSet: UnitSet): string[] {
  const t = textUnitSets.field;
  return isSummedView(plan, unitSet) ? [`${t.options[unitSet]}: ${t.summedNote}`] : [];
}
