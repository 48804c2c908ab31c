import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';

// The 34 units of the 2025 reform over HTTP: the reference list, and the ledger's late payment carried from its
// 63 units onto the 34 — each merged unit's amounts the sums of its predecessors', its ratio recomputed from those
// sums (never averaged), and the 34 ranked among themselves. The predecessors are read here from the shipped
// crosswalk (data/reference/merge_2025.csv), independently of the server.

type Late = {
  province: { code: string; nameVi: string };
  receivable: number;
  overdue: number;
  ratio: number | null;
  rank: number | null;
  employers: number;
};
const FIELDS =
  'provinces { province { code nameVi } receivable overdue ratio rank employers } national { receivable overdue ratio }';

const successor = new Map(
  readFileSync(join(REPO_ROOT, 'data/reference/merge_2025.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .map(([oldCode, , , newCode]) => [oldCode!, newCode!]),
);

describe('unit sets: the 63 provinces and the 34 units of 2025', () => {
  const temp = tempDir('scorecard-unit-sets-');
  let server: RunningServer;
  const ask = <T>(query: string) => graphql<T>(server.url, query, {}, { token: server.tokens['leadership']! });

  beforeAll(async () => {
    server = await startServer({ dbPath: join(temp.dir, 'units.duckdb'), tokens: ['leadership'] });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  it('lists the 34 units with their new names, and the 63 by default', async () => {
    const answer = await ask<{ v34: { code: string; nameVi: string }[]; v63: { code: string }[] }>(
      '{ v34: provinces(unitSet: VN34) { code nameVi } v63: provinces { code } }',
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.v63).toHaveLength(63);
    expect(answer.data!.v34).toHaveLength(34);
    expect(answer.data!.v34.map((p) => p.code)).toEqual([...new Set(successor.values())].sort());
    expect(answer.data!.v34.find((p) => p.code === '46')!.nameVi).toBe('Huế');
  });

  it('sums late payment onto the 34 units, recomputes each ratio from the sums, and ranks the 34', async () => {
    const answer = await ask<{
      v63: { provinces: Late[]; national: Late };
      v34: { provinces: Late[]; national: Late };
    }>(
      `{ v63: latePayment(asOf: "2023-06-30") { ${FIELDS} } v34: latePayment(asOf: "2023-06-30", unitSet: VN34) { ${FIELDS} } }`,
    );
    expect(answer.errors).toBeUndefined();
    const { v63, v34 } = answer.data!;
    expect(v34.provinces).toHaveLength(34);
    expect(v34.national).toEqual(v63.national);
    for (const unit of v34.provinces) {
      const members = v63.provinces.filter((p) => successor.get(p.province.code) === unit.province.code);
      expect(members.length, unit.province.code).toBeGreaterThan(0);
      const receivable = members.reduce((sum, p) => sum + p.receivable, 0);
      const overdue = members.reduce((sum, p) => sum + p.overdue, 0);
      expect(unit.receivable, unit.province.code).toBe(receivable);
      expect(unit.overdue, unit.province.code).toBe(overdue);
      expect(unit.employers).toBe(members.reduce((sum, p) => sum + p.employers, 0));
      expect(unit.ratio).toBeCloseTo(overdue / receivable, 12);
    }
    // Hồ Chí Minh City merged three units: its ratio is not the mean of theirs.
    const hcmc = v34.provinces.find((p) => p.province.code === '79')!;
    const parts = v63.provinces.filter((p) => ['74', '77', '79'].includes(p.province.code));
    const mean = parts.reduce((sum, p) => sum + p.ratio!, 0) / parts.length;
    expect(Math.abs(hcmc.ratio! - mean)).toBeGreaterThan(1e-6);
    // Competition ranks among the 34, lowest ratio first.
    const ratios = v34.provinces.map((p) => p.ratio!);
    v34.provinces.forEach((p) => expect(p.rank).toBe(1 + ratios.filter((r) => r < p.ratio!).length));
    expect(Math.max(...v34.provinces.map((p) => p.rank!))).toBeLessThanOrEqual(34);
  });
});
