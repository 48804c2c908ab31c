// The plan and source lines every export of the plan's figures carries, worded once.
import type { Plan } from '../api/fields';
import type { IsoDate } from '../api/scalars';
import { formatDate } from '../i18n/format';
import { textExport } from '../i18n/vi-export';

/** "Kế hoạch: 2800/KH-BHXH — Kế hoạch thu và phát triển người tham gia 04 tháng cuối năm 2021". */
export function planLine(plan: Pick<Plan, 'issuingDocument' | 'title'>): string {
  return textExport.sheet.plan(plan.issuingDocument, plan.title);
}

/** "Nguồn: BHXH Scorecard, kế hoạch 2800/KH-BHXH, báo cáo đã duyệt đến 31/10/2021". */
export function planSource(plan: Pick<Plan, 'issuingDocument'>, asOf: IsoDate): string {
  return textExport.source.plan(plan.issuingDocument, formatDate(asOf));
}
