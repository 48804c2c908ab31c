import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseContentDigest } from '../support/database-content';
import { runCli } from '../support/scorecard-cli';
import { REPO_ROOT, tempDir } from '../support/scorecard-server';

// `scorecard coverage import` on a fresh database file: the shipped 2025 table is stored as the table in force and
// the same table again changes nothing; a refused file names file, row, column and value with the fix, exits 1 and
// writes nothing.

describe('npx scorecard coverage import', () => {
  const temp = tempDir('scorecard-cli-coverage-');
  const db = join(temp.dir, 'cli.duckdb');
  const shipped = join(REPO_ROOT, 'data/coverage/coverage-2025-vn34-2025.csv');
  afterAll(() => temp.remove());

  it('stores a table, then finds the same table unchanged', async () => {
    const first = await runCli(['coverage', 'import', shipped, '--db', db]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Stored the 2025 table of vn34-2025 (34 units, synthetic)');
    const again = await runCli(['coverage', 'import', shipped, '--db', db, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({
      status: 'imported',
      tables: [{ year: 2025, unitSet: 'vn34-2025', units: 34, outcome: 'UNCHANGED' }],
      warnings: [],
    });
  });

  it('refuses a table with a unit of the 63 among the 34, naming the row and the unit it became, and writes nothing', async () => {
    const lines = readFileSync(shipped, 'utf8').trim().split('\n');
    // Hà Giang (02) became part of Tuyên Quang (08) on 1 July 2025.
    const bad = lines.map((line) => line.replace(/^vn34-2025,08,Tuyên Quang,/, 'vn34-2025,02,Hà Giang,'));
    const file = join(temp.dir, 'bao-phu-2025.csv');
    writeFileSync(file, `${bad.join('\n')}\n`);
    const row = bad.findIndex((line) => line.startsWith('vn34-2025,02,')) + 1;
    const before = await databaseContentDigest(db);
    const refused = await runCli(['coverage', 'import', file, '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Import refused: 2 problem(s); nothing was written.');
    expect(refused.stderr).toContain(`${file}, row ${row}, province_code:`);
    expect(refused.stderr).toContain('part of Tuyên Quang (08)');
    expect(refused.stderr).toContain('(found "02")');
    expect(refused.stderr).toContain('no row for Tuyên Quang (08)');
    expect(refused.stderr).toContain('fix: Write Tuyên Quang (code 08)');
    expect(await databaseContentDigest(db)).toBe(before);
  });

  it('says which columns a table has', async () => {
    const help = await runCli(['coverage', 'import', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('labour_force (working-age labour force)');
    expect(help.stdout).toContain('Exit code: 0 imported or unchanged, 1 refused');
  });
});
