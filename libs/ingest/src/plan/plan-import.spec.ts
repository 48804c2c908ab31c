import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PlanRepository, WarehouseDatabase } from '@scorecard/warehouse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../bootstrap/load-shipped-data';
import { APPENDICES, PLAN_DIR, repoRoot, seedModel, workbookOf } from './__fixtures__/published-2021.fixtures';
import { PlanImportError } from './plan-import.errors';
import { importPlanFiles } from './plan-import';
import type { PlanSourceFile } from './plan-source.reader';

const PLAN = '2800-KH-BHXH-2021';
const dirFiles = (): PlanSourceFile[] =>
  readdirSync(join(repoRoot, PLAN_DIR)).map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(join(repoRoot, PLAN_DIR, name))),
  }));

describe('importPlanFiles', () => {
  let dir: string;
  let db: WarehouseDatabase;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'scorecard-import-'));
    db = await WarehouseDatabase.open(join(dir, 'import.duckdb'));
    await loadReferenceData(db, join(repoRoot, 'data'));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('treats the same numbers from a workbook as the same version as the published text', async () => {
    const first = await importPlanFiles(db, { files: dirFiles(), importedBy: 'test' });
    expect(first).toMatchObject({ planId: PLAN, version: 1, created: true });
    const workbook = await workbookOf(APPENDICES.map((appendix) => seedModel(appendix)));
    const again = await importPlanFiles(db, {
      files: [{ name: 'chi-tieu-2021.xlsx', bytes: workbook }],
      planId: PLAN,
      importedBy: 'test',
    });
    expect(again).toMatchObject({ version: 1, created: false });
    expect(again.metricsImported).toHaveLength(7);
    expect(await new PlanRepository(db).versions(PLAN)).toHaveLength(1);
  });

  it('refuses a new plan without a manifest, and an unknown plan, writing nothing', async () => {
    const table = dirFiles().filter((file) => file.name === 'appendix-02.txt');
    await expect(importPlanFiles(db, { files: table, importedBy: 'test' })).rejects.toThrow(
      /no manifest\.json was given/,
    );
    await expect(importPlanFiles(db, { files: table, planId: 'KH-2099', importedBy: 'test' })).rejects.toBeInstanceOf(
      PlanImportError,
    );
    expect(await new PlanRepository(db).list()).toEqual([]);
  });

  it('leaves no half-import when the process dies while writing', async () => {
    await importPlanFiles(db, { files: dirFiles(), importedBy: 'test' });
    // The write is one transaction: a failure inside it (here, a cell that breaks a constraint after the
    // version row and most cells are written) rolls everything back, as a kill would.
    const plans = new PlanRepository(db);
    const [plan] = await plans.list();
    const cells = await plans.allTargets(PLAN, 1);
    const broken = [...cells.map((cell) => ({ ...cell, value: cell.value + 1 })), { ...cells[0]!, value: -5 }];
    await expect(
      plans.saveVersion({
        header: {
          id: PLAN,
          title: plan!.title,
          issuingDocument: '',
          issuedOn: plan!.issuedOn,
          issuer: '',
          periodStart: plan!.periodStart,
          periodEnd: plan!.periodEnd,
          unitSet: 'vn63-2004',
          synthetic: false,
        },
        reportDates: plan!.reportDates,
        contentHash: 'different',
        importedBy: 'test',
        source: 'x',
        cells: broken,
      }),
    ).rejects.toThrow();
    expect(await plans.versions(PLAN)).toHaveLength(1);
    expect(await db.all('SELECT count(*)::INTEGER AS n FROM plan_target')).toEqual([{ n: cells.length }]);
  });
});
