import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTokens, firstStart } from '../support/demo-accounts';
import { graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';
import { until } from '../support/smtp-sink';

// Headquarters' alert thresholds with their history, and each user's choice of alerts, over HTTP: who may set
// them, what is refused, and what a change does to the alerts raised next. And the catching up after a stop: the
// report dates that ended while the server was down are evaluated at the next start.

const PLAN = '2800-KH-BHXH-2021';
const PLAN_2026 = 'KH-2026-34-MAU';

/** Runs statements on the database file of a stopped server; returns the rows of the last. */
async function onFile(path: string, ...statements: string[]): Promise<unknown[][]> {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  try {
    let rows: unknown[][] = [];
    for (const statement of statements) rows = (await connection.runAndReadAll(statement)).getRowsJS();
    return rows;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
const ALERTS_OF_15_NOV = `SELECT count(*) FROM alert WHERE plan_id = '${PLAN_2026}' AND date = DATE '2026-11-15'`;
type Thresholds = {
  planId: string | null;
  version: number;
  rankDrop: number;
  paceMultiple: number;
  latePaymentRatio: number;
  approvalWaitDays: number;
  inherited: string[];
  setBy: string | null;
  note: string;
};
const FIELDS = 'planId version rankDrop paceMultiple latePaymentRatio approvalWaitDays inherited setBy note';
type Item = { id: string; kind: string; provinceCode: string | null; subject: string; date: string };

describe('alert thresholds and choices', () => {
  const temp = tempDir('scorecard-alert-settings-');
  const dbPath = join(temp.dir, 'settings.duckdb');
  let server: RunningServer;
  let leadership: string;
  let director: string;
  let script: string;
  let alertsOf15NovAtFirstStart: number;
  const call = <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(server.url, query, variables, { token });
  const inForce = async (planId: string | null) => {
    const answer = await call<{ alertThresholds: Thresholds }>(
      leadership,
      `query($planId: String) { alertThresholds(planId: $planId) { ${FIELDS} } }`,
      { planId },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.alertThresholds;
  };
  const set = (args: string) =>
    call<{ setAlertThresholds: Thresholds }>(leadership, `mutation { setAlertThresholds(${args}) { ${FIELDS} } }`);
  const list = async (token: string) => {
    const answer = await call<{ notifications: { items: Item[] } }>(
      token,
      '{ notifications(first: 100) { items { id kind provinceCode subject date } } }',
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.notifications.items;
  };

  beforeAll(async () => {
    await firstStart(dbPath);
    // As if the server had last evaluated the 2026 plan's report date of 31/10 and been down since.
    alertsOf15NovAtFirstStart = Number((await onFile(dbPath, ALERTS_OF_15_NOV))[0]![0]);
    await onFile(
      dbPath,
      `DELETE FROM alert_evaluation WHERE plan_id = '${PLAN_2026}'`,
      `INSERT INTO alert_evaluation VALUES ('${PLAN_2026}', DATE '2026-10-31', TIMESTAMP '2026-11-01 00:00:00')`,
    );
    ({ leadership, directorHaNoi: director } = demoTokens(dbPath, ['leadership', 'directorHaNoi']));
    server = await startServer({ dbPath, tokens: ['analyst'] });
    script = server.tokens['analyst']!;
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  it('catches up on the report dates that ended while the server was down, and only those', async () => {
    // The first start evaluated the latest ended report date only (30/11): nothing of 15/11.
    expect(alertsOf15NovAtFirstStart).toBe(0);
    await server.stop();
    const [[caughtUp]] = (await onFile(dbPath, ALERTS_OF_15_NOV)) as [[bigint]];
    const evaluated = await onFile(
      dbPath,
      `SELECT strftime(report_date, '%Y-%m-%d') FROM alert_evaluation WHERE plan_id = '${PLAN_2026}' ORDER BY 1`,
    );
    server = await startServer({ dbPath, tokens: ['analyst'] });
    script = server.tokens['analyst']!;
    expect(Number(caughtUp)).toBeGreaterThan(0);
    expect(evaluated.map((row) => row[0])).toContain('2026-11-15');
    expect(evaluated.map((row) => row[0])).toContain('2026-10-31');
    // Nothing before the last date evaluated is evaluated again.
    expect(evaluated.map((row) => row[0])).not.toContain('2026-10-15');
  });

  it('starts on the defaults, every value inherited, and keeps thresholds from a director', async () => {
    expect(await inForce(null)).toMatchObject({
      version: 0,
      rankDrop: 5,
      paceMultiple: 1.5,
      latePaymentRatio: 0.0337,
      approvalWaitDays: 3,
      inherited: ['rankDrop', 'paceMultiple', 'latePaymentRatio', 'approvalWaitDays'],
    });
    const refused = await call(director, '{ alertThresholds { version } }');
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('refuses what is out of bounds, a plan-level late-payment threshold and a change without a reason', async () => {
    const reasons = async (args: string) => {
      const answer = await set(args);
      expect(answer.errors?.[0]?.extensions?.['reason']).toBe('INVALID_ARGUMENT');
      return answer.errors![0]!.message;
    };
    expect(await reasons(`planId: "${PLAN}", rankDrop: 0, note: "x"`)).toContain('rankDrop 0');
    expect(await reasons(`planId: "${PLAN}", latePaymentRatio: 0.05, note: "x"`)).toContain('agency-wide');
    expect(await reasons(`latePaymentRatio: 3.37, note: "x"`)).toContain('0.0337 for 3,37%');
    expect(await reasons(`planId: "${PLAN}", rankDrop: 3, note: "  "`)).toContain('note');
    expect((await inForce(PLAN)).version).toBe(0);
  });

  it('keeps each version with who set it and why; a plan takes what it does not set from agency-wide', async () => {
    const agency = await set('latePaymentRatio: 0.05, note: "Ngưỡng chậm đóng 5% cho năm 2026"');
    expect(agency.errors).toBeUndefined();
    expect(agency.data!.setAlertThresholds).toMatchObject({ planId: null, version: 1, latePaymentRatio: 0.05 });
    const plan = await set(`planId: "${PLAN}", rankDrop: 4, note: "Theo dõi sát hơn"`);
    expect(plan.data!.setAlertThresholds).toMatchObject({
      planId: PLAN,
      version: 1,
      rankDrop: 4,
      latePaymentRatio: 0.05,
      inherited: ['paceMultiple', 'latePaymentRatio', 'approvalWaitDays'],
      setBy: 'demo.lanh-dao',
    });
    await set(`planId: "${PLAN}", rankDrop: 3, approvalWaitDays: 2, note: "Sát hơn nữa"`);
    const history = await call<{
      alertThresholdHistory: { version: number; rankDrop: number; approvalWaitDays: number | null; note: string }[];
    }>(leadership, `{ alertThresholdHistory(planId: "${PLAN}") { version rankDrop approvalWaitDays note } }`);
    expect(history.data!.alertThresholdHistory).toEqual([
      { version: 2, rankDrop: 3, approvalWaitDays: 2, note: 'Sát hơn nữa' },
      { version: 1, rankDrop: 4, approvalWaitDays: null, note: 'Theo dõi sát hơn' },
    ]);
    const audit = await call<{ auditLog: { edges: { node: { target: string | null } }[] } }>(
      leadership,
      '{ auditLog(first: 5, action: "alerts.thresholds") { edges { node { target } } } }',
    );
    expect(audit.errors).toBeUndefined();
    expect(audit.data!.auditLog.edges.map((edge) => edge.node.target)).toEqual([
      `alert thresholds ${PLAN} v2`,
      `alert thresholds ${PLAN} v1`,
      'alert thresholds * v1',
    ]);
  });

  it('raises the rank drops the lower threshold finds, to those who chose them only', async () => {
    // The director keeps pace alerts only; leadership has made no choice (every kind of its role).
    const chose = await call<{ setMyAlertSettings: { kinds: string[]; digest: string; emailAvailable: boolean } }>(
      director,
      'mutation { setMyAlertSettings(kinds: [PACE_STRAIN], digest: NONE) { kinds digest emailAvailable } }',
    );
    expect(chose.data!.setMyAlertSettings).toEqual({ kinds: ['PACE_STRAIN'], digest: 'NONE', emailAvailable: false });
    const directorBefore = new Set((await list(director)).map((item) => item.id));
    const leadershipBefore = new Set((await list(leadership)).map((item) => item.id));
    await set(`planId: "${PLAN}", rankDrop: 1, note: "Mọi lần tụt hạng"`);
    let fresh: Item[] = [];
    await until(async () => {
      fresh = (await list(leadership)).filter((item) => !leadershipBefore.has(item.id));
      return fresh.some((item) => item.provinceCode === '01');
    }, 'new rank drops of Hà Nội for leadership');
    expect(fresh.every((item) => item.kind === 'RANK_DROP')).toBe(true);
    // Falls of 1 to 4 places are the new ones (5 or more were told before).
    for (const item of fresh) expect(item.subject).toMatch(/ tụt [1-4] bậc /);
    expect((await list(director)).filter((item) => !directorBefore.has(item.id))).toEqual([]);
  });

  it('gives a user their choices with the defaults of their role, and refuses what cannot be kept', async () => {
    const mine = await call<{ myAlertSettings: { kinds: string[]; availableKinds: string[]; version: number } }>(
      leadership,
      '{ myAlertSettings { kinds availableKinds version } }',
    );
    expect(mine.data!.myAlertSettings).toEqual({
      kinds: ['BAND_FELL', 'RANK_DROP', 'LATE_PAYMENT_HIGH', 'LATE_PAYMENT_RISING'],
      availableKinds: ['BAND_FELL', 'RANK_DROP', 'LATE_PAYMENT_HIGH', 'LATE_PAYMENT_RISING'],
      version: 0,
    });
    const noAddress = await call(
      leadership,
      'mutation { setMyAlertSettings(kinds: [RANK_DROP], digest: DAILY) { version } }',
    );
    expect(noAddress.errors?.[0]?.extensions?.['messageVi']).toBe(
      'Bản tin cần địa chỉ thư điện tử: ghi địa chỉ, hoặc chọn không nhận bản tin.',
    );
    const badAddress = await call(
      leadership,
      'mutation { setMyAlertSettings(kinds: [RANK_DROP], digest: DAILY, email: "lanh dao@bhxh") { version } }',
    );
    expect(badAddress.errors?.[0]?.message).toContain('"lanh dao@bhxh" is not an e-mail address');
    const noAccount = await call(script, '{ myAlertSettings { version } }');
    expect(noAccount.errors?.[0]?.message).toContain('a token made for a script has none');
  });
});
