// The import tab's pure parts: what is checked before a list or a file of steps is sent (a file chosen, of a type
// the server reads; the list's dates in order and not in the future), and which opened cases the answer links to.
// The server checks the rest, row by row, and answers every problem.
import type { ComplianceListKind } from '../../../api/generated/graphql';
import type { IsoDate } from '../../../api/scalars';
import { formatDate } from '../../../i18n/format';
import { textCompliance } from '../../../i18n/vi-compliance';
import { checkDateBetween } from '../case/record-forms';
import { EARLIEST_DATE } from '../compliance-dates';
import type { ComplianceListImportResult } from '../compliance.queries';
import type { Checked } from '../useCheckedSubmit';

/** The file types the compliance readers take. */
export const IMPORT_FILE_TYPES = ['.csv', '.xlsx'] as const;
export const IMPORT_ACCEPT = IMPORT_FILE_TYPES.join(',');

/** How many of the cases a list opened the answer links to. */
export const OPENED_LINKS = 5;

/** What is wrong with the files chosen; undefined when they can be sent. */
export function checkImportFiles(names: readonly string[]): string | undefined {
  const t = textCompliance.import.issues;
  if (names.length === 0) return t.noFile;
  const other = names.find((name) => !IMPORT_FILE_TYPES.some((type) => name.toLowerCase().endsWith(type)));
  return other === undefined ? undefined : t.fileType(other);
}

export type ListImportForm<TFile extends { name: string }> = {
  files: readonly TFile[];
  kind: ComplianceListKind;
  /** dd/mm/yyyy as typed. */
  received: string;
  entered: string;
};
export type ListImportRequest<TFile> = {
  files: readonly TFile[];
  kind: ComplianceListKind;
  receivedOn: IsoDate;
  enteredOn: IsoDate;
};
export type ListImportIssues = { files?: string; received?: string; entered?: string };

/** A list to send: a file, the day it was received (not after today), the day entered (from then to today). */
export function checkListImport<TFile extends { name: string }>(
  form: ListImportForm<TFile>,
  today: IsoDate,
): Checked<ListImportRequest<TFile>, ListImportIssues> {
  const t = textCompliance.import.issues;
  const issues: ListImportIssues = {};
  const files = checkImportFiles(form.files.map((file) => file.name));
  if (files !== undefined) issues.files = files;
  const outside = (typed: string) =>
    textCompliance.dateProblems.outside(typed, formatDate(EARLIEST_DATE), formatDate(today));
  const received = checkDateBetween(
    form.received,
    { earliest: EARLIEST_DATE, today },
    { future: t.receivedFuture, tooEarly: outside },
  );
  if (!received.ok) issues.received = received.issue;
  const entered = checkDateBetween(
    form.entered,
    { earliest: received.ok ? received.date : EARLIEST_DATE, today },
    { future: t.enteredFuture, tooEarly: received.ok ? t.enteredBeforeReceived : outside },
  );
  if (!entered.ok) issues.entered = entered.issue;
  if (!received.ok || !entered.ok || files !== undefined) return { ok: false, issues };
  return {
    ok: true,
    variables: { files: form.files, kind: form.kind, receivedOn: received.date, enteredOn: entered.date },
  };
}

/** A file of steps and outcomes to send. */
export function checkStepsImport<TFile extends { name: string }>(
  files: readonly TFile[],
): Checked<readonly TFile[], { files?: string }> {
  const issue = checkImportFiles(files.map((file) => file.name));
  return issue === undefined ? { ok: true, variables: files } : { ok: false, issues: { files: issue } };
}

/** The cases the list opened (its caseIds list them first), the first `max` of them. */
export function openedCaseIds(
  result: Pick<ComplianceListImportResult, 'caseIds' | 'casesOpened'>,
  max = OPENED_LINKS,
): string[] {
  return result.caseIds.slice(0, Math.min(result.casesOpened, max));
}
