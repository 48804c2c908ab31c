import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startServer, tempDir, type GraphQLResponse, type RunningServer } from '../support/scorecard-server';
import { outcome } from '../support/import-outcome';

// One pagination convention for every long list (employersInArrears, reportSubmissions, auditLog): `first` and
// `after`, answered with edges, pageInfo and totalCount. Following endCursor page by page gives exactly the list
// one large page gives, in the same order; a cursor of another list is refused, never read as "from the start".
const PLAN = '2800-KH-BHXH-2021';

type Connection = {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
};

describe('cursor pagination', () => {
  const temp = tempDir('scorecard-pagination-');
  let server: RunningServer;
  const as = (spec: string) => ({ token: server.tokens[spec]! });

  beforeAll(async () => {
    server = await startServer({
      dbPath: join(temp.dir, 'pages.duckdb'),
      tokens: ['leadership', 'officer:12', 'analyst'],
    });
    // Five reports of Lai Châu, pending approval, and the audit rows their sending writes.
    for (const [index, date] of ['2021-10-15', '2021-10-31', '2021-11-15', '2021-11-30', '2021-12-15'].entries()) {
      const sent = await graphql(
        server.url,
        `mutation { submitReport(planId: "${PLAN}", province: "12", reportDate: "${date}", values: [{ metric: "outreach_conferences", value: ${100 + index} }]) ${outcome('ActualImportResult', 'state')} }`,
        {},
        as('officer:12'),
      );
      expect(sent.errors).toBeUndefined();
    }
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  /** Every page of `field` from the start, `first` at a time. */
  async function allPages(field: string, args: string, select: string, first: number, spec = 'leadership') {
    const pages: Connection[] = [];
    let after: string | null = null;
    do {
      const answer: GraphQLResponse<Record<string, Connection>> = await graphql<Record<string, Connection>>(
        server.url,
        `query($after: String) { ${field}(${args} first: ${first}, after: $after) { edges { cursor node { ${select} } } pageInfo { hasNextPage endCursor } totalCount } }`,
        { after },
        as(spec),
      );
      expect(answer.errors).toBeUndefined();
      const page: Connection = answer.data![field]!;
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null);
    return pages;
  }

  for (const [field, args, select, size] of [
    ['reportSubmissions', `planId: "${PLAN}",`, 'id', 2],
    ['auditLog', 'action: "report.submit",', 'id', 2],
    ['employersInArrears', 'province: "01", asOf: "2023-09-30",', 'employer { id }', 7],
  ] as const) {
    it(`pages through ${field} to the same list as one page, with one totalCount`, async () => {
      // Pages of 100 (the query cost limit keeps a page of employers under about 150).
      const whole = await allPages(field, args, select, 100);
      const expected = { edges: whole.flatMap((page) => page.edges), totalCount: whole[0]!.totalCount };
      expect(expected.edges.length).toBe(expected.totalCount);
      expect(expected.totalCount).toBeGreaterThanOrEqual(5);
      expect(whole.at(-1)!.pageInfo.hasNextPage).toBe(false);

      const pages = await allPages(field, args, select, size);
      expect(pages.length).toBe(Math.ceil(expected.totalCount / size));
      expect(pages.flatMap((page) => page.edges)).toEqual(expected.edges);
      for (const page of pages) {
        expect(page.totalCount).toBe(expected.totalCount);
        expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
      }
    });
  }

  it('counts only what the filters let through', async () => {
    const [submitted] = await allPages('auditLog', 'action: "report.submit",', 'id', 200);
    const [everything] = await allPages('auditLog', '', 'id', 200);
    expect(submitted!.totalCount).toBe(5);
    expect(everything!.totalCount).toBeGreaterThan(submitted!.totalCount);
  });

  it("refuses another list's cursor and a made-up one, and a page size out of range", async () => {
    const [audit] = await allPages('auditLog', '', 'id', 1);
    const foreign = audit!.edges[0]!.cursor;
    for (const cursor of [foreign, 'not-a-cursor']) {
      const answer = await graphql(
        server.url,
        `query($after: String) { reportSubmissions(planId: "${PLAN}", after: $after) { totalCount } }`,
        { after: cursor },
        as('leadership'),
      );
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
      expect(answer.errors![0]!.message).toContain('pass the endCursor of the page before');
    }
    const tooMany = await graphql(server.url, '{ auditLog(first: 201) { totalCount } }', {}, as('leadership'));
    expect(tooMany.errors?.[0]?.message).toContain('first must be a whole number from 1 to 200, got 201');
  });
});
