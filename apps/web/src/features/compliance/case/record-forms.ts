// The two forms of a case page, read into the mutations' variables: a step (which, when, its document) and an
// outcome (how, when, workers registered, contribution recovered). What the server would refuse for sure (a date in
// the future or before the last step, a closed case with workers) is said beside the field before sending; the
// server still decides, and its refusal is shown as it says it.
import type { ComplianceOutcome, ComplianceStep } from '../../../api/generated/graphql';
import type { IsoDate } from '../../../api/scalars';
import { formatDate } from '../../../i18n/format';
import { textCompliance } from '../../../i18n/vi-compliance';
import { parseDayMonthYear } from '../../../ui/date-entry';
import { describeDateProblem } from '../compliance-dates';
import { registersWorkers } from '../compliance-labels';
import type { RecordOutcomeVariables, RecordStepVariables } from '../compliance.queries';

/** The days a step or an outcome may be dated: from the case's last step (or its list) to today. */
export type RecordRange = { earliest: IsoDate; today: IsoDate };

export type DateCheck = { ok: true; date: IsoDate } | { ok: false; issue: string };

/** What to say of a date outside its range: after today, or before its earliest day. */
export type DateRangeMessages = {
  future: (typed: string, today: string) => string;
  tooEarly: (typed: string, earliest: string) => string;
};

/** A typed dd/mm/yyyy date within the range, or what is wrong with it. */
export function checkDateBetween(typed: string, range: RecordRange, messages: DateRangeMessages): DateCheck {
  const parsed = parseDayMonthYear(typed);
  const shown = typed.trim();
  if (!parsed.ok)
    return {
      ok: false,
      issue: describeDateProblem(parsed.problem, shown, { start: range.earliest, end: range.today }),
    };
  if (parsed.date > range.today) return { ok: false, issue: messages.future(shown, formatDate(range.today)) };
  if (parsed.date < range.earliest) return { ok: false, issue: messages.tooEarly(shown, formatDate(range.earliest)) };
  return { ok: true, date: parsed.date };
}

/** A step's or an outcome's date: from the case's last step to today. */
export function checkRecordDate(typed: string, range: RecordRange): DateCheck {
  const t = textCompliance.issues;
  return checkDateBetween(typed, range, { future: t.future, tooEarly: t.beforeLast });
}

/** A whole number of persons or đồng as typed the vi-VN way ("12.500.000", "12 500 000"); null when it is not one. */
export function parseWholeNumber(typed: string): number | null {
  const compact = typed.trim().replace(/[.\s\u00a0]/g, '');
  if (!/^\d+$/.test(compact)) return null;
  const value = Number(compact);
  return Number.isSafeInteger(value) ? value : null;
}

/** A document number as typed; null when left empty. */
export function documentOrNull(typed: string): string | null {
  const trimmed = typed.trim();
  return trimmed === '' ? null : trimmed;
}

export type StepForm = { step: ComplianceStep; date: string; document: string };
export type StepFormIssues = { date?: string };

export function buildStepVariables(
  caseId: string,
  form: StepForm,
  range: RecordRange,
): { ok: true; variables: RecordStepVariables } | { ok: false; issues: StepFormIssues } {
  const date = checkRecordDate(form.date, range);
  if (!date.ok) return { ok: false, issues: { date: date.issue } };
  return { ok: true, variables: { caseId, step: form.step, on: date.date, document: documentOrNull(form.document) } };
}

export type OutcomeForm = {
  outcome: ComplianceOutcome;
  date: string;
  workers: string;
  recovered: string;
  document: string;
};
export type OutcomeFormIssues = { date?: string; workers?: string; recovered?: string };

export function buildOutcomeVariables(
  caseId: string,
  form: OutcomeForm,
  range: RecordRange,
): { ok: true; variables: RecordOutcomeVariables } | { ok: false; issues: OutcomeFormIssues } {
  const t = textCompliance.issues;
  const issues: OutcomeFormIssues = {};
  const date = checkRecordDate(form.date, range);
  if (!date.ok) issues.date = date.issue;
  const workers = form.workers.trim() === '' ? 0 : parseWholeNumber(form.workers);
  if (workers === null) issues.workers = t.wholeNumber;
  else if (workers > 0 && !registersWorkers(form.outcome)) issues.workers = t.closedWorkers;
  const recovered = form.recovered.trim() === '' ? 0 : parseWholeNumber(form.recovered);
  if (recovered === null) issues.recovered = t.wholeNumber;
  if (!date.ok || workers === null || recovered === null || Object.keys(issues).length > 0)
    return { ok: false, issues };
  return {
    ok: true,
    variables: {
      caseId,
      outcome: form.outcome,
      on: date.date,
      workersRegistered: workers,
      contributionRecovered: recovered,
      document: documentOrNull(form.document),
    },
  };
}

/** The case's last dated event: its last step, or the list that opened it. */
export function lastRecordedDate(c: { openedOn: IsoDate; steps: readonly { on: IsoDate }[] }): IsoDate {
  return c.steps.reduce((latest, step) => (step.on > latest ? step.on : latest), c.openedOn);
}
