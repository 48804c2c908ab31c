import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, booleanOf, download, isoOf, nullableNumber, readRecords } from '../support/export-records';
import { graphql, startServer, tempDir, type GraphQLResponse, type RunningServer } from '../support/scorecard-server';
import { outcome } from '../support/import-outcome';

// The bulk downloads of the warehouse's own tables (report history, plan targets, employers in arrears): each
// format read back with its own reader says what GraphQL says, and a provincial caller gets only their province.
const PLAN = '2800-KH-BHXH-2021';
const REPORT_DATE = '2021-11-15';
const LEDGER_DATE = '2023-09-30';

describe('bulk exports of report history, plan targets and employers in arrears', () => {
  const temp = tempDir('scorecard-export-datasets-');
  let server: RunningServer;
  const as = (spec: string) => ({ token: server.tokens[spec]! });
  const get = (path: string, spec = 'analyst') => download(server.url, path, server.tokens[spec]!);
  const records = async (path: string, format: string, spec = 'analyst') =>
    readRecords(format, (await get(path.replace('{format}', format), spec)).body, temp.dir);

  beforeAll(async () => {
    server = await startServer({
      dbPath: join(temp.dir, 'export.duckdb'),
      tokens: ['analyst', 'officer:01', 'director:01'],
    });
    // A pending revision of Hà Nội's conferences, so the history has more than the approved sample rows.
    const sent = await graphql<{ submitReport: { state: string } }>(
      server.url,
      `mutation { submitReport(planId: "${PLAN}", province: "01", reportDate: "${REPORT_DATE}", values: [{ metric: "outreach_conferences", value: 4321 }]) ${outcome('ActualImportResult', 'state')} }`,
      {},
      as('officer:01'),
    );
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.submitReport.state).toBe('PENDING');
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  describe('report history', () => {
    type Revision = {
      reportDate: string;
      value: number;
      submittedAt: string;
      state: string;
      inForce: boolean;
      source: string;
      synthetic: boolean;
    };
    const historyOf = async (metric: string): Promise<Revision[]> => {
      const answer = await graphql<{
        actualHistory: {
          points: {
            reportDate: string;
            revisions: {
              value: number;
              submittedAt: string;
              state: string;
              superseded: boolean;
              source: string;
              synthetic: boolean;
            }[];
          }[];
        };
      }>(
        server.url,
        `{ actualHistory(planId: "${PLAN}", province: "01", metric: "${metric}") { points { reportDate revisions { value submittedAt state superseded source synthetic } } } }`,
        {},
        as('analyst'),
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.actualHistory.points.flatMap((point) =>
        point.revisions.map((r) => ({
          reportDate: point.reportDate,
          value: r.value,
          submittedAt: r.submittedAt,
          state: r.state,
          inForce: !r.superseded,
          source: r.source,
          synthetic: r.synthetic,
        })),
      );
    };
    const revisionOf = (record: Record<string, unknown>): Revision => ({
      reportDate: isoOf(record['report_date'], 'date')!,
      value: Number(record['value']),
      submittedAt: isoOf(record['submitted_at'], 'time')!,
      state: String(record['state']),
      inForce: booleanOf(record['in_force']),
      source: String(record['source']),
      synthetic: booleanOf(record['synthetic']),
    });

    for (const format of EXPORT_FORMATS) {
      it(`gives every revision as actualHistory does, the pending one included (${format})`, async () => {
        const rows = await records(`/export/report-history.{format}?planId=${PLAN}`, format);
        expect(new Set(rows.map((row) => row['province_code'])).size).toBe(63);
        for (const metric of ['outreach_conferences', 'revenue']) {
          const exported = rows
            .filter((row) => row['province_code'] === '01' && row['metric'] === metric)
            .map(revisionOf);
          expect(exported, metric).toEqual(await historyOf(metric));
        }
        const pending = rows.filter((row) => row['state'] === 'PENDING').map(revisionOf);
        expect(pending).toMatchObject([{ reportDate: REPORT_DATE, value: 4321, inForce: false, synthetic: false }]);
      });
    }

    it("gives a province's director only their province, by default or by name, and refuses another", async () => {
      const own = await records(`/export/report-history.{format}?planId=${PLAN}`, 'csv', 'director:01');
      expect(own.length).toBeGreaterThan(0);
      expect(new Set(own.map((row) => row['province_code']))).toEqual(new Set(['01']));
      const byName = await records(
        `/export/report-history.{format}?planId=${PLAN}&province=${encodeURIComponent('Hà Nội')}`,
        'csv',
        'director:01',
      );
      expect(byName).toEqual(own);
      const other = await fetch(`${server.url}/export/report-history.csv?planId=${PLAN}&province=02`, {
        headers: { authorization: `Bearer ${server.tokens['director:01']}` },
      });
      expect(other.status).toBe(403);
      expect(((await other.json()) as { messageVi: string }).messageVi).toContain('tỉnh mình');
    });
  });

  describe('plan targets', () => {
    for (const format of EXPORT_FORMATS) {
      it(`gives every published cell, adding up to planTargetTotals (${format})`, async () => {
        const rows = await records(`/export/plan-targets.{format}?planId=${PLAN}`, format);
        const answer = await graphql<{
          planTargetTotals: {
            metric: string;
            provincesTotal: number;
            publishedNationalTotal: number | null;
            months: { month: string; provinces: number; publishedNational: number | null }[];
          }[];
        }>(
          server.url,
          `{ planTargetTotals(planId: "${PLAN}") { metric provincesTotal publishedNationalTotal months { month provinces publishedNational } } }`,
          {},
          as('analyst'),
        );
        expect(answer.errors).toBeUndefined();
        const sum = (filter: (row: Record<string, unknown>) => boolean) =>
          rows.filter(filter).reduce((total, row) => total + Number(row['target']), 0);
        for (const total of answer.data!.planTargetTotals) {
          const ofMetric = (row: Record<string, unknown>) => row['metric'] === total.metric;
          const provinceCell = (row: Record<string, unknown>) => ofMetric(row) && row['province_code'] !== null;
          for (const month of total.months) {
            expect(sum((row) => provinceCell(row) && row['month'] === month.month)).toBeCloseTo(month.provinces, 6);
            const national = rows.find(
              (row) => ofMetric(row) && row['province_code'] === null && row['month'] === month.month,
            );
            expect(nullableNumber(national?.['target'] ?? null)).toBe(month.publishedNational);
          }
          expect(sum((row) => provinceCell(row) && row['month'] === null)).toBeCloseTo(total.provincesTotal, 6);
        }
        expect(rows.every((row) => Number(row['version']) === 1 && row['source_file'] !== null)).toBe(true);
      });
    }

    it('names a version that does not exist', async () => {
      const response = await fetch(`${server.url}/export/plan-targets.csv?planId=${PLAN}&version=9`, {
        headers: { authorization: `Bearer ${server.tokens['analyst']}` },
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: string; message: string };
      expect(body.error).toBe('UNKNOWN_PLAN_VERSION');
      expect(body.message).toContain('there is no version 9');
    });
  });

  describe('employers in arrears', () => {
    type Employer = { id: string; overdue: number; receivable: number; bucket: string; oldest: string };
    type EmployerPage = {
      employersInArrears: {
        edges: {
          node: {
            employer: { id: string };
            overdue: number;
            receivable: number;
            bucket: string;
            oldestOverdueMonth: string;
          };
        }[];
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      };
    };
    const pagesOf = async (province: string): Promise<Employer[]> => {
      const employers: Employer[] = [];
      let after: string | null = null;
      for (;;) {
        const answer: GraphQLResponse<EmployerPage> = await graphql<EmployerPage>(
          server.url,
          `query($after: String) { employersInArrears(province: "${province}", asOf: "${LEDGER_DATE}", first: 100, after: $after) { edges { node { employer { id } overdue receivable bucket oldestOverdueMonth } } pageInfo { endCursor hasNextPage } } }`,
          { after },
          as('analyst'),
        );
        expect(answer.errors).toBeUndefined();
        const connection = answer.data!.employersInArrears;
        for (const { node } of connection.edges)
          employers.push({
            id: node.employer.id,
            overdue: node.overdue,
            receivable: node.receivable,
            bucket: node.bucket,
            oldest: node.oldestOverdueMonth,
          });
        if (!connection.pageInfo.hasNextPage) return employers;
        after = connection.pageInfo.endCursor;
      }
    };
    const employerOf = (record: Record<string, unknown>): Employer => ({
      id: String(record['employer_id']),
      overdue: Number(record['overdue']),
      receivable: Number(record['receivable']),
      bucket: String(record['bucket']),
      oldest: String(record['oldest_month']),
    });

    for (const format of EXPORT_FORMATS) {
      it(`gives a province's employers as the pages of employersInArrears do (${format})`, async () => {
        const rows = await records(`/export/employers-in-arrears.{format}?asOf=${LEDGER_DATE}&province=01`, format);
        const pages = await pagesOf('01');
        expect(pages.length).toBeGreaterThan(0);
        expect(rows.map(employerOf)).toEqual(pages);
      });
    }

    it('gives headquarters every province and a director their own, and refuses another province', async () => {
      const national = await records(`/export/employers-in-arrears.{format}?asOf=${LEDGER_DATE}`, 'csv');
      const provinces = new Set(national.map((row) => row['province_code']));
      expect(provinces.size).toBeGreaterThan(50);
      const own = await records(`/export/employers-in-arrears.{format}?asOf=${LEDGER_DATE}`, 'csv', 'director:01');
      expect(own).toEqual(national.filter((row) => row['province_code'] === '01'));
      const other = await fetch(`${server.url}/export/employers-in-arrears.csv?province=02`, {
        headers: { authorization: `Bearer ${server.tokens['director:01']}` },
      });
      expect(other.status).toBe(403);
      const bucket = await fetch(`${server.url}/export/employers-in-arrears.csv?bucket=OLD`, {
        headers: { authorization: `Bearer ${server.tokens['analyst']}` },
      });
      expect(bucket.status).toBe(400);
      expect(((await bucket.json()) as { message: string }).message).toContain('No arrears bucket "OLD"');
    });
  });
});
