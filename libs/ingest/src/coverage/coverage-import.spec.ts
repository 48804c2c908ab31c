import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CoverageRepository, WarehouseDatabase } from '@scorecard/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../bootstrap/load-shipped-data';
import { expectBothLanguages, only, workbookBytes } from '../compliance/__fixtures__/compliance-files.fixtures';
import type { ComplianceSourceFile } from '../compliance/compliance-source.reader';
import { importCoverageFiles } from './coverage-import';
import { CoverageImportError, type CoverageProblem } from './coverage-import.errors';
import { loadShippedCoverage } from './load-shipped-coverage';

// Coverage tables into DuckDB: the shipped ones as any file would be, and the refusals a province's statistician
// needs to fix a table (file, row, column, value and the fix, in both languages), nothing written on a refusal.

const dataDir = fileURLToPath(new URL('../../../../data/', import.meta.url));
const shipped2023 = readFileSync(join(dataDir, 'coverage', 'coverage-2023-vn63-2004.csv'), 'utf8');
const shipped2025 = readFileSync(join(dataDir, 'coverage', 'coverage-2025-vn34-2025.csv'), 'utf8');
const [HEADER, ...ROWS_2023] = shipped2023.trimEnd().split('\n') as [string, ...string[]];
const ROWS_2025 = shipped2025.trimEnd().split('\n').slice(1);

const file = (name: string, lines: readonly string[]): ComplianceSourceFile => ({
  name,
  bytes: new TextEncoder().encode(`${lines.join('\n')}\n`),
});
/** The shipped 2023 table with the row of `code` replaced by `row` (or left out when `row` is null). */
const with2023 = (code: string, row: string | null) =>
  ROWS_2023.flatMap((line) => (line.startsWith(`vn63-2004,${code},`) ? (row === null ? [] : [row]) : [line]));

const IMPORTER = { importedBy: 'test', audit: null };

let db: WarehouseDatabase;
beforeAll(async () => {
  db = await WarehouseDatabase.open(':memory:');
  await loadReferenceData(db, dataDir);
});
afterAll(() => db.close());

async function refused(files: ComplianceSourceFile[]): Promise<CoverageProblem[]> {
  const error = await importCoverageFiles(db, files, IMPORTER).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CoverageImportError);
  const problems = (error as CoverageImportError).problems;
  expectBothLanguages(problems);
  return [...problems];
}

describe('importing coverage tables', () => {
  it('stores a table per unit set and year, and the same numbers again change nothing', async () => {
    const answer = await importCoverageFiles(db, [file('bao-phu.csv', [HEADER, ...ROWS_2023, ...ROWS_2025])], IMPORTER);
    expect(answer.tables.map((t) => [t.unitSet, t.year, t.units, t.synthetic, t.outcome])).toEqual([
      ['vn63-2004', 2023, 63, true, 'STORED'],
      ['vn34-2025', 2025, 34, true, 'STORED'],
    ]);
    expect(answer.warnings).toEqual([]);
    const again = await importCoverageFiles(db, [file('lai.csv', [HEADER, ...ROWS_2025])], IMPORTER);
    expect(again.tables[0]!.outcome).toBe('UNCHANGED');
    const hanoi = (await new CoverageRepository(db).bases('vn63-2004', 2023))[0]!;
    const [, code, name, , lf, pop, si, hi] = ROWS_2023[0]!.split(',');
    expect(hanoi).toMatchObject({
      provinceCode: code,
      provinceName: name,
      labourForce: Number(lf),
      population: Number(pop),
      siParticipants: Number(si),
      hiParticipants: Number(hi),
      synthetic: true,
      sourceFile: 'bao-phu.csv',
      sourceRow: 2,
    });
  });

  it('reads a workbook with a title above Vietnamese headers, numbers in number cells', async () => {
    const rows = ROWS_2025.map((line) => line.split(','));
    const bytes = await workbookBytes([
      {
        name: 'Bao phu 2025',
        rows: [
          ['SỐ LIỆU BAO PHỦ BHXH, BHYT NĂM 2025'],
          [],
          [
            'STT',
            'Bộ đơn vị',
            'Mã tỉnh',
            'Tên tỉnh',
            'Năm',
            'Lực lượng lao động trong độ tuổi',
            'Dân số',
            'Số người tham gia BHXH',
            'Số người tham gia BHYT',
            'Nguồn',
          ],
          ...rows.map(([set, code, name, year, lf, pop, si, hi], index) => [
            index + 1,
            set!,
            code!,
            name!,
            Number(year),
            Number(lf),
            Number(pop),
            Number(si),
            Number(hi),
            'Cục Thống kê',
          ]),
        ],
      },
    ]);
    const answer = await importCoverageFiles(db, [{ name: 'bao-phu.xlsx', bytes }], IMPORTER);
    expect(answer.tables).toMatchObject([
      { unitSet: 'vn34-2025', year: 2025, units: 34, synthetic: false, outcome: 'STORED' },
    ]);
    const [first] = await new CoverageRepository(db).bases('vn34-2025', 2025);
    expect(first).toMatchObject({
      provinceCode: '01',
      labourForce: Number(rows[0]![4]),
      source: 'Cục Thống kê',
      sourceRow: 4,
    });
  });

  it('names the unit a merged code became when a 63 code appears in a table of the 34', async () => {
    const haGiang = 'vn34-2025,02,Hà Giang,2025,1,2,1,2,false,Cục Thống kê';
    const problems = await refused([file('34.csv', [HEADER, ...ROWS_2025, haGiang])]);
    const problem = only(problems, 'UNKNOWN_PROVINCE');
    expect(problem).toMatchObject({ file: '34.csv', row: 36, column: 'province_code', value: '02' });
    expect(problem.message).toContain('Tuyên Quang (08)');
    expect(problem.fix).toContain('code 08');
  });

  it('says a row of the 34 in a table of the 63 is one, by its name', async () => {
    // 91 is Kiên Giang among the 63; since 1 July 2025 it is An Giang.
    const lines = with2023('91', 'vn63-2004,91,An Giang,2023,660239,1381612,202794,1327793,true,x');
    const problem = only(await refused([file('63.csv', [HEADER, ...lines])]), 'NAME_MISMATCH');
    expect(problem).toMatchObject({ row: 59, column: 'province_name', value: 'An Giang' });
    expect(problem.message).toContain('Kiên Giang');
    expect(problem.fix).toContain('vn34-2025');
  });

  it('refuses duplicated and missing units, fractions, negative numbers and bad flags, each placed', async () => {
    const lines = with2023('01', 'vn63-2004,01,Hà Nội,2023,3059211.5,-6396192,1610822,5854829,maybe,x')
      .filter((line) => !line.startsWith('vn63-2004,12,'))
      .concat(['vn63-2004,04,Cao Bằng,2023,1,2,1,2,true,x']);
    const problems = await refused([file('sai.csv', [HEADER, ...lines])]);
    expect(only(problems, 'NOT_A_WHOLE_NUMBER')).toMatchObject({ row: 2, column: 'labour_force', value: '3059211.5' });
    expect(only(problems, 'NEGATIVE_NUMBER')).toMatchObject({ row: 2, column: 'population', value: '-6396192' });
    expect(only(problems, 'INVALID_FLAG')).toMatchObject({ row: 2, column: 'synthetic', value: 'maybe' });
    expect(only(problems, 'DUPLICATE_PROVINCE')).toMatchObject({ row: 64, value: '04' });
    expect(only(problems, 'DUPLICATE_PROVINCE').message).toContain('row 4 of sai.csv');
    expect(only(problems, 'MISSING_PROVINCE')).toMatchObject({ value: '12', row: null });
    expect(only(problems, 'MISSING_PROVINCE').message).toContain('Lai Châu');
    expect(await new CoverageRepository(db).importedFiles()).not.toContain('sai.csv');
  });

  it('refuses an unknown unit set, a year that is none and a header in thousands', async () => {
    const header = HEADER.replace('population', 'population (nghìn người)');
    const lines = with2023('01', 'vn63,01,Hà Nội,2023,1,2,1,2,true,x').map((line, index) =>
      index === 1 ? line.replace(/^vn63-2004/, 'vn99').replace(',2023,', ',23,') : line,
    );
    const problems = await refused([file('h.csv', [header, ...lines])]);
    expect(only(problems, 'WRONG_UNIT')).toMatchObject({ row: 1, column: 'population (nghìn người)' });
    expect(only(problems, 'UNKNOWN_UNIT_SET')).toMatchObject({ row: 3, value: 'vn99' });
    expect(only(problems, 'INVALID_YEAR')).toMatchObject({ row: 3, value: '23' });
  });

  it('stores participants beyond their denominator as sent, with a warning that names the row', async () => {
    const lines = ROWS_2025.map((line) =>
      line.startsWith('vn34-2025,04,') ? 'vn34-2025,04,Cao Bằng,2025,100,638211,120,616852,false,Cục Thống kê' : line,
    );
    const answer = await importCoverageFiles(db, [file('vuot.csv', [HEADER, ...lines])], IMPORTER);
    expect(answer.tables[0]!.outcome).toBe('STORED');
    expect(answer.warnings).toHaveLength(1);
    expect(answer.warnings[0]).toMatchObject({
      kind: 'PARTICIPANTS_EXCEED_BASE',
      file: 'vuot.csv',
      row: 3,
      column: 'si_participants',
      value: '120',
    });
    expect(answer.warnings[0]!.message).toContain('over 100 %');
  });
});

describe('the shipped coverage tables on a start', () => {
  it('loads each unit set and year once, synthetic ones only with the sample data on', async () => {
    const fresh = await WarehouseDatabase.open(':memory:');
    await loadReferenceData(fresh, dataDir);
    expect(await loadShippedCoverage(fresh, { dataDir, sampleData: false })).toEqual([]);
    expect(await new CoverageRepository(fresh).tables()).toEqual([]);
    const loaded = await loadShippedCoverage(fresh, { dataDir, sampleData: true });
    expect(loaded.map((t) => [t.file, t.outcome])).toEqual([
      ['data/coverage/coverage-2023-vn63-2004.csv', 'STORED'],
      ['data/coverage/coverage-2025-vn34-2025.csv', 'STORED'],
    ]);
    expect(await loadShippedCoverage(fresh, { dataDir, sampleData: true })).toEqual([]);
    expect((await new CoverageRepository(fresh).tables()).map((t) => [t.year, t.unitSet, t.unitCount])).toEqual([
      [2023, 'vn63-2004', 63],
      [2025, 'vn34-2025', 34],
    ]);
    fresh.close();
  });
});
