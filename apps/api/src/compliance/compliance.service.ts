import { Inject, Injectable } from '@nestjs/common';
import { auditEvent, type Actor } from '@scorecard/access';
import {
  STEP_FORMS,
  complianceFigures,
  outcomeRefusal,
  stepRefusal,
  type ComplianceFigures,
  type ComplianceOutcome,
  type ComplianceStep,
  type IsoDate,
  type Province,
} from '@scorecard/domain';
import {
  ComplianceRepository,
  LedgerRepository,
  type EmployerArrearsRow,
  type StoredComplianceCase,
} from '@scorecard/warehouse';
import { ScorecardError } from '../graphql/scorecard.errors';
import { LatePaymentService } from '../late-payment/late-payment.service';
import { caseAsOf } from './compliance-case.view';

export type ComplianceFunnelAnswer = Omit<ComplianceFigures, 'steps'> & {
  asOf: IsoDate;
  province: Province | null;
  cases: number;
  steps: (ComplianceFigures['steps'][number] & { form: string | null })[];
  shouldBeInspected: number | null;
  synthetic: boolean;
};

/** The compliance funnel and cases of a province or the nation at a date, and the steps recorded on them. */
@Injectable()
export class ComplianceService {
  constructor(
    @Inject(ComplianceRepository) private readonly repository: ComplianceRepository,
    @Inject(LedgerRepository) private readonly ledger: LedgerRepository,
    @Inject(LatePaymentService) private readonly latePayment: LatePaymentService,
  ) {}

  /** The funnel at `asOf` with what was done from `from` (default: 1 January of asOf's year) to asOf. */
  async funnel(province: Province | null, asOf: IsoDate, from?: IsoDate | null): Promise<ComplianceFunnelAnswer> {
    const window = { from: from ?? `${asOf.slice(0, 4)}-01-01`, to: asOf };
    if (window.from > asOf)
      throw new ScorecardError(
        'INVALID_ARGUMENT',
        `from (${window.from}) is after asOf (${asOf}).`,
        `Ngày bắt đầu (${window.from}) sau ngày xem số liệu (${asOf}).`,
      );
    const known = await this.known(province?.code ?? null, asOf);
    const figures = complianceFigures(known, asOf, window);
    return {
      ...figures,
      asOf,
      province,
      cases: known.length,
      steps: figures.steps.map((step) => ({ ...step, form: STEP_FORMS[step.step] })),
      shouldBeInspected: await this.shouldBeInspected(province?.code ?? null, asOf),
      synthetic: known.length > 0 && known.every((c) => c.synthetic),
    };
  }

  dataRange(): Promise<{ from: IsoDate | null; to: IsoDate | null }> {
    return this.repository.dataRange();
  }

  /** The cases opened by `asOf` (of one province, or all), each cut at `asOf`, by case number. */
  async cases(provinceCode: string | null, asOf: IsoDate): Promise<StoredComplianceCase[]> {
    const cases = await this.repository.cases({ provinceCode, asOf });
    return cases.map((c) => caseAsOf(c, asOf)).sort((a, b) => a.id - b.id);
  }

  /** The cases known at `asOf`: opened by then, and cut there. */
  async known(provinceCode: string | null, asOf: IsoDate): Promise<StoredComplianceCase[]> {
    return (await this.cases(provinceCode, asOf)).filter((c) => c.listings.length > 0);
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
   * The arrears in the contribution ledger at `asOf` of the employers with these tax codes, by tax code; empty
   * when no ledger is loaded or it does not cover `asOf`.
   */
  async arrears(taxCodes: readonly string[], asOf: IsoDate): Promise<Map<string, EmployerArrearsRow>> {
    const covered = await this.ledgerCovers(asOf);
    if (!covered || taxCodes.length === 0) return new Map();
    const page = await this.ledger.employersInArrears({
      asOf,
      province: null,
      bucket: null,
      limit: taxCodes.length,
      after: null,
      taxCodes,
    });
    return new Map(page.rows.filter((row) => row.taxCode !== null).map((row) => [row.taxCode!, row]));
  }

  /**
   * Records a step done on a case, after the domain's checks (a date before the list or the last step, or a case
   * that has ended, is refused) and never in the future; the audit log gets the step in the same transaction.
   */
  async record(actor: Actor, c: StoredComplianceCase, step: ComplianceStep, today: IsoDate): Promise<void> {
    refuseIf(step.on > today ? future(step.on, today) : stepRefusal(c, step), 'step');
    await this.repository.appendRecords(
      [{ caseId: c.id, step }],
      actor.principal.name,
      auditEvent(actor, 'compliance.record', `compliance case ${c.id}`, { ...step, taxCode: c.taxCode }),
    );
  }

  /** Records how a case ended, after the domain's checks, with its audit event in the same transaction. */
  async recordOutcome(
    actor: Actor,
    c: StoredComplianceCase,
    outcome: ComplianceOutcome,
    today: IsoDate,
  ): Promise<void> {
    refuseIf(outcome.on > today ? future(outcome.on, today) : outcomeRefusal(c, outcome), 'outcome');
    await this.repository.appendRecords(
      [{ caseId: c.id, outcome }],
      actor.principal.name,
      auditEvent(actor, 'compliance.record', `compliance case ${c.id}`, { ...outcome, taxCode: c.taxCode }),
    );
  }

  private async ledgerCovers(asOf: IsoDate): Promise<boolean> {
    try {
      await this.latePayment.resolveAsOf(asOf);
      return true;
    } catch (error) {
      if (error instanceof ScorecardError && (error.code === 'NO_LEDGER' || error.code === 'DATE_OUTSIDE_LEDGER'))
        return false;
      throw error;
    }
  }

  private async shouldBeInspected(provinceCode: string | null, asOf: IsoDate): Promise<number | null> {
    if (!(await this.ledgerCovers(asOf))) return null;
    const page = await this.ledger.employersInArrears({
      asOf,
      province: provinceCode,
      bucket: null,
      limit: 0,
      after: null,
      toInspect: true,
    });
    return page.total;
  }
}

type Refusal = { reason: string; reasonVi: string } | null;

function future(on: IsoDate, today: IsoDate): Refusal {
  return { reason: `${on} is after today (${today})`, reasonVi: `ngày ${on} sau ngày hôm nay (${today})` };
}

function refuseIf(refusal: Refusal, what: 'step' | 'outcome'): void {
  if (!refusal) return;
  const [en, vi] = what === 'step' ? ['step', 'bước này'] : ['outcome', 'kết quả này'];
  throw new ScorecardError(
    'INVALID_ARGUMENT',
    `The ${en} cannot be recorded: ${refusal.reason}.`,
    `Không ghi được ${vi}: ${refusal.reasonVi}.`,
  );
}
