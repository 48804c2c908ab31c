import { STEP_FORMS, isOverdue, nextStep, type ComplianceCase, type IsoDate, type Province } from '@scorecard/domain';
import type { StoredComplianceCase } from '@scorecard/warehouse';

// A stored case as it was known on a date: the steps done by then, its outcome if it had ended, and what it waited
// for next (the domain's nextStep), ready for the API's ComplianceCase.

export type ComplianceCaseView = {
  id: string;
  taxCode: string;
  province: Province;
  listKind: ComplianceCase['listings'][number]['kind'];
  openedOn: IsoDate;
  listings: number;
  workers: number;
  steps: { step: ComplianceCase['steps'][number]['kind']; on: IsoDate; document: string | null; form: string | null }[];
  next: {
    step: ComplianceCase['steps'][number]['kind'];
    from: IsoDate;
    deadline: IsoDate | null;
    overdue: boolean;
  } | null;
  outcome: ComplianceCase['outcome'];
  synthetic: boolean;
};

/** The case cut at `asOf`: what had happened by then, nothing after. */
export function caseAsOf(c: StoredComplianceCase, asOf: IsoDate): StoredComplianceCase {
  return {
    ...c,
    listings: c.listings.filter((listing) => listing.receivedOn <= asOf),
    steps: c.steps.filter((step) => step.on <= asOf),
    outcome: c.outcome !== null && c.outcome.on <= asOf ? c.outcome : null,
  };
}

export function caseView(stored: StoredComplianceCase, province: Province, asOf: IsoDate): ComplianceCaseView {
  const c = caseAsOf(stored, asOf);
  const latest = c.listings.at(-1) ?? stored.listings[0]!;
  const next = nextStep(c);
  return {
    id: String(c.id),
    taxCode: c.taxCode,
    province,
    listKind: latest.kind,
    openedOn: stored.listings[0]!.receivedOn,
    listings: c.listings.length,
    workers: latest.workers,
    steps: c.steps.map((step) => ({
      step: step.kind,
      on: step.on,
      document: step.document,
      form: STEP_FORMS[step.kind],
    })),
    next:
      next === null ? null : { step: next.kind, from: next.from, deadline: next.deadline, overdue: isOverdue(c, asOf) },
    outcome: c.outcome,
    synthetic: c.synthetic,
  };
}
