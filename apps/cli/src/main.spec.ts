import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Output } from './commands/command-context';
import { run } from './main';

/** Runs the program in this process with its output kept. */
async function scorecard(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const output: Output = { out: (text) => out.push(text), err: (text) => err.push(text) };
  const code = await run(argv, output);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const COMMANDS = ['import-plan', 'import-actuals', 'generate-ledger', 'import-ledger', 'token', 'user', 'publish'];

describe('scorecard', () => {
  const temp = mkdtempSync(join(tmpdir(), 'scorecard-cli-main-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('lists every command in its help, and each command its own options', async () => {
    const help = await scorecard('--help');
    expect(help.code).toBe(0);
    for (const command of COMMANDS) expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    const create = await scorecard('token', 'create', '--help');
    expect(create.code).toBe(0);
    expect(create.stdout).toContain('Usage: scorecard token create [options]');
    for (const option of ['--role <role>', '--province <code>', '--expires-days <n>', '--label <text>', '--db <path>'])
      expect(create.stdout).toContain(option);
    expect(create.stdout).toContain('Exit code: 0 done, 1 refused, 2 wrong usage');
    expect((await scorecard('help', 'user')).stdout).toMatch(/^ {2}add \[options\] <login>/m);
  });

  it('shows the usage with exit code 2 when no command is named', async () => {
    const none = await scorecard();
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('Usage: scorecard [options] [command]');
  });

  it("refuses an unknown option or command with commander's error, the usage and exit code 2", async () => {
    const option = await scorecard('import-plan', 'phu-luc.txt', '--by', 'someone');
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/^error: unknown option '--by'/);
    expect(option.stderr).toContain('Usage: scorecard import-plan [options] <path...>');
    const command = await scorecard('token', 'make');
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/^error: unknown command 'make'/);
  });

  it('names a missing argument or required option, exit code 2, without opening a database', async () => {
    const db = join(temp, 'untouched.duckdb');
    const noId = await scorecard('token', 'revoke', '--db', db);
    expect(noId.code).toBe(2);
    expect(noId.stderr).toMatch(/^error: missing required argument 'id'/);
    const noRole = await scorecard('user', 'add', 'nguyen.van.a', '--db', db);
    expect(noRole.code).toBe(2);
    expect(noRole.stderr).toMatch(/^error: required option '--role <role>' not specified/);
    const noOut = await scorecard('publish', '--db', db);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/^error: required option '--out <file>' not specified/);
    expect(existsSync(db)).toBe(false);
  });

  it('refuses a value that is not a number, naming the option, the value and the fix', async () => {
    const result = await scorecard('generate-ledger', '--out', join(temp, 'ledger'), '--months', 'ba');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "error: option '--months <m>' argument 'ba' is invalid. Give a whole number from 1 to 240.",
    );
    expect(existsSync(join(temp, 'ledger'))).toBe(false);
  });

  it('refuses an invalid setting as the server would, before any file is made', async () => {
    const db = join(temp, 'never.duckdb');
    const result = await scorecard('user', 'add', 'a.b', '--role', 'analyst', '--db', db, '--url', 'ftp://bhxh.vn');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('SCORECARD_PUBLIC_URL / --url = "ftp://bhxh.vn": must be an http(s) address');
    expect(existsSync(db)).toBe(false);
  });

  it('runs a command against a DuckDB file: a token made, then listed', async () => {
    const db = join(temp, 'tokens.duckdb');
    const made = await scorecard('token', 'create', '--role', 'analyst', '--label', 'bao-cao', '--db', db, '--json');
    expect(made.code, made.stderr).toBe(0);
    const { id, role } = JSON.parse(made.stdout) as { id: string; role: string };
    expect(role).toBe('analyst');
    const list = await scorecard('token', 'list', '--db', db);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`^${id} +bao-cao +analyst`, 'm'));
  });
});
