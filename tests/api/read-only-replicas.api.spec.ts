import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/scorecard-cli';
import { graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';
import { outcome } from '../support/import-outcome';

// The way past one process: the working database is published as a copy (scorecard publish) and two server
// processes serve that one copy read-only at the same time (DuckDB lets several processes read a file nobody
// writes). Both answer exactly what the writer answered; a write sent to either is refused, not lost.
const PLAN = '2800-KH-BHXH-2021';
const RANKING = `{ ranking(planId: "${PLAN}", metric: "revenue", asOf: "2021-11-30") {
  rank province { code } actual targetToDate attainmentToDate status } }`;

describe('read-only servers on a published copy', () => {
  const temp = tempDir('scorecard-replicas-');
  const working = join(temp.dir, 'working.duckdb');
  const published = join(temp.dir, 'published', 'scorecard.duckdb');
  let analyst = '';
  let officer = '';
  let expected: unknown;
  const replicas: RunningServer[] = [];

  beforeAll(async () => {
    const writer = await startServer({
      dbPath: working,
      tokens: ['analyst', 'data-officer'],
      env: { SCORECARD_LEDGER_EMPLOYERS: '0' },
    });
    analyst = writer.tokens['analyst']!;
    officer = writer.tokens['data-officer']!;
    const answer = await graphql(writer.url, RANKING, {}, { token: analyst });
    expect(answer.errors).toBeUndefined();
    expected = answer.data;
    await writer.stop();

    const publish = await runCli(['publish', '--db', working, '--out', published, '--json']);
    expect(publish.stderr).toBe('');
    expect(publish.code).toBe(0);
    expect(JSON.parse(publish.stdout)).toMatchObject({ published });

    for (let i = 0; i < 2; i += 1)
      replicas.push(await startServer({ dbPath: published, tokens: [], env: { SCORECARD_READ_ONLY: 'on' } }));
  });
  afterAll(async () => {
    for (const replica of replicas) await replica.stop();
    temp.remove();
  });

  it('serves the same answers from two processes at once', async () => {
    const answers = await Promise.all(replicas.map((replica) => graphql(replica.url, RANKING, {}, { token: analyst })));
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(expected);
    }
  });

  it('refuses a write on either, saying where writes go', async () => {
    const csv = 'province,metric,report_date,value\n01,revenue,2021-12-15,1000\n';
    for (const replica of replicas) {
      const answer = await graphql(
        replica.url,
        `mutation($files: [PlanFileInput!]!) { importActuals(planId: "${PLAN}", files: $files) ${outcome('ActualImportResult', 'rowsStored')} }`,
        { files: [{ name: 'a.csv', contentBase64: Buffer.from(csv).toString('base64') }] },
        { token: officer },
      );
      expect(answer.data).toBeNull();
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'READ_ONLY' });
      expect(answer.errors?.[0]?.message).toContain('read-only');
    }
  });

  it('keeps the command line from writing the copy while they serve it', async () => {
    const result = await runCli(['token', 'create', '--db', published, '--role', 'analyst', '--label', 'x']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/in use by another process/);
  });

  it('refuses to serve a file that is not a published copy of this version', async () => {
    const missing = await startServer({
      dbPath: join(temp.dir, 'nothing.duckdb'),
      tokens: [],
      env: { SCORECARD_READ_ONLY: 'on' },
    }).then(
      () => null,
      (error: unknown) => String(error),
    );
    expect(missing).toMatch(/server exited/);
  });
});
