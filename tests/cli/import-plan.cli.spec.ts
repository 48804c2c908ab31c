import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanRepository, WarehouseDatabase } from '@scorecard/warehouse';
import { databaseContentDigest } from '../support/database-content';
import { runCli } from '../support/scorecard-cli';
import { REPO_ROOT, tempDir } from '../support/scorecard-server';

const PLAN = '2800-KH-BHXH-2021';
const PLAN_DIR = join(REPO_ROOT, 'data/plans', PLAN);
const APPENDIX_05 = readFileSync(join(PLAN_DIR, 'appendix-05.txt'), 'utf8');

/** Appendix 05 with Yên Bái's period total corrected from the published 7,515 to its months' 367. */
const corrected05 = APPENDIX_05.replace(/^63\tYên Bái\t7,515\t/m, '63\tYên Bái\t367\t');

describe('npx scorecard import-plan', () => {
  const temp = tempDir('scorecard-cli-');
  const db = join(temp.dir, 'cli.duckdb');
  const fixtures = join(temp.dir, 'files');

  beforeAll(() => {
    mkdirSync(fixtures);
    expect(corrected05).not.toBe(APPENDIX_05);
    writeFileSync(join(fixtures, 'appendix-05.txt'), corrected05);
    writeFileSync(
      join(fixtures, 'broken-05.txt'),
      corrected05.replace('Quảng Ninh', 'Quảng Nimh').replace(/^(56\tThanh Hoá\t)1,542/m, '$1-1,542'),
    );
  });
  afterAll(() => temp.remove());

  it('imports a plan directory and prints the reconciliation with the real errors of the source', async () => {
    const result = await runCli(['import-plan', PLAN_DIR, '--db', db]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Plan ${PLAN}: version 1 stored.`);
    expect(result.stdout).toMatch(/2\.240 published cells checked, 2 error\(s\), 172 rounding difference\(s\)/);
    expect(result.stdout).toMatch(
      /outreach_conferences {2}Yên Bái \(15\) {2}period total: published 7\.515, computed 367, difference \+7\.148/,
    );
  });

  it('changes nothing when the same content is imported again', async () => {
    const before = await databaseContentDigest(db);
    const result = await runCli(['import-plan', PLAN_DIR, '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('same content as version 1; nothing changed');
    expect(await databaseContentDigest(db)).toBe(before);
  });

  it('refuses a broken table with every problem named, exit code 1, and the database unchanged', async () => {
    const before = await databaseContentDigest(db);
    const result = await runCli(['import-plan', join(fixtures, 'broken-05.txt'), '--plan', PLAN, '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Import refused: \d+ problem\(s\); nothing was written/);
    expect(result.stderr).toMatch(/broken-05\.txt:\d+:2: .*Quảng Nimh[\s\S]*fix: /);
    expect(result.stderr).toMatch(/broken-05\.txt:\d+:3: .*-1,542/);
    expect(await databaseContentDigest(db)).toBe(before);
  });

  it('stores a corrected table as a new version, keeps the other tables, and keeps the first version queryable', async () => {
    const result = await runCli([
      'import-plan',
      join(fixtures, 'appendix-05.txt'),
      '--plan',
      PLAN,
      '--db',
      db,
      '--json',
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      status: string;
      version: number;
      created: boolean;
      metricsImported: string[];
      metricsCarriedOver: string[];
      reconciliation: { findings: { publishedName: string; severity: string; metric: string }[] };
    };
    expect(report).toMatchObject({
      status: 'imported',
      version: 2,
      created: true,
      metricsImported: ['outreach_conferences'],
    });
    expect(report.metricsCarriedOver).toHaveLength(6);
    expect(
      report.reconciliation.findings.filter((f) => f.publishedName === 'Yên Bái' && f.severity === 'ERROR'),
    ).toEqual([]);

    const warehouse = await WarehouseDatabase.open(db);
    try {
      const plans = new PlanRepository(warehouse);
      const versions = await plans.versions(PLAN);
      expect(versions.map((v) => [v.version, v.importedBy])).toEqual([
        // The importer is the operating-system account that ran the command, never a typed name.
        [1, expect.stringMatching(/^cli:.+@/)],
        [2, expect.stringMatching(/^cli:.+@/)],
      ]);
      const yenBai = async (version: number) =>
        (await plans.targets(PLAN, version, 'outreach_conferences')).find(
          (c) => c.provinceCode === '15' && c.month === null,
        )?.value;
      expect(await yenBai(1)).toBe(7_515);
      expect(await yenBai(2)).toBe(367);
      // a carried-over table is the same in both versions
      expect(await plans.targets(PLAN, 2, 'revenue')).toEqual(await plans.targets(PLAN, 1, 'revenue'));
    } finally {
      warehouse.close();
    }
  });

  it('explains wrong usage with exit code 2', async () => {
    const result = await runCli(['import-plan', '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: scorecard import-plan');
  });
});
