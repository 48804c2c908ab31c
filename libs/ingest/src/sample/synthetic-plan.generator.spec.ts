import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { predecessorsOf } from '@scorecard/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlanDirectory } from '../plan/plan-directory.reader';
import type { PublishedPlan } from '../plan/published-plan';
import { readProvinceReference } from '../reference/province-reference.reader';
import { readUnitCrosswalk } from '../reference/unit-crosswalk.reader';
import {
  MONTH_PROFILE,
  SYNTHETIC_PLAN_GROWTH,
  SYNTHETIC_PLAN_ID,
  spread,
  syntheticPlanFiles,
  type SyntheticPlanFile,
} from './synthetic-plan.generator';

const dataDir = fileURLToPath(new URL('../../../../data/', import.meta.url));
const planDir = join(dataDir, 'plans', SYNTHETIC_PLAN_ID);

let plan2021: PublishedPlan;
let generated: SyntheticPlanFile[];
let units34: Awaited<ReturnType<typeof readUnitCrosswalk>>['units34'];
let crosswalk: Awaited<ReturnType<typeof readUnitCrosswalk>>['crosswalk'];

beforeAll(async () => {
  plan2021 = await readPlanDirectory(join(dataDir, 'plans', '2800-KH-BHXH-2021'));
  const units63 = await readProvinceReference(join(dataDir, 'reference', 'provinces63.csv'));
  ({ units34, crosswalk } = await readUnitCrosswalk(join(dataDir, 'reference', 'merge_2025.csv'), units63));
  generated = syntheticPlanFiles(plan2021, units34, crosswalk);
  // WRITE_SYNTHETIC_PLAN=1 npx vitest run src/sample/synthetic-plan.generator.spec.ts (in libs/ingest) rewrites them.
  if (process.env['WRITE_SYNTHETIC_PLAN'] === '1') {
    mkdirSync(planDir, { recursive: true });
    for (const file of generated) writeFileSync(join(planDir, file.name), file.text);
  }
});

describe('the shipped synthetic 2026 plan on the 34 units', () => {
  it('is exactly what the generator writes from the 2021 plan and the crosswalk', () => {
    for (const file of generated) {
      const path = join(planDir, file.name);
      expect(existsSync(path), `${path} is missing`).toBe(true);
      expect(readFileSync(path, 'utf8'), file.name).toBe(file.text);
    }
  });

  it('reads back through the plan reader: 34 units, every metric, twelve months adding up to each total', async () => {
    const plan = await readPlanDirectory(planDir);
    expect(plan.manifest.unitSet).toBe('vn34-2025');
    expect(plan.manifest.synthetic).toBe(true);
    expect(plan.tables.map((table) => table.metric).sort()).toEqual(Object.keys(SYNTHETIC_PLAN_GROWTH).sort());
    for (const table of plan.tables) {
      expect(table.provinces.map((row) => row.code)).toEqual(units34.map((unit) => unit.code));
      expect(table.months).toHaveLength(12);
      for (const row of [table.national, ...table.provinces])
        expect(row.months.reduce((sum, month) => sum + month.cell.value, 0)).toBe(row.total.value);
      expect(table.provinces.reduce((sum, row) => sum + row.total.value, 0)).toBe(table.national.total.value);
    }
  });

  it("derives a merged unit's quota from its predecessors' 2021 totals: Tuyên Quang (Hà Giang + Tuyên Quang)", async () => {
    const plan = await readPlanDirectory(planDir);
    expect(predecessorsOf(crosswalk).get('08')).toEqual(['02', '08']);
    const metric = 'dev_health_insurance';
    const table2021 = plan2021.tables.find((table) => table.metric === metric)!;
    const byCode = new Map(table2021.provinces.map((row) => [row.code, row.total.value]));
    const expected = Math.round((byCode.get('02')! + byCode.get('08')!) * 3 * SYNTHETIC_PLAN_GROWTH[metric]!);
    const row = plan.tables.find((table) => table.metric === metric)!.provinces.find((r) => r.code === '08')!;
    expect(row.total.value).toBe(expected);
    expect(row.publishedName).toBe('Tuyên Quang');
    // Cities are named as a plan names them, and read back to their unit.
    const hue = plan.tables[0]!.provinces.find((r) => r.code === '46')!;
    expect(hue.publishedName).toBe('Thành phố Huế');
  });
});

describe('spread', () => {
  it('splits a total by the month profile with parts that add up exactly', () => {
    for (const total of [0, 1, 7, 999, 123_457])
      expect(spread(total, MONTH_PROFILE).reduce((a, b) => a + b, 0)).toBe(total);
    expect(spread(1000, MONTH_PROFILE)).toEqual([...MONTH_PROFILE]);
  });
});
