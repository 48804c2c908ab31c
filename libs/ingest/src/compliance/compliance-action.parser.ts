import {
  COMPLIANCE_STEPS,
  STEP_FORMS,
  type ComplianceOutcomeKind,
  type ComplianceStepKind,
  type ProblemFix,
  type ProblemMessage,
} from '@scorecard/domain';
import { foldText } from '../plan/published-table-header';
import { holdsInstead, type Place, type Report } from './compliance-cells';

// What a row of steps records: a step of the guidance or the outcome of a case, written as its code in any case
// ("NOTICE_SENT", "notice sent") or, for a step, as the form that documents it ("04-KT", "Mẫu 05a-KT") when the
// form documents that step alone (07-KT documents two).

export type ComplianceAction =
  { type: 'step'; step: ComplianceStepKind } | { type: 'outcome'; outcome: ComplianceOutcomeKind };

/** Steps recorded by hand: a list's receipt is recorded by importing the list. */
const RECORDED_STEPS = COMPLIANCE_STEPS.filter((step) => step !== 'LIST_RECEIVED');

/** How a case may end, and whether the ending brings workers in (then their number is recorded with it). */
export const OUTCOMES: Readonly<Record<ComplianceOutcomeKind, { registers: boolean }>> = {
  REGISTERED: { registers: true },
  PARTLY_REGISTERED: { registers: true },
  CLOSED_DISSOLVED: { registers: false },
  CLOSED_NO_WORKERS: { registers: false },
  CLOSED_WRONG_DATA: { registers: false },
};
export const OUTCOME_KINDS = Object.keys(OUTCOMES) as ComplianceOutcomeKind[];
/** The outcomes recorded with the number of workers registered. */
export const REGISTRATIONS = OUTCOME_KINDS.filter((kind) => OUTCOMES[kind].registers);

/** "Mẫu 04-KT", "04-KT", "04/KT" and "04kt" alike. */
const formKey = (text: string) =>
  foldText(text)
    .replace(/^mau\s*/, '')
    .replace(/[^a-z0-9]/g, '');

/** The steps each form documents (07-KT documents two, and so names neither). */
const STEPS_OF_FORM = new Map<string, { form: string; steps: ComplianceStepKind[] }>();
for (const step of RECORDED_STEPS) {
  const form = STEP_FORMS[step];
  if (form === null) continue;
  const entry = STEPS_OF_FORM.get(formKey(form)) ?? { form, steps: [] };
  entry.steps.push(step);
  STEPS_OF_FORM.set(formKey(form), entry);
}
const SINGLE_FORMS = [...STEPS_OF_FORM.values()].filter((entry) => entry.steps.length === 1);

const ACTION_FIX: ProblemFix = (() => {
  const steps = RECORDED_STEPS.join(', ');
  const forms = SINGLE_FORMS.map((entry) => `${entry.form} for ${entry.steps[0]}`).join(', ');
  const formsVi = SINGLE_FORMS.map((entry) => `${entry.form} là ${entry.steps[0]}`).join(', ');
  const outcomes = OUTCOME_KINDS.join(', ');
  return {
    fix: `Write a step (${steps}), the form of a step (${forms}) or an outcome (${outcomes}).`,
    fixVi: `Ghi mã một bước (${steps}), số mẫu biểu của bước (${formsVi}) hoặc mã một kết quả (${outcomes}).`,
  };
})();

/** A step code, an outcome code (any case, "notice sent" as well), or the form of a step ("04-KT"). */
export function readAction(place: Place, report: Report<'UNKNOWN_STEP'>): ComplianceAction | null {
  const { cell } = place;
  const text = cell.kind === 'text' || cell.kind === 'number' ? cell.text : '';
  const code = foldText(text)
    .replace(/[\s-]+/g, '_')
    .toUpperCase();
  const step = RECORDED_STEPS.find((candidate) => candidate === code);
  if (step) return { type: 'step', step };
  const outcome = OUTCOME_KINDS.find((candidate) => candidate === code);
  if (outcome) return { type: 'outcome', outcome };
  const form = STEPS_OF_FORM.get(formKey(text));
  const [only] = form?.steps ?? [];
  if (form?.steps.length === 1 && only) return { type: 'step', step: only };
  const why: ProblemMessage =
    cell.kind !== 'text' && cell.kind !== 'number'
      ? holdsInstead(cell, { en: 'a step', vi: 'bước xử lý' })
      : code === 'LIST_RECEIVED'
        ? {
            message: 'the receipt of a list is recorded by importing the list, not as a step',
            messageVi: 'việc nhận danh sách được ghi khi nhập danh sách, không ghi như một bước',
          }
        : form
          ? {
              message: `form ${form.form} documents more than one step (${form.steps.join(', ')})`,
              messageVi: `mẫu ${form.form} dùng cho nhiều bước (${form.steps.join(', ')})`,
            }
          : {
              message: 'the cell is neither a step nor an outcome',
              messageVi: 'ô không phải là bước hay kết quả xử lý',
            };
  report('UNKNOWN_STEP', place, { ...why, ...ACTION_FIX });
  return null;
}
