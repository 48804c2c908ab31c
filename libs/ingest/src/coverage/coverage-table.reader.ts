import {
  createProvinceNameMatcher,
  createProvinceReader,
  formerUnitRefusal,
  formerUnitsOf,
  type CoverageBase,
  type ImportProblem,
  type ParsedNumber,
  type ProblemFix,
  type Province,
  type ProvinceNameMatcher,
  type ProvinceReader,
  type UnitCrosswalk,
  type UnitSet,
} from '@scorecard/domain';
import { headerKey } from '../actuals/actual-columns';
import { cellText, type SourceCell, type SourceTable } from '../actuals/actual-source-table';
import { numberOf, readText, recordCells, type Place, type Report } from '../compliance/compliance-cells';
import { columnList, identifyColumns } from '../compliance/compliance-columns';
import {
  readComplianceTables,
  type ComplianceFileKind,
  type ComplianceSourceFile,
} from '../compliance/compliance-source.reader';
import { foldText } from '../plan/published-table-header';
import { ProblemList, clipProblem } from '../problem-list';
import { SOURCE_LIMITS } from '../source-limits';
import { yieldToEventLoop } from '../worker/bounded-worker';
import { COVERAGE_COLUMNS, COVERAGE_NUMBER_FIELDS, type CoverageField } from './coverage-columns';
import type {
  CoverageProblem,
  CoverageProblemKind,
  CoverageWarning,
  CoverageWarningKind,
} from './coverage-import.errors';

// A coverage table (docs/coverage.md): one row per unit and year with the unit set it belongs to, its working-age
// labour force, population, participants in social and in health insurance (persons, as published; an empty cell
// is a number the source does not give), whether the numbers are synthetic, and the document they come from. Each
// (unit set, year) must name every unit of its set once. Bad content never throws: every problem of every file is
// returned, and when there is any, no table at all. More participants than their denominator is possible in
// published statistics (people insured where they work but counted where they live) and is stored, with a warning.

/** A unit's row as read, with where it is. */
export type CoverageRowRead = CoverageBase & {
  provinceName: string;
  synthetic: boolean;
  source: string;
  file: string;
  sourceRow: number;
};

/** The rows of one unit set and year, every unit of the set once, in code order. */
export type CoverageTableRead = { unitSet: UnitSet; year: number; file: string; rows: CoverageRowRead[] };

/** The units a table may name: both sets and the crosswalk between them. */
export type CoverageUnits = { units63: readonly Province[]; units34: readonly Province[]; crosswalk: UnitCrosswalk };

export type CoverageReadResult = {
  /** By year, then unit set; empty whenever `problems` is not. */
  tables: CoverageTableRead[];
  /** The first SOURCE_LIMITS.maxProblems problems, then one TOO_MANY_PROBLEMS when there are more. */
  problems: CoverageProblem[];
  problemCount: number;
  /** Figures stored as sent but worth a look (at most SOURCE_LIMITS.maxProblems). */
  warnings: CoverageWarning[];
};

const COVERAGE_FILE: ComplianceFileKind = {
  what: { en: 'a coverage table', vi: 'bảng số liệu bao phủ' },
  row: { en: 'unit and year', vi: 'tỉnh và năm' },
  columns: COVERAGE_COLUMNS,
  header: columnList(COVERAGE_COLUMNS, 'required'),
};

const TOO_MANY_PROBLEMS_FIX: ProblemFix = {
  fix: `Correct the problems listed and import again; when each row has the same problem, check that the file is a coverage table with the columns ${COVERAGE_FILE.header.en}.`,
  fixVi: `Sửa các vấn đề đã liệt kê rồi nhập lại; nếu dòng nào cũng có cùng một vấn đề, hãy kiểm tra xem tệp có đúng là bảng số liệu bao phủ với các cột ${COVERAGE_FILE.header.vi} không.`,
};

const UNIT_SET_NAMES: Readonly<Record<string, UnitSet>> = {
  'vn63-2004': 'vn63-2004',
  vn63: 'vn63-2004',
  '63': 'vn63-2004',
  'vn34-2025': 'vn34-2025',
  vn34: 'vn34-2025',
  '34': 'vn34-2025',
};
const UNIT_SET_LABEL: Readonly<Record<UnitSet, { en: string; vi: string }>> = {
  'vn63-2004': { en: 'the 63 units of 2004–June 2025', vi: '63 tỉnh, thành phố (2004 – 6/2025)' },
  'vn34-2025': { en: 'the 34 units from 1 July 2025', vi: '34 tỉnh, thành phố từ 01/7/2025' },
};
const TRUE_FLAGS = new Set(['true', 'yes', 'y', '1', 'x', 'co', 'dung']);
const FALSE_FLAGS = new Set(['false', 'no', 'n', '0', 'khong', 'sai']);
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;
/** A header that counts in thousands or millions ("Dân số (nghìn người)"): the numbers are read as persons. */
const SCALED_UNIT = /\b(nghin|ngan|trieu|tr|thousand|thousands|million|millions|k|m)\b/;
/** Records checked between two pauses for other requests. */
const SLICE = 2_000;

/** The rows of one unit set and year, and where each unit was first seen in it (rows refused included). */
type Group = {
  unitSet: UnitSet;
  year: number;
  rows: CoverageRowRead[];
  seen: Map<string, { file: string; row: number }>;
};

type UnitsOfSet = {
  units: readonly Province[];
  byCode: ReadonlyMap<string, Province>;
  reader: ProvinceReader;
  matcher: ProvinceNameMatcher;
};

type Context = {
  sets: Readonly<Record<UnitSet, UnitsOfSet>>;
  crosswalk: UnitCrosswalk;
};

function contextOf(units: CoverageUnits): Context {
  const of = (list: readonly Province[], matcher: ProvinceNameMatcher): UnitsOfSet => ({
    units: list,
    byCode: new Map(list.map((unit) => [unit.code, unit])),
    reader: createProvinceReader(list, matcher),
    matcher,
  });
  const formerUnits = formerUnitsOf(units.units63, units.units34, units.crosswalk);
  return {
    sets: {
      'vn63-2004': of(units.units63, createProvinceNameMatcher(units.units63)),
      'vn34-2025': of(units.units34, createProvinceNameMatcher(units.units34, { formerUnits })),
    },
    crosswalk: units.crosswalk,
  };
}

export async function readCoverageTables(
  files: readonly ComplianceSourceFile[],
  units: CoverageUnits,
): Promise<CoverageReadResult> {
  const context = contextOf(units);
  const problems = new ProblemList<CoverageProblemKind>(TOO_MANY_PROBLEMS_FIX);
  const warnings: CoverageWarning[] = [];
  const read = await readComplianceTables(files, COVERAGE_FILE);
  problems.addAll(read.problems);
  problems.addUnlisted(read.unlisted);
  /** By "unit set|year". */
  const groups = new Map<string, Group>();

  for (const table of read.tables) {
    problems.addAll(scaledHeaders(table));
    const identified = identifyColumns(COVERAGE_COLUMNS, table.columns, table, COVERAGE_FILE.what);
    problems.addAll(identified.problems);
    const columns = identified.columns;
    if (columns === null) continue;
    for (const [index, record] of table.records.entries()) {
      if (index > 0 && index % SLICE === 0) await yieldToEventLoop();
      const before = problems.count;
      const cells = recordCells<CoverageField, CoverageProblemKind>(table, COVERAGE_COLUMNS, columns, record, problems);
      const { report } = cells;
      const setCell = cells.required('unitSet');
      const unitSet = setCell && readUnitSet(setCell, report);
      const yearCell = cells.required('year');
      const year = yearCell && readYear(yearCell, report);
      const codeCell = cells.required('provinceCode');
      const nameCell = cells.filled('provinceName');
      const provinceName = nameCell ? readText(nameCell, report) : '';
      const provinceCode =
        codeCell && unitSet ? readProvince(codeCell, nameCell, provinceName, unitSet, context, report) : null;
      const amounts = Object.fromEntries(
        COVERAGE_NUMBER_FIELDS.map((field) => {
          const place = cells.filled(field);
          return [field, place ? readPersons(place, field, report) : null];
        }),
      ) as Record<(typeof COVERAGE_NUMBER_FIELDS)[number], number | null>;
      const flagCell = cells.filled('synthetic');
      const synthetic = flagCell ? readFlag(flagCell, report) : false;
      const sourceCell = cells.required('source');
      const source = sourceCell && readText(sourceCell, report);
      if (unitSet === null || year === null || provinceCode === null) continue;
      // A unit is present once its set, year and code are read, even when another cell of its row is refused.
      const key = `${unitSet}|${year}`;
      const group: Group = groups.get(key) ?? { unitSet, year, rows: [], seen: new Map() };
      groups.set(key, group);
      const first = group.seen.get(provinceCode);
      if (first && codeCell) {
        const unit = context.sets[unitSet].byCode.get(provinceCode);
        report('DUPLICATE_PROVINCE', codeCell, {
          message: `${unit?.nameVi ?? provinceCode} (${provinceCode}) of ${year} is also on row ${first.row} of ${first.file}`,
          messageVi: `${unit?.nameVi ?? provinceCode} (mã ${provinceCode}) năm ${year} đã có ở dòng ${first.row} của ${first.file}`,
          fix: 'Keep one row per unit and year; for a corrected figure, import the corrected table (it replaces the table in force).',
          fixVi:
            'Mỗi tỉnh, mỗi năm chỉ giữ một dòng; muốn sửa số liệu, nhập lại bảng đã sửa (bảng mới thay bảng đang dùng).',
        });
        continue;
      }
      group.seen.set(provinceCode, { file: table.label, row: record.row });
      if (problems.count > before || provinceName === null || synthetic === null || source === null) continue;
      const row: CoverageRowRead = {
        provinceCode,
        provinceName,
        ...amounts,
        synthetic,
        source,
        file: table.file,
        sourceRow: record.row,
      };
      group.rows.push(row);
      warnings.push(...exceeding(row, table, columns, record.cells));
    }
  }

  for (const group of groups.values()) {
    const { units: expected } = context.sets[group.unitSet];
    const present = group.seen;
    const file = [...group.seen.values()][0]?.file ?? '(no file)';
    for (const unit of expected.filter((candidate) => !present.has(candidate.code))) {
      const label = UNIT_SET_LABEL[group.unitSet];
      problems.add({
        kind: 'MISSING_PROVINCE',
        file,
        row: null,
        column: COVERAGE_COLUMNS.provinceCode.name,
        columnNumber: null,
        value: unit.code,
        message: `the ${group.year} table of ${label.en} (${group.unitSet}) has no row for ${unit.nameVi} (${unit.code}); every unit needs one`,
        messageVi: `bảng năm ${group.year} theo ${label.vi} (${group.unitSet}) thiếu dòng của ${unit.nameVi} (mã ${unit.code}); tỉnh nào cũng phải có một dòng`,
        fix: `Add the row of ${unit.nameVi} (${unit.code}); leave a number empty when the source does not give it.`,
        fixVi: `Thêm dòng của ${unit.nameVi} (mã ${unit.code}); để trống ô số liệu nào nguồn không có.`,
      });
    }
  }

  if (problems.count > 0) return { tables: [], problems: problems.list(), problemCount: problems.count, warnings: [] };
  const tables = [...groups.values()]
    .sort((a, b) => a.year - b.year || a.unitSet.localeCompare(b.unitSet))
    .map((group) => ({
      unitSet: group.unitSet,
      year: group.year,
      file: group.rows[0]?.file ?? '',
      rows: [...group.rows].sort((a, b) => a.provinceCode.localeCompare(b.provinceCode)),
    }));
  return { tables, problems: [], problemCount: 0, warnings: warnings.slice(0, SOURCE_LIMITS.maxProblems) };
}

/** Headers of a number column that count in thousands or millions: refused, since every number is read as persons. */
function scaledHeaders(table: SourceTable): ImportProblem<CoverageProblemKind>[] {
  const numberKeys = new Set(
    COVERAGE_NUMBER_FIELDS.flatMap((field) => COVERAGE_COLUMNS[field].aliases.map((alias) => headerKey(alias))),
  );
  return table.columns.flatMap((name, index) => {
    const unit = /\(([^)]*)\)\s*$/.exec(name)?.[1];
    if (unit === undefined || !numberKeys.has(headerKey(name)) || !SCALED_UNIT.test(foldText(unit))) return [];
    return [
      {
        kind: 'WRONG_UNIT' as const,
        file: table.label,
        row: table.headerRow,
        column: name,
        columnNumber: table.columnNumbers?.[index] ?? null,
        value: name,
        message: `the column counts in ${unit.trim()}; coverage numbers are read in persons`,
        messageVi: `cột ghi theo đơn vị ${unit.trim()}; số liệu bao phủ được đọc theo số người`,
        fix: 'Write every number in persons (17,311,000 rather than 17.311 million) and name the column without the unit.',
        fixVi: 'Ghi mọi số liệu theo số người (17.311.000 thay vì 17,311 triệu) và đặt tên cột không kèm đơn vị.',
      },
    ];
  });
}

function readUnitSet(place: Place, report: Report<CoverageProblemKind>): UnitSet | null {
  const text = cellText(place.cell);
  const unitSet = text === null ? undefined : UNIT_SET_NAMES[foldText(text).replace(/\s+/g, '')];
  if (unitSet) return unitSet;
  report('UNKNOWN_UNIT_SET', place, {
    message: 'the unit set is not vn63-2004 or vn34-2025',
    messageVi: 'bộ đơn vị hành chính không phải vn63-2004 hay vn34-2025',
    fix: 'Write vn63-2004 for the 63 provinces and cities of 2004 to June 2025, or vn34-2025 for the 34 units from 1 July 2025.',
    fixVi:
      'Ghi vn63-2004 cho 63 tỉnh, thành phố từ 2004 đến tháng 6/2025, hoặc vn34-2025 cho 34 tỉnh, thành phố từ 01/7/2025.',
  });
  return null;
}

function readYear(place: Place, report: Report<CoverageProblemKind>): number | null {
  const { cell } = place;
  const value = cell.kind === 'number' ? cell.value : cell.kind === 'text' ? Number(cell.text.trim()) : Number.NaN;
  if (Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR) return value;
  report('INVALID_YEAR', place, {
    message: `the year is not a year from ${FIRST_YEAR} to ${LAST_YEAR}`,
    messageVi: `năm không phải là một năm từ ${FIRST_YEAR} đến ${LAST_YEAR}`,
    fix: 'Write the year the numbers are for, four digits (2023).',
    fixVi: 'Ghi năm của số liệu, bốn chữ số (2023).',
  });
  return null;
}

/** The unit's code in the row's set, checked against the name when the row gives one. */
function readProvince(
  codePlace: Place,
  namePlace: Place | null,
  name: string | null,
  unitSet: UnitSet,
  context: Context,
  report: Report<CoverageProblemKind>,
): string | null {
  const set = context.sets[unitSet];
  const text = cellText(codePlace.cell)?.trim() ?? '';
  // A unit of the 63 that the reform merged, given by its code in a table of the 34: name the unit it became.
  if (unitSet === 'vn34-2025' && !set.byCode.has(text)) {
    const former = context.sets['vn63-2004'].byCode.get(text);
    const successor = set.byCode.get(context.crosswalk.successor.get(text) ?? '');
    if (former && successor) {
      report('UNKNOWN_PROVINCE', codePlace, formerUnitRefusal({ nameVi: former.nameVi, code: former.code, successor }));
      return null;
    }
  }
  const reading = set.reader.read(text);
  if (reading.code === null) {
    report('UNKNOWN_PROVINCE', codePlace, reading.refusal);
    return null;
  }
  if (namePlace === null || name === null || name === '') return reading.code;
  const unit = set.byCode.get(reading.code) as Province;
  const match = set.matcher.match(name);
  if (match.code === reading.code) return reading.code;
  if (match.code === null && match.former) {
    report('NAME_MISMATCH', namePlace, formerUnitRefusal(match.former));
    return null;
  }
  if (match.code === null) {
    const nearest = match.suggestions.length > 0 ? ` (nearest: ${match.suggestions.join(', ')})` : '';
    const nearestVi = match.suggestions.length > 0 ? ` (gần nhất: ${match.suggestions.join(', ')})` : '';
    report('NAME_MISMATCH', namePlace, {
      message: `the name is no unit of ${UNIT_SET_LABEL[unitSet].en}${nearest}; the code ${unit.code} is ${unit.nameVi}`,
      messageVi: `tên này không phải đơn vị nào trong ${UNIT_SET_LABEL[unitSet].vi}${nearestVi}; mã ${unit.code} là ${unit.nameVi}`,
      fix: `Write the official name of the unit with code ${unit.code} (${unit.nameVi}), or correct the code.`,
      fixVi: `Ghi tên chính thức của đơn vị mã ${unit.code} (${unit.nameVi}), hoặc sửa lại mã.`,
    });
    return null;
  }
  const named = set.byCode.get(match.code) as Province;
  const otherSet: UnitSet = unitSet === 'vn63-2004' ? 'vn34-2025' : 'vn63-2004';
  const inOther = context.sets[otherSet].byCode.get(reading.code);
  const otherMatches = inOther !== undefined && context.sets[otherSet].matcher.match(name).code === inOther.code;
  const message = `the code ${unit.code} is ${unit.nameVi} among ${UNIT_SET_LABEL[unitSet].en}, but the name "${name}" is ${named.nameVi} (${named.code})`;
  const messageVi = `mã ${unit.code} là ${unit.nameVi} trong ${UNIT_SET_LABEL[unitSet].vi}, nhưng tên "${name}" là ${named.nameVi} (mã ${named.code})`;
  report(
    'NAME_MISMATCH',
    namePlace,
    otherMatches
      ? {
          message: `${message}; among ${UNIT_SET_LABEL[otherSet].en}, ${unit.code} is ${inOther.nameVi}`,
          messageVi: `${messageVi}; trong ${UNIT_SET_LABEL[otherSet].vi}, mã ${unit.code} là ${inOther.nameVi}`,
          fix: `If the table is of ${UNIT_SET_LABEL[otherSet].en}, write ${otherSet} in unit_set on every row of it; otherwise write code ${named.code} for ${named.nameVi}.`,
          fixVi: `Nếu bảng theo ${UNIT_SET_LABEL[otherSet].vi}, ghi ${otherSet} ở cột unit_set của mọi dòng; nếu không, ghi mã ${named.code} cho ${named.nameVi}.`,
        }
      : {
          message,
          messageVi,
          fix: `Check the row: give the code and the name of the same unit (${named.nameVi} is ${named.code}, ${unit.nameVi} is ${unit.code}).`,
          fixVi: `Kiểm tra lại dòng: ghi mã và tên của cùng một đơn vị (${named.nameVi} mã ${named.code}, ${unit.nameVi} mã ${unit.code}).`,
        },
  );
  return null;
}

/** A number of persons: whole, ≥ 0, "1,234" or "1.234" read as 1234 as Vietnamese tables group digits. */
function readPersons(
  place: Place,
  field: (typeof COVERAGE_NUMBER_FIELDS)[number],
  report: Report<CoverageProblemKind>,
): number | null {
  const { cell } = place;
  const { name, nameVi } = COVERAGE_COLUMNS[field];
  const parsed: ParsedNumber = numberOf(cell, { en: 'a number', vi: 'số' });
  if (!parsed.ok) {
    report(parsed.reason, place, {
      message: parsed.message,
      messageVi: parsed.messageVi,
      fix: `Write the ${name} in persons, a whole number ≥ 0 (46,535,000 or 46.535.000); leave the cell empty when the source gives no number.`,
      fixVi: `Ghi ${nameVi} theo số người, số nguyên không âm (46.535.000 hoặc 46,535,000); để trống ô nếu nguồn không có số liệu.`,
    });
    return null;
  }
  if (!Number.isInteger(parsed.value)) {
    report('NOT_A_WHOLE_NUMBER', place, {
      message: `the ${name} is not a whole number of persons (${parsed.value})`,
      messageVi: `${nameVi} không phải là số người nguyên (${parsed.value})`,
      fix: 'Write persons, not millions or thousands: 17,311,000 rather than 17.311 million.',
      fixVi: 'Ghi số người, không ghi theo triệu hay nghìn người: 17.311.000 thay vì 17,311 triệu.',
    });
    return null;
  }
  return parsed.value;
}

function readFlag(place: Place, report: Report<CoverageProblemKind>): boolean | null {
  const text = foldText(cellText(place.cell) ?? '');
  if (TRUE_FLAGS.has(text)) return true;
  if (FALSE_FLAGS.has(text)) return false;
  report('INVALID_FLAG', place, {
    message: 'the synthetic flag is neither true nor false',
    messageVi: 'cột số liệu giả lập không phải true hay false',
    fix: 'Write true for numbers made up for demonstration, false (or nothing) for published statistics.',
    fixVi: 'Ghi true nếu số liệu là giả lập để minh họa, false (hoặc để trống) nếu là số liệu thống kê đã công bố.',
  });
  return null;
}

/** Warnings for participants beyond their denominator: stored as sent, said. */
function exceeding(
  row: CoverageRowRead,
  table: SourceTable,
  columns: ReadonlyMap<CoverageField, number>,
  cells: readonly SourceCell[],
): CoverageWarning[] {
  const pairs = [
    { participants: 'siParticipants', base: 'labourForce' },
    { participants: 'hiParticipants', base: 'population' },
  ] as const;
  return pairs.flatMap(({ participants, base }) => {
    const [count, denominator] = [row[participants], row[base]];
    if (count === null || denominator === null || count <= denominator) return [];
    const index = columns.get(participants) as number;
    const [p, b] = [COVERAGE_COLUMNS[participants], COVERAGE_COLUMNS[base]];
    const kind: CoverageWarningKind = 'PARTICIPANTS_EXCEED_BASE';
    return [
      clipProblem({
        kind,
        file: table.label,
        row: row.sourceRow,
        column: table.columns[index] ?? p.name,
        columnNumber: table.columnNumbers?.[index] ?? null,
        value: cellText(cells[index] ?? { kind: 'empty' }),
        message: `${row.provinceName || row.provinceCode}: ${p.name} (${count}) exceed the ${b.name} (${denominator}); coverage is over 100 %`,
        messageVi: `${row.provinceName || row.provinceCode}: ${p.nameVi} (${count}) lớn hơn ${b.nameVi} (${denominator}); tỷ lệ bao phủ trên 100%`,
        fix: `Stored as sent. Check that both numbers are persons of the same year and unit; people insured where they work but counted where they live can make this happen.`,
        fixVi: `Đã lưu như gửi. Kiểm tra cả hai số đều là số người của cùng năm, cùng đơn vị; người tham gia nơi làm việc nhưng được thống kê nơi cư trú có thể gây ra trường hợp này.`,
      }),
    ];
  });
}
