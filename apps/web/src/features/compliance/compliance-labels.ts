// How the compliance pages name steps, outcomes, lists and arrears buckets, in the language of this page load. The
// steps' order and forms come from libs/domain (COMPLIANCE_STEPS, LIST_FORMS), the buckets' names too
// (ARREARS_BUCKETS): nothing here is a second list to keep in step with them.
import { ARREARS_BUCKETS, COMPLIANCE_STEPS, LIST_FORMS } from '@scorecard/domain';
import type { ArrearsBucket, ComplianceListKind, ComplianceOutcome, ComplianceStep } from '../../api/generated/graphql';
import { inLanguage } from '../../i18n/language';
import { textCompliance } from '../../i18n/vi-compliance';

const t = textCompliance;

/** The steps in the guidance's order (section I.3–I.4 of seed 000). */
export const STEP_ORDER: readonly ComplianceStep[] = COMPLIANCE_STEPS;

/** The outcomes in the order the form offers them: registrations first, then the closures. */
export const OUTCOME_ORDER: readonly ComplianceOutcome[] = [
  'REGISTERED',
  'PARTLY_REGISTERED',
  'CLOSED_DISSOLVED',
  'CLOSED_NO_WORKERS',
  'CLOSED_WRONG_DATA',
];

export function isComplianceStep(value: string | null | undefined): value is ComplianceStep {
  return STEP_ORDER.some((step) => step === value);
}

export function isComplianceOutcome(value: string | null | undefined): value is ComplianceOutcome {
  return OUTCOME_ORDER.some((outcome) => outcome === value);
}

/** An outcome that registers workers; a closed case registers none. */
export function registersWorkers(outcome: ComplianceOutcome): boolean {
  return outcome === 'REGISTERED' || outcome === 'PARTLY_REGISTERED';
}

export function stepLabel(step: ComplianceStep): string {
  return t.steps[step];
}

/** "Gửi thông báo (04-KT)", or the step alone when it has no form. */
export function stepWithForm(step: ComplianceStep, form: string | null | undefined): string {
  return form ? t.stepWithForm(stepLabel(step), form) : stepLabel(step);
}

export function outcomeLabel(outcome: ComplianceOutcome): string {
  return t.outcomes[outcome];
}

/** The lists in the order the import form offers them (LIST_FORMS of libs/domain). */
export const LIST_KIND_ORDER = Object.keys(LIST_FORMS) as readonly ComplianceListKind[];

export function isComplianceListKind(value: string | null | undefined): value is ComplianceListKind {
  return LIST_KIND_ORDER.some((kind) => kind === value);
}

export function listKindLabel(kind: ComplianceListKind): string {
  return t.listKinds[kind];
}

/** "Chưa tham gia (Mẫu 02a-KT, 02-KT)". */
export function listKindWithForms(kind: ComplianceListKind): string {
  const forms = LIST_FORMS[kind];
  return t.listKindWithForms(listKindLabel(kind), forms.employers, forms.workers);
}

/** "Chưa tham gia (Mẫu 02a-KT)": the list by the form the employers come on. */
export function listKindWithListForm(kind: ComplianceListKind): string {
  return t.import.list.kindOption(listKindLabel(kind), LIST_FORMS[kind].employers);
}

/** An arrears bucket's name as libs/domain gives it. */
export function arrearsBucketLabel(bucket: ArrearsBucket): string {
  const definition = ARREARS_BUCKETS.find((b) => b.key === bucket);
  return definition ? inLanguage(definition.labelVi, definition.labelEn) : bucket;
}
