import { decideAccess, provinceFilter, type ComplianceListKind, type IsoDate, type Principal } from '@scorecard/domain';
import {
  ComplianceRepository,
  ReferenceRepository,
  type AuditEventInput,
  type WarehouseDatabase,
} from '@scorecard/warehouse';
import { ComplianceImportError, type ComplianceListProblem } from './compliance-import.errors';
import { readComplianceList } from './compliance-list.reader';
import { checkComplianceRecords } from './compliance-records.check';
import type { ComplianceSourceFile } from './compliance-source.reader';
import { readComplianceSteps } from './compliance-steps.reader';

// Importing the files of the compliance workflow into the warehouse, for the API and the command line alike: a
// list from the tax authority (each employer continues its open case or opens one) or steps and outcomes in bulk,
// read and checked whole, then stored in one transaction with the audit event, or refused with every problem
// (ComplianceImportError) and nothing written. A provincial importer imports its own province's only.

/** Who imports: their principal decides which provinces they may import for; `audit` makes the audit event. */
export type ComplianceImporter = {
  principal: Principal;
  audit: (target: string, detail: Record<string, unknown>) => AuditEventInput;
};

export type ComplianceListImport = {
  files: readonly ComplianceSourceFile[];
  kind: ComplianceListKind;
  receivedOn: IsoDate;
  enteredOn: IsoDate;
};

export type ComplianceListImportAnswer = { rows: number; casesOpened: number[]; casesContinued: number[] };
export type ComplianceStepsImportAnswer = { steps: number; outcomes: number; cases: number };

/** Stores a list, or throws ComplianceImportError; the dates are the caller's to check against today. */
export async function importComplianceList(
  db: WarehouseDatabase,
  input: ComplianceListImport,
  importer: ComplianceImporter,
): Promise<ComplianceListImportAnswer> {
  const onlyProvince = provinceFilter(importer.principal, 'compliance.record');
  const provinces = await new ReferenceRepository(db).provinces();
  const read = await readComplianceList(input.files, { provinces, onlyProvince });
  if (read.problems.length > 0) throw new ComplianceImportError(read.problems, read.problemCount);
  const source = input.files.map((file) => file.name).join(', ');
  const stored = await new ComplianceRepository(db).storeList({
    rows: read.rows.map((row) => ({ ...row, kind: input.kind, receivedOn: input.receivedOn })),
    enteredOn: input.enteredOn,
    source,
    recordedBy: importer.principal.name,
    audit: importer.audit(`compliance list ${source}`, {
      kind: input.kind,
      receivedOn: input.receivedOn,
      enteredOn: input.enteredOn,
      rows: read.rows.length,
    }),
  });
  if (stored.kind === 'already-listed')
    throw new ComplianceImportError(
      stored.rows.map((row): ComplianceListProblem => ({
        kind: 'ALREADY_LISTED',
        file: read.rows.find((r) => r.sourceRow === row.sourceRow && r.taxCode === row.taxCode)?.file ?? source,
        row: row.sourceRow,
        column: 'tax_code',
        columnNumber: null,
        value: row.taxCode,
        message: `the employer ${row.taxCode} already has a listing received on ${input.receivedOn}: this list was imported before`,
        messageVi: `đơn vị ${row.taxCode} đã có trong danh sách nhận ngày ${input.receivedOn}: danh sách này đã được nhập trước đây`,
        fix: 'Import each list once; a new list from the tax authority comes with its own date of receipt.',
        fixVi: 'Mỗi danh sách chỉ nhập một lần; danh sách mới của cơ quan thuế có ngày nhận riêng.',
      })),
    );
  return { rows: read.rows.length, casesOpened: stored.opened, casesContinued: stored.continued };
}

/** Records the steps and outcomes of a file, all of them, or throws ComplianceImportError. */
export async function importComplianceSteps(
  db: WarehouseDatabase,
  input: { files: readonly ComplianceSourceFile[]; today: IsoDate },
  importer: ComplianceImporter,
): Promise<ComplianceStepsImportAnswer> {
  const read = await readComplianceSteps(input.files);
  if (read.problems.length > 0) throw new ComplianceImportError(read.problems, read.problemCount);
  const repository = new ComplianceRepository(db);
  const scope = provinceFilter(importer.principal, 'compliance.record');
  const checked = checkComplianceRecords(read.rows, {
    cases: await repository.cases({ provinceCode: scope, asOf: '9999-12-31' }),
    today: input.today,
    mayRecord: (code) => decideAccess(importer.principal, 'compliance.record', code).allowed,
  });
  if (checked.problems.length > 0) throw new ComplianceImportError(checked.problems);
  const source = input.files.map((file) => file.name).join(', ');
  await repository.appendRecords(
    checked.records,
    importer.principal.name,
    importer.audit(`compliance steps ${source}`, { rows: checked.records.length }),
  );
  return {
    steps: checked.records.filter((record) => 'step' in record).length,
    outcomes: checked.records.filter((record) => 'outcome' in record).length,
    cases: new Set(checked.records.map((record) => record.caseId)).size,
  };
}
