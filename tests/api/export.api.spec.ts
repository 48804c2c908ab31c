import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nullableNumber, readRecords } from '../support/export-records';
import { graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';

// Bulk downloads of attainment at a date: each format read back with its own reader must say what GraphQL says for
// the same date, for all metrics × provinces; the same token as GraphQL, and nothing without one.
const PLAN = '2800-KH-BHXH-2021';
const AS_OF = '2021-11-15';

type Row = {
  metric: string;
  province_code: string;
  rank: number | null;
  figure: number | null;
  band: string | null;
  actual: number | null;
  target: number | null;
  stale: boolean;
};
type Cell = Omit<Row, 'province_code'> & { province: { code: string } };

describe('bulk exports', () => {
  const temp = tempDir('scorecard-export-');
  let server: RunningServer;
  let expected: Row[] = [];

  beforeAll(async () => {
    server = await startServer({ dbPath: join(temp.dir, 'export.duckdb'), tokens: ['analyst'] });
    const answer = await graphql<{ scorecard: { rows: { cells: Cell[] }[] } }>(
      server.url,
      `{ scorecard(planId: "${PLAN}", asOf: "${AS_OF}") { rows { cells { metric province { code } rank figure band actual target stale } } } }`,
    );
    expected = answer
      .data!.scorecard.rows.flatMap((row) => row.cells)
      .map((cell) => ({
        metric: cell.metric,
        province_code: cell.province.code,
        rank: cell.rank,
        figure: cell.figure,
        band: cell.band,
        actual: cell.actual,
        target: cell.target,
        stale: cell.stale,
      }))
      .sort(byMetricAndProvince);
    expect(expected).toHaveLength(63 * 7);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  const download = async (format: string, dataset = 'attainment') => {
    const response = await fetch(`${server.url}/export/${dataset}.${format}?planId=${PLAN}&asOf=${AS_OF}`, {
      headers: { authorization: `Bearer ${server.tokens['analyst']}` },
    });
    expect(
      response.status,
      await response
        .clone()
        .text()
        .then((t) => t.slice(0, 200)),
    ).toBe(200);
    return { response, body: Buffer.from(await response.arrayBuffer()) };
  };
  const pick = (record: Record<string, unknown>): Row => ({
    metric: String(record['metric']),
    province_code: String(record['province_code']),
    rank: nullableNumber(record['rank']),
    figure: nullableNumber(record['figure']),
    band:
      record['band'] === null || record['band'] === undefined || record['band'] === '' ? null : String(record['band']),
    actual: nullableNumber(record['actual']),
    target: nullableNumber(record['target']),
    stale: record['stale'] === true || record['stale'] === 'true',
  });

  it('writes Arrow IPC that apache-arrow reads back as the GraphQL answer', async () => {
    const { response, body } = await download('arrow');
    expect(response.headers.get('content-type')).toContain('apache.arrow');
    const table = tableFromIPC(body);
    expect(table.numRows).toBe(63 * 7);
    const rows = table.toArray().map((row) => pick(row.toJSON() as Record<string, unknown>));
    expect(rows.sort(byMetricAndProvince)).toEqual(expected);
  });

  it('writes Parquet that DuckDB reads back as the GraphQL answer, with typed columns', async () => {
    const { body } = await download('parquet');
    const file = join(temp.dir, 'attainment.parquet');
    writeFileSync(file, body);
    const rows = (await readRecords('parquet', body, temp.dir)).map(pick);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const types = await connection.runAndReadAll(
      `SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('${file}'))`,
    );
    const typeOf = Object.fromEntries(
      types.getRowObjectsJS().map((r) => [String(r['column_name']), String(r['column_type'])]),
    );
    connection.disconnectSync();
    instance.closeSync();
    expect(typeOf).toMatchObject({ as_of: 'DATE', rank: 'INTEGER', figure: 'DOUBLE', stale: 'BOOLEAN' });
    expect(rows.sort(byMetricAndProvince)).toEqual(expected);
  });

  it('writes CSV that csv-parse reads back as the GraphQL answer', async () => {
    const { response, body } = await download('csv');
    expect(response.headers.get('content-disposition')).toContain(`attainment-${AS_OF}.csv`);
    const rows = (await readRecords('csv', body, temp.dir)).map(pick);
    expect(rows.sort(byMetricAndProvince)).toEqual(expected);
  });

  it('writes XLSX that exceljs reads back as the GraphQL answer, numbers as numbers and the date as a date', async () => {
    const { body } = await download('xlsx');
    const records = await readRecords('xlsx', body, temp.dir);
    expect(records).toHaveLength(63 * 7);
    expect(records[0]!['as_of']).toBeInstanceOf(Date);
    expect(typeof records.find((r) => r['target'] !== null)!['target']).toBe('number');
    expect(records.map(pick).sort(byMetricAndProvince)).toEqual(expected);
  });

  describe('late payment by province and month', () => {
    type Month = { province_code: string; month: string; receivable: number; overdue: number; ratio: number | null };
    const readLate = async (format: string): Promise<Month[]> => {
      const { body } = await download(format, 'late-payment');
      const records = await readRecords(format, body, temp.dir);
      return records.map((r) => ({
        province_code: String(r['province_code']),
        month: String(r['month']),
        receivable: Number(r['receivable']),
        overdue: Number(r['overdue']),
        ratio: nullableNumber(r['ratio']),
      }));
    };

    for (const format of ['arrow', 'parquet', 'csv', 'xlsx']) {
      it(`gives every province's month-end figures as latePayment does (${format})`, async () => {
        const rows = await readLate(format);
        const api = await graphql<{
          latePayment: {
            provinces: { province: { code: string }; receivable: number; overdue: number; ratio: number | null }[];
          };
          latePaymentTrend: { month: string; receivable: number; overdue: number }[];
        }>(
          server.url,
          '{ latePayment(asOf: "2023-09-30") { provinces { province { code } receivable overdue ratio } } latePaymentTrend { month receivable overdue } }',
        );
        const september = new Map(rows.filter((row) => row.month === '2023-09').map((row) => [row.province_code, row]));
        expect(september.size).toBe(63);
        for (const province of api.data!.latePayment.provinces) {
          const row = september.get(province.province.code)!;
          expect(row.receivable, province.province.code).toBe(province.receivable);
          expect(row.overdue, province.province.code).toBe(province.overdue);
          if (province.ratio === null) expect(row.ratio).toBeNull();
          else expect(row.ratio).toBeCloseTo(province.ratio, 12);
        }
        // The provinces of each month add up to the national trend.
        for (const point of api.data!.latePaymentTrend) {
          const month = rows.filter((row) => row.month === point.month);
          expect(
            month.reduce((sum, row) => sum + row.receivable, 0),
            point.month,
          ).toBe(point.receivable);
          expect(
            month.reduce((sum, row) => sum + row.overdue, 0),
            point.month,
          ).toBe(point.overdue);
        }
      });
    }
  });

  it('asks for a token, and names an unknown format', async () => {
    const anonymous = await fetch(`${server.url}/export/attainment.csv?planId=${PLAN}`);
    expect(anonymous.status).toBe(401);
    const wrong = await fetch(`${server.url}/export/attainment.json?planId=${PLAN}`, {
      headers: { authorization: `Bearer ${server.tokens['analyst']}` },
    });
    expect(wrong.status).toBe(400);
    const body = (await wrong.json()) as { message: string; messageVi: string };
    expect(body.message).toContain('No export format "json"');
    expect(body.messageVi).toContain('Không có định dạng');
  });
});

function byMetricAndProvince(a: Row, b: Row): number {
  return a.metric.localeCompare(b.metric) || a.province_code.localeCompare(b.province_code);
}
