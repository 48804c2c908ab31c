import type { Province } from '@scorecard/domain';
import type { ReconciliationReport } from '@scorecard/ingest';
import { ProvinceObject } from '../reference/dto/province.object';
import { PlanReconciliationObject, ReconciliationFindingObject } from './dto/plan-reconciliation.object';

export function toPlanReconciliationObject(
  planId: string,
  version: number,
  report: ReconciliationReport,
  provinces: readonly Province[],
): PlanReconciliationObject {
  const byCode = new Map(provinces.map((province) => [province.code, province]));
  return Object.assign(new PlanReconciliationObject(), {
    planId,
    version,
    cellsChecked: report.cellsChecked,
    roundingCount: report.roundingCount,
    errorCount: report.errorCount,
    findings: report.findings.map((finding) => {
      const province = finding.provinceCode === null ? undefined : byCode.get(finding.provinceCode);
      return Object.assign(new ReconciliationFindingObject(), {
        ...finding,
        province: province ? ProvinceObject.from(province) : null,
      });
    }),
  });
}
