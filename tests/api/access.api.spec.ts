import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WarehouseDatabase } from '@scorecard/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REPO_ROOT,
  graphql,
  sessionCookieOf,
  signIn,
  startServer,
  tempDir,
  type RunningServer,
} from '../support/scorecard-server';
import { outcome } from '../support/import-outcome';

// The access scenarios the agency relies on, over HTTP against the built server: a provincial director who still
// sees all 63 ranks, a typo that waits for approval instead of becoming the national figure, tokens that stop when
// revoked or expired, and a recorded sender that comes from the session or token, never from an argument.
const PLAN = '2800-KH-BHXH-2021';
const AS_OF = '2021-10-31';

type RankRow = {
  rank: number | null;
  province: { code: string };
  actual: number | null;
  pending: { value: number; submissionId: string } | null;
};

describe('access over HTTP', () => {
  const temp = tempDir('scorecard-access-');
  const dbPath = join(temp.dir, 'access.duckdb');
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({
      dbPath,
      env: { SCORECARD_LEDGER_EMPLOYERS: '3000' },
      tokens: ['data-officer', 'director:12', 'officer:12', 'leadership', 'analyst', 'director:01'],
    });
  });
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  const as = (role: string) => ({ token: server.tokens[role] });
  const ranking = async (role = 'leadership') =>
    (
      await graphql<{ ranking: RankRow[] }>(
        server.url,
        `{ ranking(planId: "${PLAN}", metric: "outreach_conferences", asOf: "${AS_OF}") { rank province { code } actual pending { value submissionId } } }`,
        {},
        as(role),
      )
    ).data!.ranking;
  const national = async () =>
    (
      await graphql<{ nationalAttainment: { actual: number } }>(
        server.url,
        `{ nationalAttainment(planId: "${PLAN}", metric: "outreach_conferences", asOf: "${AS_OF}") { actual } }`,
        {},
        as('leadership'),
      )
    ).data!.nationalAttainment.actual;
  const submit = (role: string, value: number, metric = 'outreach_conferences') =>
    graphql<{ submitReport: { rowsStored: number; state: string; approvalRequired: string; submissionId: string } }>(
      server.url,
      `mutation { submitReport(planId: "${PLAN}", province: "12", reportDate: "${AS_OF}", values: [{ metric: "${metric}", value: ${value} }]) ${outcome('ActualImportResult', 'rowsStored state approvalRequired submissionId')} }`,
      {},
      as(role),
    );

  it('shows a director of Lai Châu all 63 ranks and Lai Châu’s employers, and refuses Hà Nội’s', async () => {
    const rows = await ranking('director:12');
    expect(rows).toHaveLength(63);
    expect(rows.filter((row) => row.rank !== null).length).toBeGreaterThan(50);
    const own = await graphql<{ employersInArrears: { totalCount: number } }>(
      server.url,
      '{ employersInArrears(province: "12") { totalCount } }',
      {},
      as('director:12'),
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.employersInArrears.totalCount).toBeGreaterThan(0);
    const other = await graphql(
      server.url,
      '{ employersInArrears(province: "01") { totalCount } }',
      {},
      as('director:12'),
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps a report above three period quotas pending: ranks and national total unchanged until headquarters approves', async () => {
    const before = await ranking();
    const nationalBefore = await national();
    const laiChauBefore = before.find((row) => row.province.code === '12')!;

    const sent = await submit('officer:12', 99_999);
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.submitReport).toMatchObject({
      rowsStored: 1,
      state: 'PENDING',
      approvalRequired: 'HEADQUARTERS',
    });
    const id = sent.data!.submitReport.submissionId;

    const during = await ranking();
    expect(during.map((row) => [row.province.code, row.rank, row.actual])).toEqual(
      before.map((row) => [row.province.code, row.rank, row.actual]),
    );
    expect(await national()).toBe(nationalBefore);
    expect(during.find((row) => row.province.code === '12')!.pending).toEqual({ value: 99_999, submissionId: id });
    // The waiting figure is Lai Châu's report history: its director sees it, Hà Nội's director does not.
    expect((await ranking('director:12')).find((row) => row.province.code === '12')!.pending).not.toBeNull();
    expect((await ranking('director:01')).find((row) => row.province.code === '12')!.pending).toBeNull();

    // The province's director may not approve what trips a data-quality rule; headquarters may.
    const byDirector = await graphql(
      server.url,
      `mutation { approveReport(id: "${id}") { state } }`,
      {},
      as('director:12'),
    );
    expect(byDirector.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const approved = await graphql<{ approveReport: { state: string; decidedBy: string } }>(
      server.url,
      `mutation { approveReport(id: "${id}") { state decidedBy } }`,
      {},
      as('data-officer'),
    );
    expect(approved.data!.approveReport.state).toBe('APPROVED');
    expect(approved.data!.approveReport.decidedBy).toBe(`token:${server.tokens['data-officer']!.split('_')[1]}`);

    const after = await ranking();
    const laiChau = after.find((row) => row.province.code === '12')!;
    expect(laiChau).toMatchObject({ rank: 1, actual: 99_999, pending: null });
    expect(laiChauBefore.actual).not.toBe(99_999);
    expect(await national()).toBeCloseTo(nationalBefore - (laiChauBefore.actual ?? 0) + 99_999, 6);
    const again = await graphql(
      server.url,
      `mutation { approveReport(id: "${id}") { state } }`,
      {},
      as('data-officer'),
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('leaves ranks and the national total unchanged when a pending report is rejected, and keeps it visible', async () => {
    const before = await ranking();
    const nationalBefore = await national();
    const sent = await submit('officer:12', 7);
    // 7 is below the approved 99.999: a falling cumulative value, for headquarters.
    expect(sent.data!.submitReport.approvalRequired).toBe('HEADQUARTERS');
    const id = sent.data!.submitReport.submissionId;
    const noReason = await graphql(
      server.url,
      `mutation { rejectReport(id: "${id}", reason: " ") { state } }`,
      {},
      as('data-officer'),
    );
    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const rejected = await graphql<{ rejectReport: { state: string; reason: string } }>(
      server.url,
      `mutation { rejectReport(id: "${id}", reason: "Số liệu giảm so với kỳ trước") { state reason } }`,
      {},
      as('data-officer'),
    );
    expect(rejected.data!.rejectReport).toEqual({ state: 'REJECTED', reason: 'Số liệu giảm so với kỳ trước' });
    expect((await ranking()).map((row) => [row.province.code, row.rank, row.actual, row.pending])).toEqual(
      before.map((row) => [row.province.code, row.rank, row.actual, row.pending]),
    );
    expect(await national()).toBe(nationalBefore);
    const listed = await graphql<{ reportSubmissions: { edges: { node: { id: string; state: string } }[] } }>(
      server.url,
      `{ reportSubmissions(planId: "${PLAN}", state: REJECTED) { edges { node { id state } } } }`,
      {},
      as('director:12'),
    );
    expect(listed.data!.reportSubmissions.edges.map((edge) => edge.node)).toContainEqual({ id, state: 'REJECTED' });
  });

  it('lets the director approve a clean report of an officer, and counts a director’s own clean report at once', async () => {
    const sent = await submit('officer:12', 120_000, 'dev_health_insurance');
    expect(sent.data!.submitReport).toMatchObject({ state: 'PENDING', approvalRequired: 'DIRECTOR' });
    const approved = await graphql<{ approveReport: { state: string } }>(
      server.url,
      `mutation { approveReport(id: "${sent.data!.submitReport.submissionId}") { state } }`,
      {},
      as('director:12'),
    );
    expect(approved.data!.approveReport.state).toBe('APPROVED');
    const own = await submit('director:12', 120_500, 'dev_health_insurance');
    expect(own.data!.submitReport).toMatchObject({ state: 'APPROVED', approvalRequired: 'NONE' });
  });

  it('records the sender from the session and the importer from the token, never from an argument', async () => {
    const cookie = await signIn(server.url, 'demo', { login: 'demo.cb-lai-chau' });
    const typed = await graphql(
      server.url,
      `mutation { submitReport(planId: "${PLAN}", province: "12", reportDate: "${AS_OF}", submittedBy: "Giám đốc", values: [{ metric: "revenue", value: 1 }]) ${outcome('ActualImportResult', 'rowsStored')} }`,
      {},
      { cookie },
    );
    expect(typed.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const sent = await graphql<{ submitReport: { submissionId: string } }>(
      server.url,
      `mutation { submitReport(planId: "${PLAN}", province: "12", reportDate: "${AS_OF}", values: [{ metric: "tax_data_reviews", value: 40 }]) ${outcome('ActualImportResult', 'submissionId')} }`,
      {},
      { cookie },
    );
    expect(sent.errors).toBeUndefined();
    const history = await graphql<{
      actualHistory: {
        points: { reportDate: string; revisions: { source: string; submittedBy: string; state: string }[] }[];
      };
    }>(
      server.url,
      `{ actualHistory(planId: "${PLAN}", province: "12", metric: "tax_data_reviews") { points { reportDate revisions { source submittedBy state } } } }`,
      {},
      { cookie },
    );
    const revisions = history.data!.actualHistory.points.find((p) => p.reportDate === AS_OF)!.revisions;
    expect(revisions.at(-1)).toEqual({
      source: 'form:demo.cb-lai-chau',
      submittedBy: 'demo.cb-lai-chau',
      state: 'PENDING',
    });

    // A corrected appendix 05 (Hà Nội's total 2,652 → 2,653) imported with the data officer's token.
    const table = readFileSync(join(REPO_ROOT, 'data/plans/2800-KH-BHXH-2021/appendix-05.txt'), 'utf8').replace(
      '1\tHà Nội\t2,652',
      '1\tHà Nội\t2,653',
    );
    const imported = await graphql<{ importPlan: { version: number; created: boolean } }>(
      server.url,
      `mutation($files: [PlanFileInput!]!) { importPlan(planId: "${PLAN}", files: $files) ${outcome('PlanImportResult', 'version created')} }`,
      { files: [{ name: 'phu-luc-05-sua.txt', contentBase64: Buffer.from(table, 'utf8').toString('base64') }] },
      as('data-officer'),
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importPlan).toMatchObject({ version: 2, created: true });
    const versions = await graphql<{ plan: { versions: { importedBy: string }[] } }>(
      server.url,
      `{ plan(id: "${PLAN}") { versions { importedBy } } }`,
      {},
      as('analyst'),
    );
    expect(versions.data!.plan.versions.at(-1)!.importedBy).toBe(
      `token:${server.tokens['data-officer']!.split('_')[1]}`,
    );
    const audit = await graphql<{
      auditLog: { edges: { node: { action: string; actor: string; outcome: string; origin: string } }[] };
    }>(server.url, '{ auditLog(first: 200) { edges { node { action actor outcome origin } } } }', {}, as('leadership'));
    const events = audit.data!.auditLog.edges.map((edge) => edge.node);
    expect(events).toContainEqual({
      action: 'report.submit',
      actor: 'demo.cb-lai-chau',
      outcome: 'OK',
      origin: '127.0.0.1',
    });
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['report.approve', 'report.reject', 'auth.sign-in', 'plan.import']),
    );
    expect(events.find((e) => e.action === 'plan.import')!.actor).toBe(
      `token:${server.tokens['data-officer']!.split('_')[1]}`,
    );
  });

  it('signs a new account in with its one-time link, sets a password, signs out, and locks after repeated failures', async () => {
    const created = await graphql<{ createAccount: { signInLink: string } }>(
      server.url,
      'mutation { createAccount(login: "gd.laichau", displayName: "Nguyễn Văn Lai", role: DIRECTOR, provinceCode: "12") { signInLink } }',
      {},
      as('data-officer'),
    );
    const link = new URL(created.data!.createAccount.signInLink);
    const opened = await fetch(`${server.url}${link.pathname}${link.search}`, { redirect: 'manual' });
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe('/doi-mat-khau');
    const cookie = sessionCookieOf(opened);
    expect(opened.headers.getSetCookie().join(';')).toMatch(/HttpOnly.*SameSite=Strict|SameSite=Strict.*HttpOnly/);
    const reused = await fetch(`${server.url}${link.pathname}${link.search}`, { redirect: 'manual' });
    expect(reused.headers.get('location')).toBe('/dang-nhap?loi=lien-ket');

    const me = await graphql<{ me: { mustChangePassword: boolean; home: string } }>(
      server.url,
      '{ me { mustChangePassword home } }',
      {},
      { cookie },
    );
    expect(me.data!.me).toEqual({ mustChangePassword: true, home: '/tinh/12' });
    const set = await fetch(`${server.url}/auth/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ next: 'Lai-Chau-bao-cao-2021' }),
    });
    expect(set.status).toBe(200);
    const out = await fetch(`${server.url}/auth/sign-out`, { method: 'POST', headers: { cookie } });
    expect(out.status).toBe(200);
    const afterOut = await graphql(server.url, '{ me { role } }', {}, { cookie });
    expect(afterOut.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const fresh = await signIn(server.url, 'sign-in', { login: 'gd.laichau', password: 'Lai-Chau-bao-cao-2021' });
    const who = await graphql<{ me: { login: string; role: string; province: { code: string } } }>(
      server.url,
      '{ me { login role province { code } } }',
      {},
      { cookie: fresh },
    );
    expect(who.data!.me).toEqual({ login: 'gd.laichau', role: 'DIRECTOR', province: { code: '12' } });

    const attempt = (password: string) =>
      fetch(`${server.url}/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'gd.laichau', password }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await attempt('sai-mat-khau')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const locked = await attempt('Lai-Chau-bao-cao-2021');
    expect(locked.status).toBe(423);
    const lockedBody = (await locked.json()) as { message: string; messageVi: string };
    expect(lockedBody.message).toContain('locked');
    expect(lockedBody.messageVi).toContain('tạm khóa');
    // Beyond ten tries a minute for one login from one address, the rate limit answers; other logins still pass.
    let limited: Response = locked;
    for (let i = 0; i < 5 && limited.status !== 429; i += 1) limited = await attempt('sai-mat-khau');
    expect(limited.status).toBe(429);
    expect(((await limited.json()) as { message: string }).message).toContain('Quá nhiều lần thử');
    const other = await fetch(`${server.url}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'nobody', password: 'x' }),
    });
    expect(other.status).toBe(401);
  });

  it('lets a token work until it is revoked, and stores only its hash', async () => {
    const created = await graphql<{ createApiToken: { token: string; apiToken: { id: string; role: string } } }>(
      server.url,
      'mutation { createApiToken(label: "Power BI", expiresInDays: 30) { token apiToken { id role } } }',
      {},
      as('analyst'),
    );
    const { token, apiToken } = created.data!.createApiToken;
    expect(apiToken.role).toBe('ANALYST');
    expect((await graphql(server.url, '{ me { role } }', {}, { token })).errors).toBeUndefined();
    const revoked = await graphql(
      server.url,
      `mutation { revokeApiToken(id: "${apiToken.id}") { active } }`,
      {},
      { token },
    );
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data).toEqual({ revokeApiToken: { active: false } });
    const after = await graphql(server.url, '{ me { role } }', {}, { token });
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stops an expired token, and no token, session id or link is stored in clear', async () => {
    const analyst = server.tokens.analyst!;
    await server.stop();
    const db = await WarehouseDatabase.open(dbPath);
    try {
      await db.all("UPDATE api_token SET expires_at = TIMESTAMP '2021-01-01' WHERE id = $id", {
        id: analyst.split('_')[1]!,
      });
      const dump = JSON.stringify(
        await Promise.all(
          ['api_token', 'auth_session', 'sign_in_link', 'audit_event'].map((table) => db.all(`SELECT * FROM ${table}`)),
        ),
        (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value),
      );
      for (const secret of Object.values(server.tokens))
        expect(dump).not.toContain(secret.slice('bhxh_000000000000_'.length));
    } finally {
      db.close();
    }
    server = await startServer({ dbPath, env: { SCORECARD_LEDGER_EMPLOYERS: '3000' }, tokens: ['leadership'] });
    const expired = await graphql(server.url, '{ me { role } }', {}, { token: analyst });
    expect(expired.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
