import { Inject, Injectable } from '@nestjs/common';
import { auditEvent, type Actor } from '@scorecard/access';
import {
  COMPLIANCE_STEPS,
  STEP_FORMS,
  complianceFunnel,
  stepRefusal,
  type ComplianceStep,
  type IsoDate,
  type Province,
} from '@scorecard/domain';
import { ComplianceRepository, type StoredComplianceCase } from '@scorecard/warehouse';
import { ScorecardError } from '../graphql/scorecard.errors';
import { caseAsOf } from './compliance-case.view';

export type ComplianceFunnelAnswer = {
  asOf: IsoDate;
  province: Province | null;
  cases: number;
  steps: { step: (typeof COMPLIANCE_STEPS)[number]; form: string | null; reached: number }[];
  overdue: number;
  registered: number;
  partlyRegistered: number;
  closed: number;
  workersRegistered: number;
  synthetic: boolean;
};

/** The compliance funnel and cases of a province or the nation at a date, and the steps recorded on them. */
@Injectable()
export class ComplianceService {
  constructor(@Inject(ComplianceRepository) private readonly repository: ComplianceRepository) {}

  async funnel(province: Province | null, asOf: IsoDate): Promise<ComplianceFunnelAnswer> {
    const cases = await this.repository.cases({ provinceCode: province?.code ?? null, asOf });
    // The repository gives the cases opened by asOf with everything after; the domain counts what was known then.
    const known = cases.filter((c) => c.listings[0]!.receivedOn <= asOf);
    const funnel = complianceFunnel(known, asOf);
    return {
      asOf,
      province,
      cases: known.length,
      steps: COMPLIANCE_STEPS.map((step) => ({ step, form: STEP_FORMS[step], reached: funnel.reached[step] })),
      overdue: funnel.overdue,
      registered: funnel.registered,
      partlyRegistered: funnel.partlyRegistered,
      closed: funnel.closed,
      workersRegistered: funnel.workersRegistered,
      synthetic: known.length > 0 && known.every((c) => c.synthetic),
    };
  }

  /** The cases opened by `asOf` (of one province, or all), each cut at `asOf`, by case number. */
  async cases(provinceCode: string | null, asOf: IsoDate): Promise<StoredComplianceCase[]> {
    const cases = await this.repository.cases({ provinceCode, asOf });
    return cases.map((c) => caseAsOf(c, asOf)).sort((a, b) => a.id - b.id);
  }

  /** The case with this number, or UNKNOWN_CASE. */
  async case(id: string): Promise<StoredComplianceCase> {
    const found = /^\d{1,15}$/.test(id) ? await this.repository.caseById(Number(id)) : null;
    if (found) return found;
    throw new ScorecardError(
      'UNKNOWN_CASE',
      `There is no compliance case ${id} (see complianceCases).`,
      `Không có hồ sơ ${id} (xem danh sách hồ sơ, complianceCases).`,
    );
  }

  /**
   * Records a step done on a case, after the domain's checks (a date before the list or the last step, or a case
   * that has ended, is refused) and never in the future; the audit log gets the step in the same transaction.
   */
  async record(actor: Actor, c: StoredComplianceCase, step: ComplianceStep, today: IsoDate): Promise<void> {
    const refusal =
      step.on > today
        ? { reason: `${step.on} is after today (${today})`, reasonVi: `ngày ${step.on} sau ngày hôm nay (${today})` }
        : stepRefusal(c, step);
    if (refusal)
      throw new ScorecardError(
        'INVALID_ARGUMENT',
        `The step cannot be recorded: ${refusal.reason}.`,
        `Không ghi được bước này: ${refusal.reasonVi}.`,
      );
    await this.repository.appendStep(
      c.id,
      step,
      actor.principal.name,
      auditEvent(actor, 'compliance.record', `compliance case ${c.id}`, { ...step, taxCode: c.taxCode }),
    );
  }
}
