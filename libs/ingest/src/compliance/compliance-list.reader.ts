import {
  createProvinceNameMatcher,
  createProvinceReader,
  type ProblemFix,
  type Province,
  type ProvinceReader,
} from '@scorecard/domain';
import { ProblemList } from '../problem-list';
import { yieldToEventLoop } from '../worker/bounded-worker';
import {
  holdsInstead,
  readAmount,
  readTaxCode,
  readText,
  readWorkers,
  recordCells,
  type Place,
  type Report,
} from './compliance-cells';
import { LIST_COLUMNS, columnList, identifyColumns } from './compliance-columns';
import type { ComplianceListProblem, ComplianceListProblemKind } from './compliance-import.errors';
import { readComplianceTables, type ComplianceFileKind, type ComplianceSourceFile } from './compliance-source.reader';

// A list of employers that do not take part in compulsory insurance (Mẫu 02a-KT), or not fully (03a-KT), as the
// tax authority or business registration sends it (seed 000, I.3.1): one row per employer with its tax code, name,
// province and workers. Bad content never throws: every problem of every file is returned (the first
// SOURCE_LIMITS.maxProblems, with the count of all), and when there is any problem no row is returned at all.

export type ComplianceListRow = {
  /** The file name as given. */
  file: string;
  /** 1-based: CSV line (header = 1) or sheet row. */
  sourceRow: number;
  /** Mã số thuế: 10 digits, or 10 digits, "-" and 3 digits for a branch. */
  taxCode: string;
  employerName: string;
  /** '' when the list has none. */
  address: string;
  /** Official two-digit code. */
  provinceCode: string;
  /** '' when the list has none. */
  district: string;
  /** Workers not participating (02a-KT) or not fully (03a-KT). */
  workers: number;
  /** Đồng; null when the list does not say. */
  wageFund: number | null;
};

export type ComplianceListContext = {
  provinces: readonly Province[];
  /** The province a provincial user imports for: a row of another province is refused; null at headquarters. */
  onlyProvince: string | null;
};

export type ComplianceListResult = {
  /** Every row of every file, in file and row order; empty whenever `problems` is not. */
  rows: ComplianceListRow[];
  /** The first SOURCE_LIMITS.maxProblems problems, then one TOO_MANY_PROBLEMS when there are more. */
  problems: ComplianceListProblem[];
  /** Every problem found, listed or not. */
  problemCount: number;
};

const LIST_FILE: ComplianceFileKind = {
  what: { en: 'a list of employers', vi: 'danh sách đơn vị' },
  row: { en: 'employer', vi: 'đơn vị' },
  columns: LIST_COLUMNS,
  header: columnList(LIST_COLUMNS, 'required'),
};

const TOO_MANY_PROBLEMS_FIX: ProblemFix = {
  fix: `Correct the problems listed and import again; when each row has the same problem, check that the file is a list of employers with the columns ${LIST_FILE.header.en}.`,
  fixVi: `Sửa các vấn đề đã liệt kê rồi nhập lại; nếu dòng nào cũng có cùng một vấn đề, hãy kiểm tra xem tệp có đúng là danh sách đơn vị với các cột ${LIST_FILE.header.vi} không.`,
};

/** Records checked between two pauses for other requests. */
const SLICE = 2_000;

type ProvinceCheck = {
  reader: ProvinceReader;
  nameOf: ReadonlyMap<string, string>;
  onlyProvince: string | null;
};

export async function readComplianceList(
  files: readonly ComplianceSourceFile[],
  context: ComplianceListContext,
): Promise<ComplianceListResult> {
  const { provinces, onlyProvince } = context;
  const nameOf = new Map(provinces.map((province) => [province.code, province.nameVi]));
  if (onlyProvince !== null && !nameOf.has(onlyProvince)) {
    throw new RangeError(`readComplianceList: no province has the code ${onlyProvince}`);
  }
  const provinceCheck: ProvinceCheck = {
    reader: createProvinceReader(provinces, createProvinceNameMatcher(provinces)),
    nameOf,
    onlyProvince,
  };
  const problems = new ProblemList<ComplianceListProblemKind>(TOO_MANY_PROBLEMS_FIX);
  const read = await readComplianceTables(files, LIST_FILE);
  problems.addAll(read.problems);
  problems.addUnlisted(read.unlisted);
  const rows: ComplianceListRow[] = [];
  /** Where each tax code was first seen, in every file. */
  const firstSeen = new Map<string, { label: string; row: number }>();

  for (const table of read.tables) {
    const identified = identifyColumns(LIST_COLUMNS, table.columns, table, LIST_FILE.what);
    problems.addAll(identified.problems);
    const columns = identified.columns;
    if (columns === null) continue;
    for (const [index, record] of table.records.entries()) {
      if (index > 0 && index % SLICE === 0) await yieldToEventLoop();
      const before = problems.count;
      const cells = recordCells(table, LIST_COLUMNS, columns, record, problems);
      const { report } = cells;
      const taxCell = cells.required('taxCode');
      const taxCode = taxCell && readTaxCode(taxCell, report);
      const nameCell = cells.required('name');
      const employerName = nameCell && readText(nameCell, report);
      const addressCell = cells.filled('address');
      const address = addressCell ? readText(addressCell, report) : '';
      const provinceCell = cells.required('province');
      const provinceCode = provinceCell && readProvince(provinceCell, provinceCheck, report);
      const districtCell = cells.filled('district');
      const district = districtCell ? readText(districtCell, report) : '';
      const workersCell = cells.required('workers');
      const workers = workersCell && readWorkers(workersCell, report, { en: 'number of workers', vi: 'số lao động' });
      const wageCell = cells.filled('wageFund');
      const wageFund = wageCell && readAmount(wageCell, report, { en: 'wage fund', vi: 'quỹ lương' });

      if (taxCell && taxCode !== null) {
        const first = firstSeen.get(taxCode);
        if (first) {
          report('DUPLICATE_TAX_CODE', taxCell, {
            message: `the tax code ${taxCode} is also on row ${first.row} of ${first.label}`,
            messageVi: `mã số thuế ${taxCode} đã có ở dòng ${first.row} của ${first.label}`,
            fix: 'Keep one row per employer; a branch has its own tax code (the 10 digits, "-" and 3 digits).',
            fixVi:
              'Mỗi đơn vị chỉ giữ một dòng; đơn vị phụ thuộc có mã số thuế riêng (10 chữ số, dấu "-" và 3 chữ số).',
          });
        } else firstSeen.set(taxCode, { label: table.label, row: record.row });
      }
      if (problems.count > before || taxCode === null || employerName === null || provinceCode === null) continue;
      if (address === null || district === null || workers === null) continue;
      rows.push({
        file: table.file,
        sourceRow: record.row,
        taxCode,
        employerName,
        address,
        provinceCode,
        district,
        workers,
        wageFund,
      });
    }
  }
  return problems.count > 0
    ? { rows: [], problems: problems.list(), problemCount: problems.count }
    : { rows, problems: [], problemCount: 0 };
}

/** The province's official code, from its code or its name; one of `onlyProvince` when a province imports. */
function readProvince(
  place: Place,
  check: ProvinceCheck,
  report: Report<'UNKNOWN_PROVINCE' | 'OTHER_PROVINCE'>,
): string | null {
  const { cell } = place;
  const text = cell.kind === 'text' || cell.kind === 'number' ? cell.text : null;
  if (text === null) {
    report('UNKNOWN_PROVINCE', place, {
      ...holdsInstead(cell, { en: 'a province', vi: 'tỉnh' }),
      fix: 'Write the official two-digit code of the province (e.g. "01") or its name.',
      fixVi: 'Ghi mã tỉnh chính thức gồm hai chữ số (ví dụ "01") hoặc tên tỉnh.',
    });
    return null;
  }
  const reading = check.reader.read(text);
  if (reading.code === null) {
    report('UNKNOWN_PROVINCE', place, reading.refusal);
    return null;
  }
  const only = check.onlyProvince;
  if (only === null || reading.code === only) return reading.code;
  const [name, onlyName] = [check.nameOf.get(reading.code), check.nameOf.get(only)];
  report('OTHER_PROVINCE', place, {
    message: `this row is for province ${reading.code} (${name}); you import for province ${only} (${onlyName})`,
    messageVi: `dòng này thuộc tỉnh ${reading.code} (${name}); bạn đang nhập cho tỉnh ${only} (${onlyName})`,
    fix: `Import only the employers of ${onlyName}; the employers of ${name} are imported by that province (or by headquarters).`,
    fixVi: `Chỉ nhập các đơn vị của ${onlyName}; các đơn vị của ${name} do tỉnh đó (hoặc BHXH Việt Nam) nhập.`,
  });
  return null;
}
