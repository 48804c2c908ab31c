import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseContentDigest } from '../support/database-content';
import { runCli } from '../support/scorecard-cli';
import { tempDir } from '../support/scorecard-server';

// `scorecard compliance import-list | import-steps` on a fresh database file: a list opens cases, a steps file
// records on them by tax code, and a refused file names file, row and column with the fix and writes nothing.

describe('npx scorecard compliance', () => {
  const temp = tempDir('scorecard-cli-compliance-');
  const db = join(temp.dir, 'cli.duckdb');
  const files = join(temp.dir, 'files');

  beforeAll(() => {
    mkdirSync(files);
    writeFileSync(
      join(files, 'ds-02a.csv'),
      'Mã số thuế;Tên đơn vị;Tỉnh;Quận/huyện;Số lao động\n0101234567;Công ty TNHH Hoa Sen;Hà Nội;Cầu Giấy;14\n0107654321;Công ty CP Trúc Bạch;01;Ba Đình;6\n',
    );
    writeFileSync(
      join(files, 'buoc.csv'),
      'tax_code,step,date,document\n0101234567,NOTICE_SENT,2024-01-10,3/TB-BHXH\n0101234567,05-KT,2024-01-24,9/GM-BHXH\n',
    );
    writeFileSync(join(files, 'loi.csv'), 'tax_code,step,date\n0107654321,NOTICE_SENT,2023-12-31\n');
  });
  afterAll(() => temp.remove());

  it('imports a list, then steps on its cases by tax code', async () => {
    const list = await runCli([
      'compliance',
      'import-list',
      join(files, 'ds-02a.csv'),
      '--kind',
      'not-participating',
      '--received',
      '2024-01-05',
      '--entered',
      '2024-01-08',
      '--db',
      db,
    ]);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('Stored 2 employer(s): 2 case(s) opened, 0 continued.');
    const steps = await runCli(['compliance', 'import-steps', join(files, 'buoc.csv'), '--db', db, '--json']);
    expect(steps.code).toBe(0);
    expect(JSON.parse(steps.stdout)).toEqual({ status: 'imported', steps: 2, outcomes: 0, cases: 1 });
  });

  it('refuses a step dated before the case was entered, naming the row and the fix, and writes nothing', async () => {
    const before = await databaseContentDigest(db);
    const refused = await runCli(['compliance', 'import-steps', join(files, 'loi.csv'), '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Import refused: 1 problem(s); nothing was written.');
    expect(refused.stderr).toContain(`${join(files, 'loi.csv')}, row 2, step:`);
    expect(refused.stderr).toContain('before the list was received (2024-01-05)');
    expect(refused.stderr).toContain('fix:');
    expect(await databaseContentDigest(db)).toBe(before);
    const again = await runCli([
      'compliance',
      'import-list',
      join(files, 'ds-02a.csv'),
      '--kind',
      'not-participating',
      '--received',
      '2024-01-05',
      '--db',
      db,
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already has a listing received on 2024-01-05');
  });
});
