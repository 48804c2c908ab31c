import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REPO_ROOT,
  graphql,
  startServer,
  tempDir,
  type GraphQLResponse,
  type RunningServer,
} from '../support/scorecard-server';
import { outcome, refusalIn } from '../support/import-outcome';

// The import promises under concurrency, over HTTP against one server: the same file sent twice at once is stored
// once; a value that contradicts one stored with the same submission time is refused, whether it arrives later or
// at the same moment; two plan imports at once both become versions, one after the other, with no internal error.
const PLAN = '2800-KH-BHXH-2021';
const APPENDIX_02 = readFileSync(join(REPO_ROOT, 'data/plans', PLAN, 'appendix-02.txt'), 'utf8');
const HA_NOI_02 = '1\tHà Nội\t20,586,292\t4,539,521\t5,106,961\t5,340,767\t5,599,045';
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const IMPORT_ACTUALS = `mutation($files: [PlanFileInput!]!) {
  importActuals(planId: "${PLAN}", files: $files) ${outcome('ActualImportResult', 'rowsStored rowsUnchanged alreadyImported')}
}`;
const IMPORT_PLAN = `mutation($files: [PlanFileInput!]!) {
  importPlan(planId: "${PLAN}", files: $files) ${outcome('PlanImportResult', 'version created metricsImported metricsCarriedOver')}
}`;

type ActualsAnswer = { importActuals: { rowsStored: number; rowsUnchanged: number; alreadyImported: boolean } };
type PlanAnswer = {
  importPlan: { version: number; created: boolean; metricsImported: string[]; metricsCarriedOver: string[] };
};
type Problem = { kind: string; file: string; row: number | null; column: string | null; value: string | null };

const report = (rows: readonly [string, string, string, number, string][]) =>
  `province,metric,report_date,value,submitted_at\n${rows.map((row) => row.join(',')).join('\n')}\n`;
const sendActuals = (server: RunningServer, name: string, text: string) =>
  graphql<ActualsAnswer>(server.url, IMPORT_ACTUALS, { files: [{ name, contentBase64: base64(text) }] });
const problemsOf = (answer: GraphQLResponse<Record<string, unknown>>): Problem[] =>
  refusalIn(answer, 'importActuals')?.problems ?? refusalIn(answer, 'importPlan')?.problems ?? [];

describe('imports under concurrency', () => {
  const temp = tempDir('scorecard-concurrency-');
  const dbPath = join(temp.dir, 'concurrency.duckdb');
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ dbPath });
  });
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  it('stores the same file sent twice at the same moment once', async () => {
    for (let round = 0; round < 5; round += 1) {
      const text = report([
        ['01', 'revenue', '2021-11-15', 1_000_000 + round, `2021-11-15T08:0${round}:00`],
        ['79', 'revenue', '2021-11-15', 2_000_000 + round, `2021-11-15T08:0${round}:00`],
      ]);
      const answers = await Promise.all([
        sendActuals(server, `dup-${round}-a.csv`, text),
        sendActuals(server, `dup-${round}-b.csv`, text),
      ]);
      for (const answer of answers) expect(answer.errors).toBeUndefined();
      const outcomes = answers.map((answer) => answer.data!.importActuals);
      expect(outcomes.filter((outcome) => outcome.rowsStored === 2)).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome.alreadyImported)).toHaveLength(1);
    }
  });

  it('refuses a value that contradicts one stored with the same submission time, sent later or at once', async () => {
    const first = await sendActuals(
      server,
      'ha-noi.csv',
      report([['01', 'revenue', '2021-11-30', 1_500_000, '2021-11-30T17:00:00']]),
    );
    expect(first.data!.importActuals.rowsStored).toBe(1);

    const later = await sendActuals(
      server,
      'ha-noi-khac.csv',
      report([['01', 'revenue', '2021-11-30', 1_600_000, '2021-11-30T17:00:00']]),
    );
    expect(later.data!.importActuals).toMatchObject({ __typename: 'ImportRefusal', reason: 'ACTUAL_IMPORT_INVALID' });
    expect(problemsOf(later)).toEqual([
      expect.objectContaining({
        kind: 'CONFLICTING_ROWS',
        file: 'ha-noi-khac.csv',
        row: 2,
        column: 'value',
        value: '1600000',
      }),
    ]);
    expect(refusalIn(later, 'importActuals')!.messageVi).toContain('không có gì được ghi');

    // The same figure again at the same time is no conflict: nothing new to store.
    const same = await sendActuals(
      server,
      'ha-noi-lai.csv',
      `${report([['01', 'revenue', '2021-11-30', 1_500_000, '2021-11-30T17:00:00']])}\n`,
    );
    expect(same.errors).toBeUndefined();
    expect(same.data!.importActuals).toMatchObject({ rowsStored: 0, rowsUnchanged: 1 });

    for (let round = 0; round < 3; round += 1) {
      const at = `2021-12-15T1${round}:00:00`;
      const answers = await Promise.all([
        sendActuals(server, `a-${round}.csv`, report([['79', 'revenue', '2021-12-15', 3_000_000, at]])),
        sendActuals(server, `b-${round}.csv`, report([['79', 'revenue', '2021-12-15', 3_100_000, at]])),
      ]);
      const stored = answers.filter((answer) => answer.data?.importActuals.rowsStored === 1);
      const refused = answers.filter((answer) => problemsOf(answer).some((p) => p.kind === 'CONFLICTING_ROWS'));
      expect([stored.length, refused.length]).toEqual([1, 1]);
    }
  });

  it('makes two plan imports sent at once consecutive versions, with no internal error', async () => {
    const raised = (figure: string) =>
      APPENDIX_02.replace(
        HA_NOI_02,
        HA_NOI_02.replace('5,599,045', figure).replace(
          '20,586,292',
          figure === '5,699,045' ? '20,686,292' : '20,786,292',
        ),
      );
    const a = raised('5,699,045');
    const b = raised('5,799,045');
    expect(a).not.toBe(APPENDIX_02);
    expect(b).not.toBe(a);
    const answers = await Promise.all([
      graphql<PlanAnswer>(server.url, IMPORT_PLAN, {
        files: [{ name: 'appendix-02-a.txt', contentBase64: base64(a) }],
      }),
      graphql<PlanAnswer>(server.url, IMPORT_PLAN, {
        files: [{ name: 'appendix-02-b.txt', contentBase64: base64(b) }],
      }),
    ]);
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const versions = answers.map((answer) => answer.data!.importPlan.version).sort();
    expect(versions).toEqual([2, 3]);
    for (const answer of answers) {
      expect(answer.data!.importPlan).toMatchObject({ created: true, metricsImported: ['revenue'] });
      expect(answer.data!.importPlan.metricsCarriedOver).toHaveLength(6);
    }
  });

  it('leaves one import row per content and one value per submission time in the file', async () => {
    await server.stop();
    const instance = await DuckDBInstance.create(dbPath, { access_mode: 'READ_ONLY' });
    const connection = await instance.connect();
    const count = async (sql: string) => Number((await connection.runAndReadAll(sql)).getRowsJS()[0]![0]);
    expect(
      await count(
        'SELECT count(*) FROM (SELECT plan_id, content_hash FROM actual_import GROUP BY ALL HAVING count(*) > 1)',
      ),
    ).toBe(0);
    expect(
      await count(
        'SELECT count(*) FROM (SELECT 1 FROM actual_report GROUP BY plan_id, province_code, metric, report_date, submitted_at HAVING count(DISTINCT cumulative_value) > 1)',
      ),
    ).toBe(0);
    expect(await count("SELECT count(*) FROM plan_version WHERE plan_id = '2800-KH-BHXH-2021'")).toBe(3);
    connection.closeSync();
    instance.closeSync();
  });
});
