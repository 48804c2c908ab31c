import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseContentDigest } from '../support/database-content';
import { runCli } from '../support/scorecard-cli';
import { REPO_ROOT, tempDir } from '../support/scorecard-server';

const PLAN = '2800-KH-BHXH-2021';

describe('npx scorecard import-actuals', () => {
  const temp = tempDir('scorecard-cli-actuals-');
  const db = join(temp.dir, 'cli.duckdb');
  const files = join(temp.dir, 'files');

  beforeAll(async () => {
    mkdirSync(files);
    // Hà Nội by code, Hải Phòng by name, money with decimals, as an Arrow IPC file a script would write.
    const arrow = tableFromArrays({
      province: ['01', 'Hải Phòng'],
      metric: ['revenue', 'Chỉ tiêu thu (tổng số phải thu)'],
      report_date: ['2021-09-15', '2021-09-15'],
      value: Float64Array.from([1234.5, 999]),
    });
    writeFileSync(join(files, 'bao-cao.arrow'), tableToIPC(arrow, 'file'));
    writeFileSync(
      join(files, 'bao-cao.csv'),
      'province,metric,report_date,value,submitted_at\n01,revenue,30/09/2021,"2.500",30/09/2021 16:30\n01,revenue,15/10/2021,2.100,15/10/2021 16:30\n',
    );
    writeFileSync(
      join(files, 'loi.csv'),
      'province,metric,report_date,value\nHà Nộii,revenue,2021-09-15,5\n01,revenue,2022-01-15,5\n01,revenue,2021-10-31,-3\n',
    );
    const plan = await runCli(['import-plan', join(REPO_ROOT, 'data/plans', PLAN), '--db', db]);
    expect(plan.code).toBe(0);
  });
  afterAll(() => temp.remove());

  it('imports Arrow and CSV files into the only plan, and lists a falling cumulative figure as a warning', async () => {
    const result = await runCli([
      'import-actuals',
      join(files, 'bao-cao.arrow'),
      join(files, 'bao-cao.csv'),
      '--db',
      db,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Plan ${PLAN}: 4 submission(s) stored, 0 unchanged`);
    expect(result.stdout).toMatch(/DECREASING_CUMULATIVE {2}01 revenue 2021-10-15: .*2100 .*2500.*bao-cao\.csv row 3/);
  });

  it('changes nothing when the same files come again', async () => {
    const before = await databaseContentDigest(db);
    const result = await runCli(['import-actuals', join(files, 'bao-cao.csv'), '--plan', PLAN, '--db', db, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ status: 'imported', rowsStored: 0 });
    expect(await databaseContentDigest(db)).toBe(before);
  });

  it('refuses a broken file with every problem, exit code 1, and the database unchanged', async () => {
    const before = await databaseContentDigest(db);
    const text = await runCli(['import-actuals', join(files, 'loi.csv'), '--db', db]);
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/Import refused: 3 problem\(s\); nothing was written/);
    expect(text.stderr).toMatch(/loi\.csv, row 2, province: the province name is not recognised \(found "Hà Nộii"\)/);
    const json = await runCli(['import-actuals', join(files, 'loi.csv'), '--db', db, '--json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { status: string; problems: { kind: string; row: number }[] };
    expect(report.status).toBe('refused');
    expect(report.problems.map((p) => [p.row, p.kind])).toEqual([
      [2, 'UNKNOWN_PROVINCE'],
      [3, 'DATE_OUTSIDE_PERIOD'],
      [4, 'NEGATIVE_NUMBER'],
    ]);
    expect(await databaseContentDigest(db)).toBe(before);
  });

  it('says how to use it when no file is named', async () => {
    const result = await runCli(['import-actuals', '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: scorecard import-actuals');
  });
});
