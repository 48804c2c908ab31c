import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_PROBLEM_FIELDS, refusalIn } from '../support/import-outcome';
import { REPO_ROOT, graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';

// Coverage over HTTP on a new database filled with the sample data: the shipped (synthetic) tables of
// data/coverage, read here from the CSV files themselves, independently of the server, and every figure computed by
// hand from their rows: ratios of three units, national sums, ranks of N, a unit of the 34 summed from its
// predecessors. Then a refused import that writes nothing, and one that replaces the table in force.

type Row = { code: string; name: string; lf: number; pop: number; si: number; hi: number; source: string };

/** A shipped table's rows: nine plain fields, then the source (quoted, with commas). */
function readTable(file: string): Row[] {
  return readFileSync(join(REPO_ROOT, 'data/coverage', file), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const fields = line.split(',');
      const [, code, name, , lf, pop, si, hi] = fields;
      const source = fields.slice(9).join(',').replace(/^"|"$/g, '');
      return { code: code!, name: name!, lf: Number(lf), pop: Number(pop), si: Number(si), hi: Number(hi), source };
    });
}

const successor = new Map(
  readFileSync(join(REPO_ROOT, 'data/reference/merge_2025.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .map(([oldCode, , , newCode]) => [oldCode!, newCode!]),
);

type Figures = {
  labourForce: number | null;
  siParticipants: number | null;
  siCoverage: number | null;
  siGapToGoal: number | null;
  population: number | null;
  hiParticipants: number | null;
  hiCoverage: number | null;
};
type Unit = Figures & {
  province: { code: string; nameVi: string };
  siRank: number | null;
  hiRank: number | null;
  synthetic: boolean;
  source: string;
  sourceRows: number[];
};
type Coverage = {
  year: number;
  unitSet: string;
  storedUnitSet: string;
  unitCount: number;
  synthetic: boolean;
  sourceFile: string;
  national: Figures;
  siGoal: { year: number; ratio: number; document: string };
  hiGoal: { year: number; ratio: number; comparison: string };
  references: { kind: string; asOf: string; participants: number; ratio: number; text: string }[];
  provinces: Unit[];
};
const FIGURES = 'labourForce siParticipants siCoverage siGapToGoal population hiParticipants hiCoverage';
const COVERAGE = `year unitSet storedUnitSet unitCount synthetic sourceFile national { ${FIGURES} }
  siGoal { year ratio document } hiGoal { year ratio comparison } references { kind asOf participants ratio text }
  provinces { province { code nameVi } ${FIGURES} siRank hiRank synthetic source sourceRows }`;

const rows2023 = readTable('coverage-2023-vn63-2004.csv');
const rows2025 = readTable('coverage-2025-vn34-2025.csv');
const HEADER = readFileSync(join(REPO_ROOT, 'data/coverage/coverage-2023-vn63-2004.csv'), 'utf8').split('\n')[0]!;

/** Competition rank of `value` among `values`, highest first, compared as the domain does (six places). */
const rankAmong = (value: number, values: readonly number[]) => {
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return 1 + values.filter((other) => round(other) > round(value)).length;
};

describe('coverage against the labour force and the population', () => {
  const temp = tempDir('scorecard-coverage-');
  let server: RunningServer;
  const as = (role: string) =>
    function ask<T>(query: string, variables: Record<string, unknown> = {}) {
      return graphql<T>(server.url, query, variables, { token: server.tokens[role]! });
    };
  const ask = <T>(query: string, variables: Record<string, unknown> = {}) => as('leadership')<T>(query, variables);

  beforeAll(async () => {
    server = await startServer({
      dbPath: join(temp.dir, 'coverage.duckdb'),
      env: { SCORECARD_LEDGER_EMPLOYERS: '0' },
      tokens: ['leadership', 'data-officer'],
    });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  it('lists the shipped tables, marked synthetic', async () => {
    const answer = await ask<{
      coverageYears: { year: number; unitSet: string; unitCount: number; synthetic: boolean }[];
    }>('{ coverageYears { year unitSet unitCount synthetic sourceFile importedBy } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.coverageYears).toMatchObject([
      {
        year: 2023,
        unitSet: 'VN63',
        unitCount: 63,
        synthetic: true,
        sourceFile: 'data/coverage/coverage-2023-vn63-2004.csv',
      },
      {
        year: 2025,
        unitSet: 'VN34',
        unitCount: 34,
        synthetic: true,
        sourceFile: 'data/coverage/coverage-2025-vn34-2025.csv',
      },
    ]);
  });

  it('gives three units the ratios a hand computation gives from their rows of the CSV', async () => {
    const answer = await ask<{ coverage: Coverage }>(`{ coverage(year: 2023) { ${COVERAGE} } }`);
    expect(answer.errors).toBeUndefined();
    const { provinces } = answer.data!.coverage;
    for (const code of ['01', '12', '79']) {
      const row = rows2023.find((r) => r.code === code)!;
      const unit = provinces.find((p) => p.province.code === code)!;
      expect(unit.province.nameVi).toBe(row.name);
      expect([unit.labourForce, unit.siParticipants, unit.population, unit.hiParticipants]).toEqual([
        row.lf,
        row.si,
        row.pop,
        row.hi,
      ]);
      expect(unit.siCoverage, code).toBe(row.si / row.lf);
      expect(unit.hiCoverage, code).toBe(row.hi / row.pop);
      // Measured in 2023 against the goal due in 2025: about 45 % of the working-age labour force.
      expect(unit.siGapToGoal).toBeCloseTo(0.45 - row.si / row.lf, 12);
      expect(unit).toMatchObject({ synthetic: true, source: row.source, sourceRows: [rows2023.indexOf(row) + 2] });
    }
  });

  it('gives the nation the sums of the units and the ratios of the sums, the seed 003 points beside them', async () => {
    const { coverage } = (await ask<{ coverage: Coverage }>(`{ coverage(year: 2023) { ${COVERAGE} } }`)).data!;
    const sum = (pick: (row: Row) => number) => rows2023.reduce((total, row) => total + pick(row), 0);
    expect(coverage.national).toMatchObject({
      labourForce: sum((r) => r.lf),
      siParticipants: sum((r) => r.si),
      population: sum((r) => r.pop),
      hiParticipants: sum((r) => r.hi),
    });
    expect(coverage.national.siCoverage).toBe(sum((r) => r.si) / sum((r) => r.lf));
    expect(coverage.national.hiCoverage).toBe(sum((r) => r.hi) / sum((r) => r.pop));
    // The synthetic table is calibrated so the nation prints as seed 003 does.
    expect((coverage.national.siCoverage! * 100).toFixed(1)).toBe('37.2');
    expect((coverage.national.hiCoverage! * 100).toFixed(1)).toBe('92.4');
    expect(coverage.references.map((r) => [r.kind, r.asOf, r.participants, r.ratio])).toEqual([
      ['SI', '2023-09-30', 17_311_000, 0.372],
      ['HI', '2023-09-30', 91_465_000, 0.924],
    ]);
    expect(coverage.references[0]!.text).toContain('17,311 triệu người');
    expect(coverage.siGoal).toMatchObject({ year: 2025, ratio: 0.45 });
    expect(coverage.siGoal.document).toContain('28-NQ/TW');
    expect(coverage.hiGoal).toMatchObject({ year: 2025, ratio: 0.95, comparison: 'AT_LEAST' });
  });

  it('ranks every unit among the N of its set, N from the data, in rank order', async () => {
    const { coverage } = (await ask<{ coverage: Coverage }>(`{ coverage(year: 2023) { ${COVERAGE} } }`)).data!;
    expect(coverage.unitCount).toBe(rows2023.length);
    expect(coverage.provinces).toHaveLength(rows2023.length);
    const si = rows2023.map((r) => r.si / r.lf);
    const hi = rows2023.map((r) => r.hi / r.pop);
    for (const unit of coverage.provinces) {
      const row = rows2023.find((r) => r.code === unit.province.code)!;
      expect(unit.siRank, row.code).toBe(rankAmong(row.si / row.lf, si));
      expect(unit.hiRank, row.code).toBe(rankAmong(row.hi / row.pop, hi));
    }
    expect(coverage.provinces.map((p) => p.siRank)).toEqual(
      [...coverage.provinces.map((p) => p.siRank)].sort((a, b) => a! - b!),
    );
    const byHi = await ask<{ coverage: { provinces: Unit[] } }>(
      '{ coverage(year: 2023, rankBy: HI) { provinces { hiRank } } }',
    );
    expect(byHi.data!.coverage.provinces[0]!.hiRank).toBe(1);
  });

  it('carries 2023 onto the 34 units: a merged unit sums its predecessors, its ratio from the sums', async () => {
    const { coverage } = (await ask<{ coverage: Coverage }>(`{ coverage(year: 2023, unitSet: VN34) { ${COVERAGE} } }`))
      .data!;
    expect(coverage).toMatchObject({ unitSet: 'VN34', storedUnitSet: 'VN63', unitCount: 34 });
    // Hồ Chí Minh City since 1 July 2025: Bình Dương (74), Bà Rịa - Vũng Tàu (77) and Hồ Chí Minh (79).
    const members = rows2023.filter((r) => successor.get(r.code) === '79');
    expect(members.map((r) => r.code)).toEqual(['74', '77', '79']);
    const hcmc = coverage.provinces.find((p) => p.province.code === '79')!;
    const lf = members.reduce((t, r) => t + r.lf, 0);
    const si = members.reduce((t, r) => t + r.si, 0);
    expect([hcmc.labourForce, hcmc.siParticipants]).toEqual([lf, si]);
    expect(hcmc.siCoverage).toBe(si / lf);
    const mean = members.reduce((t, r) => t + r.si / r.lf, 0) / members.length;
    expect(Math.abs(hcmc.siCoverage! - mean)).toBeGreaterThan(1e-4);
    expect(hcmc.sourceRows).toEqual(members.map((r) => rows2023.indexOf(r) + 2));
    expect(Math.max(...coverage.provinces.map((p) => p.siRank!))).toBeLessThanOrEqual(34);
    const national63 = (await ask<{ coverage: Coverage }>(`{ coverage(year: 2023) { national { ${FIGURES} } } }`)).data!
      .coverage.national;
    expect(coverage.national).toEqual(national63);
  });

  it('answers the latest year on its own units by default, and refuses to split the 34 onto the 63', async () => {
    const latest = await ask<{ coverage: Coverage }>(`{ coverage { year unitSet unitCount national { ${FIGURES} } } }`);
    expect(latest.data!.coverage).toMatchObject({ year: 2025, unitSet: 'VN34', unitCount: rows2025.length });
    const split = await ask('{ coverage(year: 2025, unitSet: VN63) { year } }');
    expect(split.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(split.errors?.[0]?.message).toContain('cannot be split onto the 63');
    const none = await ask('{ coverage(year: 2019) { year } }');
    expect(none.errors?.[0]?.message).toContain('Stored: 2023 (VN63), 2025 (VN34)');
    expect(none.errors?.[0]?.extensions?.messageVi).toContain('Chưa có bảng số liệu bao phủ năm 2019');
  });

  const importCoverage = `mutation($files: [PlanFileInput!]!) { importCoverage(files: $files) { __typename
    ... on CoverageImportResult { tables { year unitSet units synthetic outcome } warnings { kind row column value } }
    ... on ImportRefusal { reason message messageVi problemCount problems { ${IMPORT_PROBLEM_FIELDS} } } } }`;
  const csvFile = (name: string, lines: readonly string[]) => ({
    name,
    contentBase64: Buffer.from(`${[HEADER, ...lines].join('\n')}\n`).toString('base64'),
  });
  const lines2023 = readFileSync(join(REPO_ROOT, 'data/coverage/coverage-2023-vn63-2004.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);

  it('refuses a bad table whole, naming file, row, column and value, and writes nothing', async () => {
    const tablesBefore = await ask('{ coverageYears { year unitSet importedAt } }');
    const auditBefore = await ask<{ auditLog: { totalCount: number } }>(
      '{ auditLog(first: 1, action: "coverage.import") { totalCount } }',
    );
    const bad = lines2023.map((line) =>
      line.startsWith('vn63-2004,12,') ? line.replace(/,2023,\d+,/, ',2023,27.5%,') : line,
    );
    const answer = await as('data-officer')(importCoverage, { files: [csvFile('bao-phu-2023.csv', bad)] });
    expect(answer.errors).toBeUndefined();
    const refusal = refusalIn(answer, 'importCoverage')!;
    expect(refusal.reason).toBe('COVERAGE_IMPORT_INVALID');
    expect(refusal.problemCount).toBe(1);
    expect(refusal.problems[0]).toMatchObject({
      file: 'bao-phu-2023.csv',
      row: rows2023.findIndex((r) => r.code === '12') + 2,
      column: 'labour_force',
      value: '27.5%',
      kind: 'NOT_A_NUMBER',
    });
    expect(refusal.problems[0]!.fix).toContain('persons');
    expect(await ask('{ coverageYears { year unitSet importedAt } }')).toEqual(tablesBefore);
    expect(await ask('{ auditLog(first: 1, action: "coverage.import") { totalCount } }')).toEqual(auditBefore);
    const forbidden = await as('leadership')(importCoverage, { files: [csvFile('x.csv', lines2023)] });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('stores a corrected table as the one in force, with the audit event, and the same table again changes nothing', async () => {
    const corrected = lines2023.map((line) =>
      line.startsWith('vn63-2004,12,')
        ? line.replace(/,2023,(\d+),/, (_, lf: string) => `,2023,${Number(lf) + 1000},`)
        : line,
    );
    const stored = await as('data-officer')<{ importCoverage: { tables: { outcome: string }[] } }>(importCoverage, {
      files: [csvFile('bao-phu-2023-sua.csv', corrected)],
    });
    expect(stored.errors).toBeUndefined();
    expect(stored.data!.importCoverage).toMatchObject({
      __typename: 'CoverageImportResult',
      tables: [{ year: 2023, unitSet: 'VN63', units: 63, synthetic: true, outcome: 'STORED' }],
      warnings: [],
    });
    const laiChau = rows2023.find((r) => r.code === '12')!;
    const after = (
      await ask<{ coverage: Coverage }>(
        '{ coverage(year: 2023) { sourceFile provinces { province { code } labourForce siCoverage } } }',
      )
    ).data!.coverage;
    expect(after.sourceFile).toBe('bao-phu-2023-sua.csv');
    const unit = after.provinces.find((p) => p.province.code === '12')!;
    expect(unit.labourForce).toBe(laiChau.lf + 1000);
    expect(unit.siCoverage).toBe(laiChau.si / (laiChau.lf + 1000));
    const audit = await ask<{ auditLog: { totalCount: number } }>(
      '{ auditLog(first: 1, action: "coverage.import") { totalCount } }',
    );
    expect(audit.data!.auditLog.totalCount).toBe(1);
    const again = await as('data-officer')<{ importCoverage: { tables: { outcome: string }[] } }>(importCoverage, {
      files: [csvFile('lai.csv', corrected)],
    });
    expect(again.data!.importCoverage.tables[0]!.outcome).toBe('UNCHANGED');
  });
});
