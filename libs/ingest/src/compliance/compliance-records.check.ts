import {
  COMPLIANCE_STEPS,
  outcomeRefusal,
  stepRefusal,
  type ComplianceCase,
  type ComplianceOutcome,
  type ComplianceStep,
  type IsoDate,
} from '@scorecard/domain';
import type { ComplianceStepProblem } from './compliance-import.errors';
import type { ComplianceStepRow } from './compliance-steps.reader';

// The rows of a steps file checked against the stored cases, in file order, each against its case as the rows
// before it left it: a case found by its number or by its employer's open case, one the importer may record on,
// a date not in the future, and a step or outcome the domain accepts (stepRefusal, outcomeRefusal). The records
// are given only when no row has a problem: a file is recorded whole or not at all.

export type CaseOnRecord = ComplianceCase & { id: number };

export type ComplianceRecordToStore =
  { caseId: number; step: ComplianceStep } | { caseId: number; outcome: ComplianceOutcome };

export type RecordsContext = {
  /** The cases the rows may name (by number, or by tax code for the open one). */
  cases: readonly CaseOnRecord[];
  today: IsoDate;
  /** Whether the importer may record on a case of this province. */
  mayRecord: (provinceCode: string) => boolean;
};

export function checkComplianceRecords(
  rows: readonly ComplianceStepRow[],
  context: RecordsContext,
): { records: ComplianceRecordToStore[]; problems: ComplianceStepProblem[] } {
  const byId = new Map(context.cases.map((c) => [c.id, { ...c, steps: [...c.steps] }]));
  const openByTaxCode = new Map<string, CaseOnRecord>();
  for (const c of byId.values())
    if (c.outcome === null) {
      const known = openByTaxCode.get(c.taxCode);
      if (!known || known.listings[0]!.receivedOn < c.listings[0]!.receivedOn) openByTaxCode.set(c.taxCode, c);
    }
  const records: ComplianceRecordToStore[] = [];
  const problems: ComplianceStepProblem[] = [];
  for (const row of rows) {
    const problem = (kind: ComplianceStepProblem['kind'], column: string, value: string | null, text: Texts) =>
      problems.push({ kind, file: row.file, row: row.sourceRow, column, columnNumber: null, value, ...text });
    const found = row.caseId !== null ? byId.get(row.caseId) : openByTaxCode.get(row.taxCode ?? '');
    if (!found) {
      if (row.caseId !== null) problem('UNKNOWN_CASE', 'case', String(row.caseId), unknownCase(row.caseId));
      else problem('NO_OPEN_CASE', 'tax_code', row.taxCode, noOpenCase(row.taxCode ?? ''));
      continue;
    }
    if (row.caseId !== null && row.taxCode !== null && row.taxCode !== found.taxCode) {
      problem('CASE_TAX_CODE_MISMATCH', 'tax_code', row.taxCode, mismatch(found.id, found.taxCode, row.taxCode));
      continue;
    }
    if (!context.mayRecord(found.provinceCode)) {
      problem('OTHER_PROVINCE', 'case', String(found.id), otherProvince(found.id, found.provinceCode));
      continue;
    }
    if (row.on > context.today) {
      problem('FUTURE_DATE', 'date', row.on, future(row.on, context.today));
      continue;
    }
    const c = byId.get(found.id)!;
    if (row.action.type === 'step') {
      const step = { kind: row.action.step, on: row.on, document: row.document };
      const refusal = stepRefusal(c, step);
      if (refusal) {
        problem('STEP_REFUSED', 'step', row.action.step, refused(c.id, refusal));
        continue;
      }
      c.steps.push(step);
      records.push({ caseId: c.id, step });
    } else {
      const outcome: ComplianceOutcome = {
        kind: row.action.outcome,
        on: row.on,
        workersRegistered: row.workersRegistered ?? 0,
        contributionRecovered: row.contributionRecovered ?? 0,
        document: row.document,
      };
      const refusal = outcomeRefusal(c, outcome);
      if (refusal) {
        problem('STEP_REFUSED', 'step', row.action.outcome, refused(c.id, refusal));
        continue;
      }
      c.outcome = outcome;
      records.push({ caseId: c.id, outcome });
    }
  }
  return { records: problems.length === 0 ? records : [], problems };
}

type Texts = { message: string; messageVi: string; fix: string; fixVi: string };

const unknownCase = (id: number): Texts => ({
  message: `there is no compliance case ${id}`,
  messageVi: `không có hồ sơ số ${id}`,
  fix: 'Copy the case number from the case list (Tuân thủ › Hồ sơ), or give the tax code instead.',
  fixVi: 'Chép số hồ sơ từ danh sách hồ sơ (Tuân thủ › Hồ sơ), hoặc ghi mã số thuế thay cho số hồ sơ.',
});

const noOpenCase = (taxCode: string): Texts => ({
  message: `the employer with tax code ${taxCode} has no open case`,
  messageVi: `đơn vị có mã số thuế ${taxCode} không có hồ sơ đang mở`,
  fix: 'Check the tax code; an employer whose case has ended is followed again only once a new list names it.',
  fixVi: 'Kiểm tra mã số thuế; đơn vị có hồ sơ đã kết thúc chỉ được theo dõi lại khi có trong danh sách mới.',
});

const mismatch = (id: number, stored: string, given: string): Texts => ({
  message: `case ${id} is the case of tax code ${stored}, not ${given}`,
  messageVi: `hồ sơ ${id} là hồ sơ của mã số thuế ${stored}, không phải ${given}`,
  fix: 'Correct the case number or the tax code so that both name the same employer, or leave one of them empty.',
  fixVi: 'Sửa số hồ sơ hoặc mã số thuế cho cùng một đơn vị, hoặc để trống một trong hai cột.',
});

const otherProvince = (id: number, provinceCode: string): Texts => ({
  message: `case ${id} is followed by province ${provinceCode}, which you may not record for`,
  messageVi: `hồ sơ ${id} do tỉnh ${provinceCode} theo dõi; bạn không được ghi cho tỉnh này`,
  fix: 'Remove the row: a case is recorded by its own province (or by headquarters’ data officer).',
  fixVi: 'Xóa dòng này: hồ sơ do chính tỉnh theo dõi ghi (hoặc cán bộ dữ liệu của BHXH Việt Nam).',
});

const future = (on: IsoDate, today: IsoDate): Texts => ({
  message: `${on} is after today (${today})`,
  messageVi: `ngày ${on} sau ngày hôm nay (${today})`,
  fix: 'Record a step once it has been done, with the day it was done.',
  fixVi: 'Chỉ ghi bước đã thực hiện, với ngày đã thực hiện.',
});

const refused = (id: number, refusal: { reason: string; reasonVi: string }): Texts => ({
  message: `case ${id}: ${refusal.reason}`,
  messageVi: `hồ sơ ${id}: ${refusal.reasonVi}`,
  fix: `Check the date against the case's timeline (rows of one case go in the order done); steps are ${COMPLIANCE_STEPS.slice(1).join(', ')}.`,
  fixVi: 'Đối chiếu ngày với diễn biến của hồ sơ (các dòng của một hồ sơ ghi theo thứ tự thực hiện).',
});
