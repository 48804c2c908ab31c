import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { METRICS, type ImportProblem } from '@scorecard/domain';
import {
  LedgerImportError,
  WarehouseDatabase,
  importLedger,
  type LedgerImportProblem,
  type LedgerImportProblemKind,
} from '@scorecard/warehouse';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { HEADER, actualsContext, csvFile } from './actuals/__fixtures__/actual-sources.fixtures';
import type { ActualImportProblem, ActualImportProblemKind } from './actuals/actual-import.errors';
import { readActualSources } from './actuals/actual-source.reader';
import { PERIOD_MONTHS, repoRoot, textFile } from './plan/__fixtures__/published-2021.fixtures';
import type { PlanImportProblem, PlanImportProblemKind } from './plan/plan-import.errors';
import { readPlanSources } from './plan/plan-source.reader';
import { readProvinceReference } from './reference/province-reference.reader';

// A refused plan, a refused report of actuals and a refused ledger give their problems in one shape, so the API,
// the command line and the web app read every import's problems alike.

const FIELDS: readonly (keyof ImportProblem)[] = [
  'column',
  'columnNumber',
  'file',
  'fix',
  'fixVi',
  'kind',
  'message',
  'messageVi',
  'row',
  'value',
];

const keysOf = (problems: readonly object[]) => [...new Set(problems.map((p) => Object.keys(p).sort().join()))];

describe('the problems of every import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-import-problem-'));
  let db: WarehouseDatabase;

  beforeAll(async () => {
    db = await WarehouseDatabase.open(join(dir, 'ledger.duckdb'));
  });

  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('have exactly the same keys, for plans, actuals and ledgers alike', async () => {
    const provinces = await readProvinceReference(`${repoRoot}data/reference/provinces63.csv`);
    const plan = await readPlanSources(
      [textFile('plan.csv', 'province,metric,month,value\n1,revenue,2021-09,"1,5"\n')],
      { periodMonths: PERIOD_MONTHS, provinces, metrics: METRICS },
    );
    const actuals = await readActualSources(
      [csvFile('bao-cao.csv', [HEADER, ['1', 'revenue', '2021-10-15', '-5', '']])],
      await actualsContext(),
    );
    const ledgerFile = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const ledger = await importLedger(db, {
      files: {
        employers: ledgerFile(
          'employers.csv',
          'employer_id,name,province,district,ownership,workers\nE1,A,01,X,private,10\n',
        ),
        dues: ledgerFile('dues.csv', 'employer_id,month,amount\nE1,2022-01-01,-5\n'),
        payments: ledgerFile('payments.csv', 'employer_id,paid_on,amount\nE1,2022-01-25,1000\n'),
      },
      importedBy: 'test',
      synthetic: false,
    }).catch((error: unknown) => error);
    expect(ledger).toBeInstanceOf(LedgerImportError);

    const refusals = [plan.problems, actuals.problems, (ledger as LedgerImportError).problems];
    for (const problems of refusals) {
      expect(problems.length).toBeGreaterThan(0);
      expect(keysOf(problems)).toEqual([[...FIELDS].sort().join()]);
    }
    // Each importer places a cell alike: its row and the column's name.
    expect(plan.problems[0]).toMatchObject({ row: 2, column: 'province', columnNumber: 1 });
    expect(actuals.problems[0]).toMatchObject({ row: 2, column: 'province', columnNumber: 1 });
    expect((ledger as LedgerImportError).problems).toContainEqual(
      expect.objectContaining({ file: 'dues.csv', row: 2, column: 'amount', kind: 'NEGATIVE_NUMBER' }),
    );
  });
});

describe('the problem types of every import', () => {
  /** A problem type with its kinds widened to string. */
  type Widened<P extends { kind: string }> = Omit<P, 'kind'> & { kind: string };

  it('are the one ImportProblem type, each with its own kinds', () => {
    expectTypeOf<PlanImportProblem>().toEqualTypeOf<ImportProblem<PlanImportProblemKind>>();
    expectTypeOf<ActualImportProblem>().toEqualTypeOf<ImportProblem<ActualImportProblemKind>>();
    expectTypeOf<LedgerImportProblem>().toEqualTypeOf<ImportProblem<LedgerImportProblemKind>>();
    // Kinds widened, each is the same type as the others in both directions.
    expectTypeOf<Widened<PlanImportProblem>>().toEqualTypeOf<Widened<ActualImportProblem>>();
    expectTypeOf<Widened<ActualImportProblem>>().toEqualTypeOf<Widened<LedgerImportProblem>>();
    expectTypeOf<PlanImportProblem>().toMatchTypeOf<ImportProblem>();
    expectTypeOf<ActualImportProblem>().toMatchTypeOf<ImportProblem>();
    expectTypeOf<LedgerImportProblem>().toMatchTypeOf<ImportProblem>();
    expectTypeOf<ImportProblem>().toMatchTypeOf<Widened<PlanImportProblem>>();
    expectTypeOf<ImportProblem>().toMatchTypeOf<Widened<ActualImportProblem>>();
    expectTypeOf<ImportProblem>().toMatchTypeOf<Widened<LedgerImportProblem>>();
  });
});
