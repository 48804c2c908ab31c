import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_PROBLEM_FIELDS, outcome, refusalIn } from '../support/import-outcome';
import { graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';

// Every importer reachable over HTTP (plan tables, files of actuals, the report form) refuses in one typed shape:
// an ImportRefusal whose problems are ImportProblems with the same fields, and writes nothing.
const PLAN = '2800-KH-BHXH-2021';
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('one ImportProblem shape for every importer', () => {
  const temp = tempDir('scorecard-import-refusal-');
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ dbPath: join(temp.dir, 'refusal.duckdb'), tokens: ['data-officer'] });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  it('answers the same problem fields for a plan table, an actuals file and the form', async () => {
    const plan = await graphql(
      server.url,
      `mutation($files: [PlanFileInput!]!) { importPlan(planId: "${PLAN}", files: $files) ${outcome('PlanImportResult', 'version')} }`,
      { files: [{ name: 'phu-luc-02.txt', contentBase64: base64('Phụ lục 02\n1\tHà Nội\tmười\n') }] },
    );
    const actuals = await graphql(
      server.url,
      `mutation($files: [PlanFileInput!]!) { importActuals(planId: "${PLAN}", files: $files) ${outcome('ActualImportResult', 'rowsStored')} }`,
      {
        files: [
          {
            name: 'bao-cao.csv',
            contentBase64: base64('province,metric,report_date,value\n99,revenue,2021-10-15,1\n'),
          },
        ],
      },
    );
    const form = await graphql(
      server.url,
      `mutation { submitReport(planId: "${PLAN}", province: "01", reportDate: "2021-10-31", values: [{ metric: "revenue", value: -5 }]) ${outcome('ActualImportResult', 'rowsStored')} }`,
    );
    const refusals = [
      refusalIn(plan, 'importPlan'),
      refusalIn(actuals, 'importActuals'),
      refusalIn(form, 'submitReport'),
    ];
    const fields = IMPORT_PROBLEM_FIELDS.split(' ').sort();
    for (const [index, refusal] of refusals.entries()) {
      expect(refusal, `refusal ${index}`).toBeDefined();
      expect(refusal!.problems.length).toBeGreaterThan(0);
      for (const problem of refusal!.problems) expect(Object.keys(problem).sort()).toEqual(fields);
    }
    expect(refusals.map((refusal) => refusal!.reason)).toEqual([
      'PLAN_IMPORT_INVALID',
      'ACTUAL_IMPORT_INVALID',
      'ACTUAL_IMPORT_INVALID',
    ]);
    // Where each problem is: a row, and the column by name where the file has a header.
    expect(refusals[1]!.problems[0]).toMatchObject({
      kind: 'UNKNOWN_PROVINCE',
      row: 2,
      column: 'province',
      value: '99',
    });
    expect(refusals[2]!.problems[0]).toMatchObject({ kind: 'NEGATIVE_NUMBER', value: '-5' });
    // The introspected type is the same object type for all three.
    const schema = await graphql<{ __type: { fields: { name: string }[] } }>(
      server.url,
      '{ __type(name: "ImportRefusal") { fields { name } } }',
    );
    expect(schema.data!.__type.fields.map((field) => field.name).sort()).toEqual(
      ['message', 'messageVi', 'problemCount', 'problems', 'reason'].sort(),
    );
  });
});
