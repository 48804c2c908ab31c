import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';

// The compliance funnel over HTTP, on the synthetic cases loaded with the sample data: the nation is the sum of
// its provinces, nothing is counted before the first list, and a province's staff see their own province only.
type Funnel = {
  cases: number;
  overdue: number;
  registered: number;
  partlyRegistered: number;
  closed: number;
  workersRegistered: number;
  synthetic: boolean;
  province: { code: string } | null;
  steps: { step: string; form: string | null; reached: number }[];
};
const FIELDS =
  'cases overdue registered partlyRegistered closed workersRegistered synthetic province { code } steps { step form reached }';

describe('compliance funnel', () => {
  const temp = tempDir('scorecard-compliance-');
  let server: RunningServer;
  const funnel = async (args: string, spec = 'leadership') => {
    const answer = await graphql<{ complianceFunnel: Funnel }>(
      server.url,
      `{ complianceFunnel(${args}) { ${FIELDS} } }`,
      {},
      { token: server.tokens[spec]! },
    );
    return answer;
  };

  beforeAll(async () => {
    server = await startServer({
      dbPath: join(temp.dir, 'compliance.duckdb'),
      tokens: ['leadership', 'director:12', 'officer:01', 'officer:12'],
    });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  it('counts the nation as the sum of its 63 provinces, step by step', async () => {
    const nation = (await funnel('asOf: "2023-12-31"')).data!.complianceFunnel;
    expect(nation.province).toBeNull();
    expect(nation.synthetic).toBe(true);
    expect(nation.cases).toBeGreaterThan(100);
    expect(nation.steps.map((s) => s.step)).toEqual([
      'LIST_RECEIVED',
      'ENTERED',
      'NOTICE_SENT',
      'CONFERENCE_INVITED',
      'CONFERENCE_HELD',
      'INSPECTION_SCHEDULED',
      'INSPECTION_DONE',
      'SPECIALISED_INSPECTION',
      'POLICE_REFERRAL',
    ]);
    expect(nation.steps.find((s) => s.step === 'NOTICE_SENT')!.form).toBe('04-KT');
    // A funnel narrows: no step is reached by more cases than the one before it.
    for (let i = 1; i < nation.steps.length; i += 1)
      expect(nation.steps[i]!.reached).toBeLessThanOrEqual(nation.steps[i - 1]!.reached);
    expect(nation.steps[0]!.reached).toBe(nation.cases);

    const codes = await graphql<{ provinces: { code: string }[] }>(
      server.url,
      '{ provinces { code } }',
      {},
      {
        token: server.tokens['leadership']!,
      },
    );
    const known: Funnel[] = [];
    for (const { code } of codes.data!.provinces) {
      const answer = await funnel(`asOf: "2023-12-31", province: "${code}"`);
      expect(answer.errors, code).toBeUndefined();
      known.push(answer.data!.complianceFunnel);
    }
    expect(known).toHaveLength(63);
    const sum = (pick: (f: Funnel) => number) => known.reduce((total, f) => total + pick(f), 0);
    for (const key of ['cases', 'overdue', 'registered', 'partlyRegistered', 'closed', 'workersRegistered'] as const)
      expect(
        sum((f) => f[key]),
        key,
      ).toBe(nation[key]);
    nation.steps.forEach((step, i) =>
      expect(
        sum((f) => f.steps[i]!.reached),
        step.step,
      ).toBe(step.reached),
    );
  });

  it('gives the days the cases cover: from the first list to the last step', async () => {
    const range = await graphql<{ complianceDataRange: { from: string; to: string } }>(
      server.url,
      '{ complianceDataRange { from to } }',
      {},
      { token: server.tokens['leadership']! },
    );
    expect(range.data!.complianceDataRange).toEqual({ from: '2021-09-06', to: '2023-12-31' });
  });

  it('counts nothing before the first list, and fewer cases earlier than later', async () => {
    const before = (await funnel('asOf: "2021-09-05"')).data!.complianceFunnel;
    expect(before.cases).toBe(0);
    expect(before.steps.every((s) => s.reached === 0)).toBe(true);
    const mid = (await funnel('asOf: "2022-12-31"')).data!.complianceFunnel;
    const end = (await funnel('asOf: "2023-12-31"')).data!.complianceFunnel;
    expect(mid.cases).toBeGreaterThan(0);
    expect(mid.cases).toBeLessThan(end.cases);
  });

  it("gives a province's director their own province, by default or by name, and refuses another", async () => {
    const own = (await funnel('asOf: "2023-12-31"', 'director:12')).data!.complianceFunnel;
    expect(own.province).toEqual({ code: '12' });
    const byName = (await funnel('asOf: "2023-12-31", province: "Lai Châu"', 'director:12')).data!.complianceFunnel;
    expect(byName).toEqual(own);
    const other = await funnel('asOf: "2023-12-31", province: "01"', 'director:12');
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('records three steps of a case as its province officer, and the funnel moves with them', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const waiting = await graphql<{
      complianceCases: { totalCount: number; edges: { node: { id: string; steps: { on: string }[] } }[] };
    }>(
      server.url,
      `{ complianceCases(asOf: "${today}", province: "01", waitingFor: NOTICE_SENT, first: 1) { totalCount edges { node { id steps { on } } } } }`,
      {},
      { token: server.tokens['officer:01']! },
    );
    expect(waiting.errors).toBeUndefined();
    const target = waiting.data!.complianceCases.edges[0]!.node;
    const lastOn = target.steps.at(-1)!.on;
    const before = (await funnel(`asOf: "${today}", province: "01"`)).data!.complianceFunnel;
    const record = (step: string, on: string, spec = 'officer:01') =>
      graphql<{
        recordComplianceStep: { next: { step: string } | null; steps: { step: string; form: string | null }[] };
      }>(
        server.url,
        `mutation { recordComplianceStep(caseId: "${target.id}", step: ${step}, on: "${on}", document: "12/TB-BHXH") { next { step } steps { step form } } }`,
        {},
        { token: server.tokens[spec]! },
      );
    // Another province's officer may not touch it; a date before the last step is refused; nothing is written.
    expect((await record('NOTICE_SENT', today, 'officer:12')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const early = await record('NOTICE_SENT', '2020-01-01');
    expect(early.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(early.errors?.[0]?.message).toContain('cannot be recorded');

    const notice = await record('NOTICE_SENT', lastOn);
    expect(notice.errors).toBeUndefined();
    expect(notice.data!.recordComplianceStep.next).toEqual({ step: 'CONFERENCE_HELD' });
    expect(notice.data!.recordComplianceStep.steps.at(-1)).toEqual({ step: 'NOTICE_SENT', form: '04-KT' });
    expect((await record('CONFERENCE_INVITED', today)).errors).toBeUndefined();
    const held = await record('CONFERENCE_HELD', today);
    expect(held.errors).toBeUndefined();
    expect(held.data!.recordComplianceStep.next).toEqual({ step: 'INSPECTION_SCHEDULED' });

    const after = (await funnel(`asOf: "${today}", province: "01"`)).data!.complianceFunnel;
    const reached = (f: Funnel, step: string) => f.steps.find((s) => s.step === step)!.reached;
    expect(reached(after, 'NOTICE_SENT')).toBe(reached(before, 'NOTICE_SENT') + 1);
    expect(reached(after, 'CONFERENCE_HELD')).toBe(reached(before, 'CONFERENCE_HELD') + 1);
    expect(after.cases).toBe(before.cases);
    // The audit log has the three steps.
    const audit = await graphql<{ auditLog: { totalCount: number } }>(
      server.url,
      '{ auditLog(action: "compliance.record") { totalCount } }',
      {},
      { token: server.tokens['leadership']! },
    );
    expect(audit.data!.auditLog.totalCount).toBe(3);
  });
});
