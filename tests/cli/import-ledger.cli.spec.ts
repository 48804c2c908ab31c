import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditRepository, WarehouseDatabase } from '@scorecard/warehouse';
import { databaseContentDigest } from '../support/database-content';
import { runCli } from '../support/scorecard-cli';
import { REPO_ROOT, tempDir } from '../support/scorecard-server';

// The ledger import is atomic: a process killed while it writes leaves the database exactly as it was, and
// running the import again completes.
describe('npx scorecard import-ledger', () => {
  const temp = tempDir('scorecard-cli-ledger-');
  const db = join(temp.dir, 'ledger.duckdb');
  const small = join(temp.dir, 'small');
  const large = join(temp.dir, 'large');

  beforeAll(async () => {
    for (const [out, employers, months] of [
      [small, '400', '12'],
      [large, '100000', '36'],
    ] as const) {
      const result = await runCli(['generate-ledger', '--employers', employers, '--months', months, '--out', out]);
      expect(result.code, result.stderr).toBe(0);
    }
    const imported = await runCli(['import-ledger', small, '--db', db]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(
      /Ledger imported: 400 employers, [\d.]+ monthly dues, [\d.]+ payments, 2021-01 to 2021-12/,
    );
  }, 180_000);
  afterAll(() => temp.remove());

  it('leaves the database as before when the process is killed while writing, and completes when run again', async () => {
    const before = await databaseContentDigest(db);
    const child = spawn(process.execPath, [
      join(REPO_ROOT, 'apps/cli/bin/scorecard.js'),
      'import-ledger',
      large,
      '--db',
      db,
    ]);
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exit = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_, signal) => resolve(signal)));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      // The swap into the live tables has begun: kill it half-way.
      if (stderr.includes('… writing')) child.kill('SIGKILL');
    });
    expect(await exit).toBe('SIGKILL');
    expect(stderr).toContain('… writing');
    expect(stdout).not.toContain('Ledger imported');
    expect(await databaseContentDigest(db)).toBe(before);

    const again = await runCli(['import-ledger', large, '--db', db]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/Ledger imported: 100\.000 employers/);
    expect(await databaseContentDigest(db)).not.toBe(before);
    // The audit log has the two imports that were swapped in, by the shell's account, and not the killed one.
    const warehouse = await WarehouseDatabase.open(db);
    try {
      const events = await new AuditRepository(warehouse).page({
        limit: 10,
        before: null,
        action: 'ledger.import',
        actor: null,
      });
      expect(events.map((e) => [e.actor.startsWith('cli:'), e.detail.employers])).toEqual([
        [true, 100_000],
        [true, 400],
      ]);
    } finally {
      warehouse.close();
    }
  }, 180_000);

  it('refuses a file with bad rows, naming them, with exit code 1 and nothing written', async () => {
    const before = await databaseContentDigest(db);
    const bad = join(temp.dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'employers.csv'), 'employer_id,name,province,district,ownership,workers\nX1,A,01,Q1,o,3\n');
    writeFileSync(join(bad, 'dues.csv'), 'employer_id,month,amount\nX1,2023-01-01,-5\nX2,2023-01-01,5\n');
    writeFileSync(join(bad, 'payments.csv'), 'employer_id,paid_on,amount\nX1,hôm qua,5\n');
    const result = await runCli(['import-ledger', bad, '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Import refused; nothing was written.');
    expect(result.stderr).toMatch(/dues\.csv, row 2, column "amount": a negative number \(found "-5"\)\. Fix: /);
    expect(result.stderr).toMatch(/dues\.csv, row 3, column "employer_id": the employer is not in the employers file/);
    expect(result.stderr).toMatch(/payments\.csv, row 2, column "paid_on": not a date \(found "hôm qua"\)/);
    expect(await databaseContentDigest(db)).toBe(before);
  }, 120_000);

  it('answers a hostile ledger with a JSON refusal (file, row, column, kind), exit code 1 and no stack trace', async () => {
    const before = await databaseContentDigest(db);
    const hostile = join(temp.dir, 'hostile');
    mkdirSync(hostile);
    writeFileSync(
      join(hostile, 'employers.csv'),
      'employer_id,name,province,district,ownership,workers\nX1,A,01,Q1,o,3\n',
    );
    writeFileSync(
      join(hostile, 'dues.csv'),
      'employer_id,month,amount\nX1,2023-01-01,1e308\nX1,2023-02-01,"1.234,5"\n',
    );
    writeFileSync(join(hostile, 'payments.csv'), 'employer_id,paid_on,amount\nX1,99999-01-01,5\n');
    const result = await runCli(['import-ledger', hostile, '--db', db, '--json']);
    expect(result.code, result.stderr).toBe(1);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /);
    const answer = JSON.parse(result.stdout) as { status: string; total: number; problems: Record<string, unknown>[] };
    expect(answer.status).toBe('refused');
    expect(answer.problems.map((p) => [p['file'], p['row'], p['column'], p['kind']])).toEqual([
      ['dues.csv', 2, 'amount', 'NUMBER_TOO_LARGE'],
      ['dues.csv', 3, 'amount', 'NOT_A_NUMBER'],
      ['payments.csv', 2, 'paid_on', 'DATE_OUT_OF_RANGE'],
    ]);

    writeFileSync(join(hostile, 'payments.csv'), 'employer_id,paid_on,amount\nX1,2023-01-20,5\nX1,2023-0');
    const cut = await runCli(['import-ledger', hostile, '--db', db, '--json']);
    expect(cut.code, cut.stderr).toBe(1);
    expect((JSON.parse(cut.stdout) as { problems: Record<string, unknown>[] }).problems).toMatchObject([
      { file: 'payments.csv', row: 3, kind: 'MALFORMED_ROW' },
    ]);
    expect(await databaseContentDigest(db)).toBe(before);
  }, 120_000);
});
