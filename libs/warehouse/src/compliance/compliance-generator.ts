import {
  addDays,
  conferenceDeadline,
  dayNumber,
  COMPLIANCE_DAYS,
  ENTRY_DAYS,
  NOTICE_RESPONSE_DAYS,
  periodEnd,
  SCHEDULE_DAYS,
  STEP_FORMS,
  type ComplianceCase,
  type ComplianceListKind,
  type ComplianceListing,
  type ComplianceOutcomeKind,
  type ComplianceStepKind,
  type IsoDate,
} from '@scorecard/domain';

// Synthetic compliance cases for the employers of the synthetic contribution ledger (marked synthetic wherever
// shown), following docs/compliance.md. Every draw is a hash of (employer number, list round, salt), so an
// employer's story is the same whatever the ledger's size or the order employers are read in.

/**
 * The list rounds: lists arrive before 10 January and 10 July (seed 000, I.1.2). The first is the review of the
 * tax authority's data the 2021 plan (2800/KH-BHXH of 06/9/2021) asked for within its period, so that the plan's
 * three workflow metrics have cases to count from September 2021.
 */
export const COMPLIANCE_LIST_ROUNDS: readonly IsoDate[] = [
  '2021-09-06',
  '2022-01-05',
  '2022-07-05',
  '2023-01-05',
  '2023-07-05',
];
/**
 * A month's contribution of one worker (VND) the synthetic outcomes recover, 1 to 6 months of it: about 32 % of a
 * wage of 5 million đồng (employer and worker shares of social, health and unemployment insurance).
 */
export const SAMPLE_MONTHLY_CONTRIBUTION = 1_600_000;
/** Nothing happens after the sample ledger's last day. */
export const COMPLIANCE_SAMPLE_END: IsoDate = '2023-12-31';
/** The share of employers that come on a list at some round. */
export const COMPLIANCE_SAMPLE_SHARE = 0.08;
export const COMPLIANCE_SAMPLE_RECORDED_BY = 'system:synthetic';
export const COMPLIANCE_SAMPLE_SOURCE = 'synthetic';

export type SampleEmployer = { id: string; name: string; district: string; provinceCode: string; workers: number };

/** A generated case, with the employer's name and district its listings carry. */
export type GeneratedComplianceCase = ComplianceCase & { employerName: string; district: string };

const SAMPLE_ID = /^DN(\d{1,8})$/;

/**
 * The tax code (mã số thuế) of an employer of the synthetic ledger, which has none: "99" and the 8-digit number of
 * its id (DN0001234 → 9900001234). Ten digits like a real one; no tax code is issued with the prefix 99, so it
 * can never be taken for a real employer's. Null for an id not of the sample's form.
 */
export function syntheticTaxCode(employerId: string): string | null {
  const match = SAMPLE_ID.exec(employerId);
  return match ? `99${match[1]!.padStart(8, '0')}` : null;
}

/** A uniform draw in [0, 1) from three integers (a 32-bit integer hash: the same on every machine). */
export function sampleDraw(a: number, b: number, salt: number): number {
  let h =
    Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be59b, 0xc2b2ae35) ^ Math.imul(salt + 1, 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/** Document numbers by form: notices (thông báo), invitations (giấy mời), decisions (quyết định), minutes (biên bản). */
const DOCUMENT_SUFFIX: Readonly<Record<ComplianceStepKind, string>> = {
  LIST_RECEIVED: '',
  ENTERED: '',
  NOTICE_SENT: 'TB-BHXH',
  CONFERENCE_INVITED: 'GM-BHXH',
  CONFERENCE_HELD: '',
  INSPECTION_SCHEDULED: 'QĐ-BHXH',
  INSPECTION_DONE: 'BB-BHXH',
  SPECIALISED_INSPECTION: 'QĐ-TTr',
  POLICE_REFERRAL: 'CV-BHXH',
};

type Draw = (salt: number) => number;
type Outcome = { kind: ComplianceOutcomeKind; on: IsoDate; share: number };

/** A whole number of days from lo to hi, both included. */
const days = (draw: Draw, salt: number, lo: number, hi: number) => lo + Math.floor(draw(salt) * (hi - lo + 1));

/** How a case ends when it ends: mostly registered, some partly, a few closed (dissolved, no workers, wrong list). */
function outcomeAt(draw: Draw, salt: number, on: IsoDate, closeable: boolean): Outcome {
  const r = draw(salt);
  const share = 0.3 + 0.5 * draw(salt + 1);
  if (r < 0.6) return { kind: 'REGISTERED', on, share: 1 };
  if (r < 0.78 || !closeable) return { kind: 'PARTLY_REGISTERED', on, share };
  if (r < 0.88) return { kind: 'CLOSED_DISSOLVED', on, share: 0 };
  if (r < 0.95) return { kind: 'CLOSED_NO_WORKERS', on, share: 0 };
  return { kind: 'CLOSED_WRONG_DATA', on, share: 0 };
}

/**
 * The steps and outcome of a case opened on `received`, before truncation at the end of the sample. Most steps
 * are on time, some late; cases stop at every stage (registered after the notice, after the conference, after
 * the inspection; or still waiting), some skip the conference (4.2 c), a few go to the police.
 */
function story(draw: Draw, received: IsoDate): { steps: [ComplianceStepKind, IsoDate][]; outcome: Outcome | null } {
  const steps: [ComplianceStepKind, IsoDate][] = [];
  const step = (kind: ComplianceStepKind, on: IsoDate) => {
    steps.push([kind, on]);
    return on;
  };
  // 2 % of lists are never entered (overdue for ever); 15 % of the rest late.
  if (draw(1) < 0.02) return { steps, outcome: null };
  const entered = step(
    'ENTERED',
    draw(2) < 0.85
      ? addDays(received, days(draw, 3, 1, ENTRY_DAYS))
      : addDays(periodEnd(received, ENTRY_DAYS), days(draw, 3, 1, 20)),
  );
  if (draw(4) < 0.04) return { steps, outcome: null };
  const notice = step('NOTICE_SENT', addDays(entered, days(draw, 5, 0, 3)));
  const responseDue = addDays(periodEnd(notice, NOTICE_RESPONSE_DAYS), 1);
  const branch = draw(6);
  // Registered (or closed) in the response period, or soon after: no conference needed.
  if (branch < 0.25) return { steps, outcome: outcomeAt(draw, 7, addDays(notice, days(draw, 9, 3, 30)), true) };
  // Still waiting for a conference (overdue once 19 December passes).
  if (branch < 0.33) return { steps, outcome: null };
  let since: IsoDate;
  if (branch < 0.5) {
    // Too few employers in the district for a conference: straight to a direct inspection (4.2 c).
    const scheduled = step('INSPECTION_SCHEDULED', addDays(responseDue, days(draw, 10, 3, 40)));
    since = step('INSPECTION_DONE', addDays(scheduled, days(draw, 11, 5, 30)));
  } else {
    const invited = step('CONFERENCE_INVITED', addDays(responseDue, days(draw, 12, 0, 10)));
    const deadline = conferenceDeadline(responseDue);
    const planned = addDays(invited, days(draw, 13, 7, 60));
    const held = step(
      'CONFERENCE_HELD',
      draw(14) < 0.85
        ? planned <= deadline
          ? planned
          : deadline < invited
            ? invited
            : deadline
        : addDays(deadline, days(draw, 15, 1, 40)),
    );
    const after = draw(16);
    if (after < 0.35) return { steps, outcome: outcomeAt(draw, 17, addDays(held, days(draw, 19, 5, 45)), false) };
    // The schedule 05a-KT never made: overdue two days after the conference.
    if (after < 0.45) return { steps, outcome: null };
    const scheduled = step(
      'INSPECTION_SCHEDULED',
      draw(20) < 0.85
        ? addDays(held, days(draw, 21, 0, SCHEDULE_DAYS))
        : addDays(periodEnd(held, SCHEDULE_DAYS), days(draw, 21, 1, 10)),
    );
    since = step('INSPECTION_DONE', addDays(scheduled, days(draw, 22, 5, 30)));
  }
  const inspected = draw(23);
  if (inspected < 0.5) return { steps, outcome: outcomeAt(draw, 24, addDays(since, days(draw, 26, 3, 40)), true) };
  if (inspected < 0.6) return { steps, outcome: null };
  const specialised = step(
    'SPECIALISED_INSPECTION',
    addDays(addDays(periodEnd(since, COMPLIANCE_DAYS), 1), days(draw, 27, 0, 30)),
  );
  const last = draw(28);
  if (last < 0.45) return { steps, outcome: outcomeAt(draw, 29, addDays(specialised, days(draw, 31, 10, 60)), false) };
  if (last < 0.65) step('POLICE_REFERRAL', addDays(specialised, days(draw, 32, 20, 90)));
  return { steps, outcome: null };
}

function listing(employer: SampleEmployer, n: number, round: number): ComplianceListing {
  const kind: ComplianceListKind = sampleDraw(n, round, 201) < 0.55 ? 'NOT_PARTICIPATING' : 'NOT_FULLY_PARTICIPATING';
  const workers =
    kind === 'NOT_PARTICIPATING'
      ? employer.workers
      : Math.max(1, Math.round(employer.workers * (0.1 + 0.5 * sampleDraw(n, round, 202))));
  return { kind, receivedOn: COMPLIANCE_LIST_ROUNDS[round]!, workers };
}

/** The case an employer's listing at `round` opens, cut at the end of the sample, and the share of workers it registers. */
function openCase(
  employer: SampleEmployer,
  n: number,
  round: number,
  taxCode: string,
): { case: GeneratedComplianceCase; share: number } {
  const first = listing(employer, n, round);
  const draw: Draw = (salt) => sampleDraw(n, round, salt);
  const { steps, outcome } = story(draw, first.receivedOn);
  const kept = steps.filter(([, on]) => on <= COMPLIANCE_SAMPLE_END);
  const ended = outcome !== null && outcome.on <= COMPLIANCE_SAMPLE_END && kept.length === steps.length;
  const c: GeneratedComplianceCase = {
    taxCode,
    provinceCode: employer.provinceCode,
    listings: [first],
    steps: kept.map(([kind, on], index) => ({
      kind,
      on,
      document:
        STEP_FORMS[kind] === null || DOCUMENT_SUFFIX[kind] === ''
          ? null
          : `${1 + Math.floor(sampleDraw(n, round, 300 + index) * 899)}/${DOCUMENT_SUFFIX[kind]}`,
    })),
    // Workers registered are counted once the listings are known (a later listing may change them).
    outcome: ended
      ? { kind: outcome.kind, on: outcome.on, workersRegistered: 0, contributionRecovered: 0, document: null }
      : null,
    employerName: employer.name,
    district: employer.district,
  };
  return { case: c, share: ended ? outcome.share : 0 };
}

/**
 * The synthetic cases of the employers given: about 8 % come on a list at one of the five rounds; while the case is
 * open, 40 % come on the next lists again (continuing it); once it has ended, 20 % come on a later list (a new
 * case). Sorted by opening date and tax code.
 */
export function generateComplianceCases(employers: readonly SampleEmployer[]): GeneratedComplianceCase[] {
  const cases: GeneratedComplianceCase[] = [];
  const shares = new Map<GeneratedComplianceCase, number>();
  const open = (employer: SampleEmployer, n: number, round: number, taxCode: string) => {
    const opened = openCase(employer, n, round, taxCode);
    cases.push(opened.case);
    shares.set(opened.case, opened.share);
    return opened.case;
  };
  for (const employer of employers) {
    const taxCode = syntheticTaxCode(employer.id);
    if (taxCode === null) continue;
    const n = Number(taxCode.slice(2));
    if (sampleDraw(n, 0, 101) >= COMPLIANCE_SAMPLE_SHARE) continue;
    const firstRound = Math.floor(sampleDraw(n, 0, 102) * COMPLIANCE_LIST_ROUNDS.length);
    let current = open(employer, n, firstRound, taxCode);
    for (let round = firstRound + 1; round < COMPLIANCE_LIST_ROUNDS.length; round += 1) {
      const date = COMPLIANCE_LIST_ROUNDS[round]!;
      const ended = current.outcome !== null && current.outcome.on < date;
      if (!ended && sampleDraw(n, round, 103) < 0.4) current.listings.push(listing(employer, n, round));
      else if (ended && sampleDraw(n, round, 104) < 0.2) current = open(employer, n, round, taxCode);
    }
  }
  for (const c of cases) {
    if (c.outcome === null) continue;
    const outcome = c.outcome;
    const known = c.listings.filter((l) => l.receivedOn <= outcome.on).at(-1)!;
    const share = shares.get(c)!;
    outcome.workersRegistered =
      share === 1 || share === 0 ? known.workers * share : Math.max(1, Math.floor(known.workers * share));
    const months = 1 + Math.floor(sampleDraw(Number(c.taxCode.slice(2)), dayNumber(outcome.on), 105) * 6);
    outcome.contributionRecovered = outcome.workersRegistered * SAMPLE_MONTHLY_CONTRIBUTION * months;
  }
  return cases.sort((a, b) =>
    a.listings[0]!.receivedOn === b.listings[0]!.receivedOn
      ? a.taxCode.localeCompare(b.taxCode)
      : a.listings[0]!.receivedOn.localeCompare(b.listings[0]!.receivedOn),
  );
}
