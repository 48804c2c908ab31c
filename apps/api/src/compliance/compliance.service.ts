import { Inject, Injectable } from '@nestjs/common';
import { STEP_FORMS, COMPLIANCE_STEPS, complianceFunnel, type IsoDate, type Province } from '@scorecard/domain';
import { ComplianceRepository } from '@scorecard/warehouse';

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

/** The compliance funnel of a province or the nation at a date, counted by the domain from the stored cases. */
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
}
