import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PlanRepository, WarehouseDatabase, type TargetCell } from '@scorecard/warehouse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  SAMPLE_REPORTS_UNTIL,
  SAMPLE_STOPPED_AFTER,
  SAMPLE_STOPPED_PROVINCE,
} from '../sample/sample-actuals.generator';
import { SYNTHETIC_PLAN_ID } from '../sample/synthetic-plan.generator';
import { loadShippedData } from './load-shipped-data';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const DATA = join(REPO, 'data');
const PLAN = '2800-KH-BHXH-2021';

/** Independent of the reader: the file's cells by line and column, exactly as printed. */
function fileCells(file: string): Map<string, string> {
  const cells = new Map<string, string>();
  readFileSync(join(REPO, file), 'utf8')
    .split('\n')
    .forEach((line, index) =>
      line.split('\t').forEach((cell, column) => cells.set(`${index + 1}:${column + 1}`, cell)),
    );
  return cells;
}

describe('loadShippedData', () => {
  let dir: string;
  let db: WarehouseDatabase;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'scorecard-load-'));
    db = await WarehouseDatabase.open(join(dir, 'load.duckdb'));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores every number of the five published tables as published, with the place it was printed', async () => {
    await loadShippedData(db, { dataDir: DATA, sampleData: false });
    const cells: TargetCell[] = await new PlanRepository(db).allTargets(PLAN, 1);
    // 7 metrics × (national row + 63 provinces) × (period total + 4 months)
    expect(cells).toHaveLength(7 * 64 * 5);
    const files = new Map<string, Map<string, string>>();
    for (const cell of cells) {
      if (!files.has(cell.sourceFile)) files.set(cell.sourceFile, fileCells(cell.sourceFile));
      const printed = files.get(cell.sourceFile)!.get(`${cell.sourceLine}:${cell.sourceColumn}`);
      expect(cell.publishedText, `${cell.sourceFile}:${cell.sourceLine}:${cell.sourceColumn}`).toBe(printed);
      expect(cell.value).toBe(Number(printed!.replaceAll(',', '')));
    }
    // Each printed province row (a row number in the first cell) is stored exactly once per metric block.
    for (const [file, byPlace] of files) {
      const rowLines = new Set(
        [...byPlace.entries()]
          .filter(([place, text]) => place.endsWith(':1') && /^\d+$/.test(text))
          .map(([place]) => Number(place.split(':')[0])),
      );
      const storedLines = new Set(
        cells.filter((c) => c.sourceFile === file && c.provinceCode !== null).map((c) => c.sourceLine),
      );
      expect(storedLines).toEqual(rowLines);
    }
    const value = (metric: string, code: string | null, month: string | null) =>
      cells.find((c) => c.metric === metric && c.provinceCode === code && c.month === month)?.value;
    expect(value('dev_compulsory_si', '01', null)).toBe(210_739);
    expect(value('revenue', '79', '2021-12')).toBe(9_422_758);
    expect(value('tax_data_reviews', null, null)).toBe(4_932_709);
    expect(value('outreach_conferences', '15', null)).toBe(7_515);
  });

  it('loads a plan once and never touches it again on a later start', async () => {
    const first = await loadShippedData(db, { dataDir: DATA, sampleData: false });
    const second = await loadShippedData(db, { dataDir: DATA, sampleData: false });
    // The published 2021 plan and the synthetic 2026 plan on the 34 units.
    expect(first.plansLoaded).toEqual([PLAN, SYNTHETIC_PLAN_ID]);
    expect(second).toEqual({ referenceLoaded: false, plansLoaded: [], sampleReportsLoaded: 0 });
    expect(await new PlanRepository(db).versions(PLAN)).toHaveLength(1);
  });

  it('starts with the plan and no synthetic data at all when the sample is off', async () => {
    await loadShippedData(db, { dataDir: DATA, sampleData: false });
    expect(await db.all('SELECT count(*)::INTEGER AS n FROM actual_report')).toEqual([{ n: 0 }]);
  });

  it('loads sample actuals marked synthetic, with one province that stops reporting', async () => {
    const summary = await loadShippedData(db, { dataDir: DATA, sampleData: true });
    expect(summary.sampleReportsLoaded).toBeGreaterThan(63 * 7 * 7);
    expect(await db.all('SELECT bool_and(synthetic) AS all_synthetic FROM actual_report')).toEqual([
      { all_synthetic: true },
    ]);
    const lastReport = await db.all<{ last: string }>(
      "SELECT strftime(max(report_date), '%Y-%m-%d') AS last FROM actual_report WHERE province_code = $code",
      { code: SAMPLE_STOPPED_PROVINCE },
    );
    expect(lastReport[0]!.last).toBe(SAMPLE_STOPPED_AFTER);
    // cumulative values never go down from one report date to the next
    const decreases = await db.all<{ n: number }>(`
      WITH latest AS (
        SELECT plan_id, province_code, metric, report_date, cumulative_value FROM actual_report
        QUALIFY row_number() OVER (PARTITION BY plan_id, province_code, metric, report_date ORDER BY submitted_at DESC) = 1)
      SELECT count(*)::INTEGER AS n FROM (
        SELECT cumulative_value < lag(cumulative_value) OVER (PARTITION BY plan_id, province_code, metric ORDER BY report_date) AS down FROM latest)
      WHERE down`);
    expect(decreases).toEqual([{ n: 0 }]);
    // No sample report is dated after SAMPLE_REPORTS_UNTIL, whatever day the scorecard starts.
    const latest = await db.all<{ last: string }>(
      "SELECT strftime(max(report_date), '%Y-%m-%d') AS last FROM actual_report",
    );
    expect(latest[0]!.last).toBe(SAMPLE_REPORTS_UNTIL);
  });
});
