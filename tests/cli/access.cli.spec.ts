import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PlanRepository, ReferenceRepository, WarehouseDatabase } from '@scorecard/warehouse';
import { runCli } from '../support/scorecard-cli';
import { tempDir } from '../support/scorecard-server';

const TOKEN_LINE = /^bhxh_[0-9a-f]{12}_[A-Za-z0-9_-]{43}\n$/;

type TokenEntry = { id: string; role: string; province: string | null; owner: string | null; revokedAt: string | null };
type AccountEntry = { login: string; displayName: string; role: string; province: string | null; passwordSet: boolean };

/** Every stored value of every table, one text per row, to look for secrets in. */
async function everyRowAsText(db: WarehouseDatabase): Promise<string[]> {
  const tables = await db.all<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name",
  );
  const rows: string[] = [];
  for (const { table_name: table } of tables) {
    // Table names come from the catalogue just read, not from input.
    const texts = await db.all<{ row: string }>(`SELECT CAST(t AS VARCHAR) AS row FROM "${table}" AS t`);
    rows.push(...texts.map((text) => `${table}: ${text.row}`));
  }
  return rows;
}

describe('npx scorecard token / user', () => {
  const temp = tempDir('scorecard-cli-access-');
  const db = join(temp.dir, 'new', 'access.duckdb');
  const tokens: string[] = [];
  const links: string[] = [];
  afterAll(() => temp.remove());

  it('makes a token on a database file that does not exist yet and prints only the token', async () => {
    expect(existsSync(db)).toBe(false);
    const result = await runCli(['token', 'create', '--db', db, '--role', 'analyst']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(TOKEN_LINE);
    expect(existsSync(db)).toBe(true);
    tokens.push(result.stdout.trim());
  });

  it('makes a provincial director’s token for its province', async () => {
    const result = await runCli(['token', 'create', '--db', db, '--role', 'director', '--province', '12']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(TOKEN_LINE);
    tokens.push(result.stdout.trim());
    expect(tokens[1]).not.toBe(tokens[0]);
  });

  it('refuses a director without a province and an unknown role, naming the value, with nothing on stdout', async () => {
    const noProvince = await runCli(['token', 'create', '--db', db, '--role', 'director']);
    expect(noProvince.code).not.toBe(0);
    expect(noProvince.stdout).toBe('');
    expect(noProvince.stderr).toMatch(/"director" is bound to one province/);

    const boss = await runCli(['token', 'create', '--db', db, '--role', 'boss']);
    expect(boss.code).not.toBe(0);
    expect(boss.stdout).toBe('');
    expect(boss.stderr).toMatch(/"boss": use one of leadership, data-officer, director, officer, analyst/);

    const unknownProvince = await runCli(['token', 'create', '--db', db, '--role', 'officer', '--province', '99']);
    expect(unknownProvince.code).toBe(1);
    expect(unknownProvince.stdout).toBe('');
    expect(unknownProvince.stderr).toMatch(/province "99" is not a province code/);

    // Refused before the database is opened: a wrong command creates no file.
    const elsewhere = join(temp.dir, 'never.duckdb');
    expect((await runCli(['token', 'create', '--db', elsewhere, '--role', 'boss'])).code).toBe(1);
    expect(existsSync(elsewhere)).toBe(false);
  });

  it('lists both tokens without their secrets, and shows a revoked one as revoked', async () => {
    const ids = tokens.map((token) => token.split('_')[1]!);
    const text = await runCli(['token', 'list', '--db', db]);
    expect(text.code).toBe(0);
    for (const id of ids) expect(text.stdout).toContain(id);
    for (const token of tokens) expect(text.stdout).not.toContain(token.slice(18));

    const revoke = await runCli(['token', 'revoke', ids[0]!, '--db', db]);
    expect(revoke.code).toBe(0);
    expect(revoke.stdout).toContain(`Token ${ids[0]}`);

    const json = await runCli(['token', 'list', '--db', db, '--json']);
    expect(json.code).toBe(0);
    for (const token of tokens) expect(json.stdout).not.toContain(token.slice(18));
    const listed = JSON.parse(json.stdout) as TokenEntry[];
    expect(listed.map((t) => [t.id, t.role, t.province, t.owner, t.revokedAt !== null]).sort()).toEqual(
      [
        [ids[0], 'analyst', null, null, true],
        [ids[1], 'director', '12', null, false],
      ].sort(),
    );
    expect((await runCli(['token', 'list', '--db', db])).stdout).toMatch(
      new RegExp(`^${ids[0]} .* by cli:\\S+@\\S+$`, 'm'),
    );

    const unknown = await runCli(['token', 'revoke', '0123456789ab', '--db', db]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('there is no token "0123456789ab"');
  });

  it('adds an account with a one-time sign-in link, refuses the same login twice, and resets it with a new link', async () => {
    const add = await runCli([
      'user',
      'add',
      'nguyen.van.a',
      '--role',
      'officer',
      '--province',
      '12',
      '--name',
      'Nguyễn Văn A',
      '--db',
      db,
      '--url',
      'https://scorecard.example.vn/',
    ]);
    expect(add.code).toBe(0);
    const link = add.stdout.match(/^https:\/\/scorecard\.example\.vn\/auth\/link\?t=([A-Za-z0-9_-]{43})$/m);
    expect(link, add.stdout).not.toBeNull();
    links.push(link![1]!);

    const again = await runCli(['user', 'add', 'Nguyen.Van.A', '--role', 'analyst', '--db', db]);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('the login "nguyen.van.a" is taken');

    const list = await runCli(['user', 'list', '--db', db, '--json']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout) as AccountEntry[]).toEqual([
      expect.objectContaining({
        login: 'nguyen.van.a',
        displayName: 'Nguyễn Văn A',
        role: 'officer',
        province: '12',
        passwordSet: false,
      }),
    ]);
    expect((await runCli(['user', 'list', '--db', db])).stdout).toMatch(
      /^nguyen\.van\.a +Nguyễn Văn A +officer +12 +person +no +no +-$/m,
    );

    const reset = await runCli(['user', 'reset', 'nguyen.van.a', '--db', db]);
    expect(reset.code).toBe(0);
    const next = reset.stdout.match(/^http:\/\/localhost:3000\/auth\/link\?t=([A-Za-z0-9_-]{43})$/m);
    expect(next, reset.stdout).not.toBeNull();
    expect(next![1]).not.toBe(links[0]);
    links.push(next![1]!);

    const nobody = await runCli(['user', 'reset', 'nobody', '--db', db]);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toContain('there is no account "nobody"');
  });

  it('stores only hashes of tokens and links, the provinces but no plan, and audits the command line as the actor', async () => {
    const warehouse = await WarehouseDatabase.open(db);
    try {
      const stored = await everyRowAsText(warehouse);
      for (const token of tokens) {
        expect(stored.filter((row) => row.includes(token.slice(18)))).toEqual([]);
        const hash = createHash('sha256').update(token).digest('hex');
        expect(await warehouse.all('SELECT id FROM api_token WHERE token_hash = $hash', { hash })).toEqual([
          { id: token.split('_')[1] },
        ]);
      }
      for (const secret of links) expect(stored.filter((row) => row.includes(secret))).toEqual([]);

      expect(await new ReferenceRepository(warehouse).provinces()).toHaveLength(63);
      expect(await new PlanRepository(warehouse).list()).toEqual([]);

      const audit = await warehouse.all<{ action: string; actor: string; via: string }>(
        "SELECT action, actor, via FROM audit_event WHERE action IN ('token.create', 'token.revoke', 'account.create')",
      );
      expect(audit.map((event) => event.action).sort()).toEqual([
        'account.create',
        'token.create',
        'token.create',
        'token.revoke',
      ]);
      for (const event of audit) {
        expect(event.actor).toMatch(/^cli:\S+@\S+$/);
        expect(event.via).toBe('cli');
      }
    } finally {
      warehouse.close();
    }
  });

  it('says the database is in use, exit code 3, while another process holds it', async () => {
    const warehouse = await WarehouseDatabase.open(db);
    try {
      const result = await runCli(['token', 'create', '--db', db, '--role', 'analyst']);
      expect(result.code).toBe(3);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('is in use by another process');
    } finally {
      warehouse.close();
    }
  });

  it('explains wrong usage with exit code 2', async () => {
    const noRole = await runCli(['token', 'create', '--db', db]);
    expect(noRole.code).toBe(2);
    expect(noRole.stdout).toBe('');
    expect(noRole.stderr).toContain('Usage: scorecard token create');
    const badDays = await runCli(['token', 'create', '--db', db, '--role', 'analyst', '--expires-days', 'soon']);
    expect(badDays.code).toBe(2);
    expect(badDays.stderr).toContain('--expires-days "soon"');
    expect((await runCli(['user', 'frobnicate'])).code).toBe(2);
  });
});
