import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nationalCoverage } from '@scorecard/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { revenueQuotaWeights } from '../ledger/ledger-weights';
import { readProvinceReference } from '../reference/province-reference.reader';
import { readUnitCrosswalk } from '../reference/unit-crosswalk.reader';
import {
  COVERAGE_2023_NATIONAL,
  apportion,
  syntheticCoverageFiles,
  type SyntheticCoverageFile,
  type SyntheticCoverageInput,
} from './synthetic-coverage.generator';

const dataDir = fileURLToPath(new URL('../../../../data/', import.meta.url));
const coverageDir = join(dataDir, 'coverage');

let input: SyntheticCoverageInput;
let generated: SyntheticCoverageFile[];

beforeAll(async () => {
  const units63 = await readProvinceReference(join(dataDir, 'reference', 'provinces63.csv'));
  const { units34, crosswalk } = await readUnitCrosswalk(join(dataDir, 'reference', 'merge_2025.csv'), units63);
  const revenueQuotas = new Map((await revenueQuotaWeights(dataDir)).map((w) => [w.code, w.weight]));
  input = { units63, units34, crosswalk, revenueQuotas };
  generated = syntheticCoverageFiles(input);
  // WRITE_SYNTHETIC_COVERAGE=1 npx vitest run src/coverage/synthetic-coverage.generator.spec.ts (in libs/ingest)
  // rewrites them.
  if (process.env['WRITE_SYNTHETIC_COVERAGE'] === '1') {
    mkdirSync(coverageDir, { recursive: true });
    for (const file of generated) writeFileSync(join(coverageDir, file.name), file.text);
  }
});

/** "17,311 triệu" and "37,2%" as the seed prints them. */
const millions = (persons: number) => (persons / 1e6).toFixed(3);
const percent = (ratio: number) => (ratio * 100).toFixed(1);

describe('the shipped synthetic coverage tables', () => {
  it('are exactly what the generator writes from the reference lists and the 2021 revenue quotas', () => {
    for (const file of generated) {
      const path = join(coverageDir, file.name);
      expect(existsSync(path), `${path} is missing: run with WRITE_SYNTHETIC_COVERAGE=1`).toBe(true);
      expect(readFileSync(path, 'utf8'), file.name).toBe(file.text);
    }
  });

  it('reproduce the national points of seed 003 in 2023: 17.311 million = 37.2 %, 91.465 million = 92.4 %', () => {
    const rows = generated[0]!.rows;
    expect(rows).toHaveLength(63);
    const national = nationalCoverage(rows);
    expect(national).toMatchObject(COVERAGE_2023_NATIONAL);
    expect([millions(national.siParticipants!), percent(national.siCoverage!)]).toEqual(['17.311', '37.2']);
    expect([millions(national.hiParticipants!), percent(national.hiCoverage!)]).toEqual(['91.465', '92.4']);
  });

  it('are plausible: every unit has fewer participants than its denominator, and coverage varies', () => {
    for (const file of generated) {
      for (const row of file.rows) {
        expect(row.siParticipants!, `${file.name} ${row.provinceCode}`).toBeLessThan(row.labourForce!);
        expect(row.hiParticipants!, `${file.name} ${row.provinceCode}`).toBeLessThan(row.population!);
        expect(row.labourForce!).toBeLessThan(row.population!);
      }
      const si = file.rows.map((row) => row.siParticipants! / row.labourForce!);
      expect(Math.max(...si) - Math.min(...si)).toBeGreaterThan(0.2);
    }
  });

  it('put 2025 on the 34 units, each grown modestly from the sum of its predecessors', () => {
    const [, v2025] = generated;
    expect(v2025!.rows.map((row) => row.provinceCode)).toEqual(input.units34.map((unit) => unit.code));
    const national = nationalCoverage(v2025!.rows);
    expect(national.population! / COVERAGE_2023_NATIONAL.population).toBeGreaterThan(1.015);
    expect(national.population! / COVERAGE_2023_NATIONAL.population).toBeLessThan(1.025);
    expect(national.siCoverage!).toBeGreaterThan(0.39);
    expect(national.siCoverage!).toBeLessThan(0.43);
    expect(national.hiCoverage!).toBeGreaterThan(0.93);
  });
});

describe('apportion', () => {
  it('splits a total into whole parts that add up to it, the largest remainders first', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [2, 1, 1])).toEqual([50, 25, 25]);
    expect(apportion(7, [0.5, 0.25, 0.25])).toEqual([3, 2, 2]);
    expect(() => apportion(7, [0, 0])).toThrow(RangeError);
  });
});
