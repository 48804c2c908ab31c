import {
  STEP_FORMS,
  dayNumber,
  deadlineOf,
  isOverdue,
  nextStep,
  type ComplianceCase,
  type IsoDate,
  type Province,
} from '@scorecard/domain';
import type { EmployerArrearsRow, StoredComplianceCase } from '@scorecard/warehouse';

// A stored case as it was known on a date: the steps done by then, its outcome if it had ended, and what it waited
// for next (the domain's nextStep), ready for the API's ComplianceCase.

export type ComplianceCaseView = {
  id: string;
  taxCode: string;
  employerName: string;
  district: string;
  address: string | null;
  province: Province;
  listKind: ComplianceCase['listings'][number]['kind'];
  openedOn: IsoDate;
  listings: number;
  workers: number;
  steps: {
    step: ComplianceCase['steps'][number]['kind'];
    on: IsoDate;
    document: string | null;
    form: string | null;
    deadline: IsoDate | null;
    daysLate: number;
  }[];
  next: {
    step: ComplianceCase['steps'][number]['kind'];
    from: IsoDate;
    deadline: IsoDate | null;
    overdue: boolean;
  } | null;
  outcome: ComplianceCase['outcome'];
  arrears: {
    employerId: string;
    overdue: number;
    bucket: EmployerArrearsRow['bucket'];
    oldestOverdueMonth: string;
  } | null;
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

/** The case as known at `asOf`, with its employer's arrears then (`arrears`: null when it owed nothing or is unknown). */
export function caseView(
  stored: StoredComplianceCase,
  province: Province,
  asOf: IsoDate,
  arrears: EmployerArrearsRow | null = null,
): ComplianceCaseView {
  const c = caseAsOf(stored, asOf);
  const latest = c.listings.at(-1) ?? stored.listings[0]!;
  const next = nextStep(c);
  return {
    id: String(c.id),
    taxCode: c.taxCode,
    employerName: c.employerName,
    district: c.district,
    address: c.address,
    province,
    listKind: latest.kind,
    openedOn: stored.listings[0]!.receivedOn,
    listings: c.listings.length,
    workers: latest.workers,
    steps: c.steps.map((step, index) => {
      const deadline = deadlineOf(c, index);
      return {
        step: step.kind,
        on: step.on,
        document: step.document,
        form: STEP_FORMS[step.kind],
        deadline,
        daysLate: deadline !== null && step.on > deadline ? dayNumber(step.on) - dayNumber(deadline) : 0,
      };
    }),
    next:
      next === null ? null : { step: next.kind, from: next.from, deadline: next.deadline, overdue: isOverdue(c, asOf) },
    outcome: c.outcome,
    arrears:
      arrears === null
        ? null
        : {
            employerId: arrears.employerId,
            overdue: arrears.overdue,
            bucket: arrears.bucket,
            oldestOverdueMonth: arrears.oldestMonth,
          },
    synthetic: c.synthetic,
  };
}
