import type { IsoDate } from '../calendar/iso-date';

// The employer compliance workflow of seed 000 (the 2022 guidance on employers that do not participate, or not
// fully, in compulsory social and health insurance), as data: a case per employer and list, its steps with their
// dates and documents, and how it ended. docs/compliance.md names every form.

/** Which list an employer came on: not participating at all (02a-KT, workers in 02-KT), or not fully (03a-KT / 03-KT). */
export type ComplianceListKind = 'NOT_PARTICIPATING' | 'NOT_FULLY_PARTICIPATING';

/** The forms of each list: the list of employers and the list of their workers. */
export const LIST_FORMS: Readonly<Record<ComplianceListKind, { employers: string; workers: string }>> = {
  NOT_PARTICIPATING: { employers: '02a-KT', workers: '02-KT' },
  NOT_FULLY_PARTICIPATING: { employers: '03a-KT', workers: '03-KT' },
};

/** The steps of a case in the guidance's order (section I.3–I.4 of seed 000). */
export const COMPLIANCE_STEPS = [
  /** The list arrived from the tax authority or business registration (3.1). */
  'LIST_RECEIVED',
  /** Entered in the software, at most 5 days after the list was received (3.2.2). */
  'ENTERED',
  /** Notice to the employer, form 04-KT with 02-KT / 03-KT (4.1). */
  'NOTICE_SENT',
  /** Invitation to a conference, form 05-KT, once 10 days pass without a response (4.2 a). */
  'CONFERENCE_INVITED',
  /** The conference with employers; every conference of a year before 20 December (4.2 d). */
  'CONFERENCE_HELD',
  /** Direct inspection scheduled, form 05a-KT with checklist 05b-KT, within 2 days after the conference (4.3 c). */
  'INSPECTION_SCHEDULED',
  /** Direct inspection done: minutes 06-KT (4.3 d). */
  'INSPECTION_DONE',
  /** Specialised inspection decided, 10 days after the conference or inspection without compliance; 07-KT (4.4). */
  'SPECIALISED_INSPECTION',
  /** File sent to the police under Article 216 of the Criminal Code (4.5). */
  'POLICE_REFERRAL',
] as const;
export type ComplianceStepKind = (typeof COMPLIANCE_STEPS)[number];

/** The form that documents each step, where there is one. */
export const STEP_FORMS: Readonly<Record<ComplianceStepKind, string | null>> = {
  LIST_RECEIVED: null,
  ENTERED: null,
  NOTICE_SENT: '04-KT',
  CONFERENCE_INVITED: '05-KT',
  CONFERENCE_HELD: null,
  INSPECTION_SCHEDULED: '05a-KT',
  INSPECTION_DONE: '06-KT',
  SPECIALISED_INSPECTION: '07-KT',
  POLICE_REFERRAL: '07-KT',
};

/** How a case ended: the employer registered (all or part of its workers), or the case was closed. */
export type ComplianceOutcomeKind =
  'REGISTERED' | 'PARTLY_REGISTERED' | 'CLOSED_DISSOLVED' | 'CLOSED_NO_WORKERS' | 'CLOSED_WRONG_DATA';

export type ComplianceStep = {
  kind: ComplianceStepKind;
  on: IsoDate;
  /** The document's number as issued (e.g. "125/TB-BHXH"); null when the step has none. */
  document: string | null;
};

/** One appearance of the employer on a list; a later list of the same employer continues the open case. */
export type ComplianceListing = { kind: ComplianceListKind; receivedOn: IsoDate; workers: number };

export type ComplianceCase = {
  /** The employer's tax code (mã số thuế): how lists, cases and the contribution ledger find one another. */
  taxCode: string;
  provinceCode: string;
  /** Every list the employer came on for this case, oldest first; the first opened the case. */
  listings: ComplianceListing[];
  /** The steps done, in the order they were done (a case may skip steps). */
  steps: ComplianceStep[];
  outcome: ComplianceOutcome | null;
};

/** How and when a case ended, with what it brought in. */
export type ComplianceOutcome = {
  kind: ComplianceOutcomeKind;
  on: IsoDate;
  /** Workers registered by the employer (0 when the case was closed). */
  workersRegistered: number;
  /** Contribution recovered (VND), as the province records it with the outcome; 0 when none. */
  contributionRecovered: number;
  /** The document that records it, when there is one. */
  document: string | null;
};

/** The outcomes in the guidance's order: registrations first, then the three ways a case is closed. */
export const COMPLIANCE_OUTCOMES: readonly ComplianceOutcomeKind[] = [
  'REGISTERED',
  'PARTLY_REGISTERED',
  'CLOSED_DISSOLVED',
  'CLOSED_NO_WORKERS',
  'CLOSED_WRONG_DATA',
];

/** Whether the outcome brought workers in (all, or some). */
export function isRegistration(kind: ComplianceOutcomeKind): boolean {
  return kind === 'REGISTERED' || kind === 'PARTLY_REGISTERED';
}

export function stepIndex(kind: ComplianceStepKind): number {
  return COMPLIANCE_STEPS.indexOf(kind);
}
