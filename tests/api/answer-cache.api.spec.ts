import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, tempDir, type RunningServer } from '../support/scorecard-server';

// The server keeps whole answers of read-only documents until the next write and sends a kept one before GraphQL
// parses the request. What callers rely on: the kept answer is the first one byte for byte, in the content type
// they asked for; it is never a way round who may see what (another province, refused credentials).
const PLAN = '2800-KH-BHXH-2021';
const RANKING = `{ ranking(planId: "${PLAN}", metric: "revenue", asOf: "2021-10-31") { rank province { code } attainmentToDate } }`;

async function post(url: string, token: string | null, query: string, accept?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(accept ? { accept } : {}),
    },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    kept: response.headers.get('cache-status') === 'scorecard; hit',
    body: await response.text(),
  };
}

describe('answers kept until the next write', () => {
  const temp = tempDir('scorecard-answer-cache-');
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({
      dbPath: join(temp.dir, 'answers.duckdb'),
      tokens: ['leadership', 'director:01', 'director:12'],
      env: { SCORECARD_LEDGER_EMPLOYERS: '200' },
    });
  });
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  it('sends a kept answer exactly as the first, in the content type each caller asked for', async () => {
    const token = server.tokens['leadership']!;
    const first = await post(server.url, token, RANKING);
    const again = await post(server.url, token, RANKING);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body).data.ranking).toHaveLength(63);
    expect(first.kept).toBe(false);
    expect(again).toEqual({ ...first, kept: true });
    const asked = 'application/graphql-response+json';
    const typed = [await post(server.url, token, RANKING, asked), await post(server.url, token, RANKING, asked)];
    expect(typed[0]!.contentType).toContain(asked);
    expect(typed[1]).toEqual({ ...typed[0], kept: true });
    expect(typed[1]!.body).toBe(first.body);
  });

  it("never hands one province's kept answer to another province's director", async () => {
    const call = '{ employersInArrears(province: "01") { totalCount } }';
    const own = [
      await post(server.url, server.tokens['director:01']!, call),
      await post(server.url, server.tokens['director:01']!, call),
    ];
    expect(JSON.parse(own[0]!.body).errors).toBeUndefined();
    expect(own[1]).toEqual({ ...own[0], kept: true });
    const other = JSON.parse((await post(server.url, server.tokens['director:12']!, call)).body);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses unknown credentials even when the same document has a kept answer', async () => {
    const token = server.tokens['leadership']!;
    await post(server.url, token, RANKING);
    for (const caller of [`bhxh_000000000000_${'A'.repeat(43)}`, null]) {
      const refused = JSON.parse((await post(server.url, caller, RANKING)).body);
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});
