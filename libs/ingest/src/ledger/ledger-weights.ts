import { join } from 'node:path';
import { readPlanDirectory } from '../plan/plan-directory.reader';

// The synthetic ledger spreads employers over the provinces in proportion to their 2021 revenue quotas (the
// period totals of plan 2800/KH-BHXH's revenue table, as published).
export const LEDGER_WEIGHT_PLAN = '2800-KH-BHXH-2021';

export async function revenueQuotaWeights(dataDir: string): Promise<{ code: string; weight: number }[]> {
  const plan = await readPlanDirectory(join(dataDir, 'plans', LEDGER_WEIGHT_PLAN));
  const revenue = plan.tables.find((table) => table.metric === 'revenue');
  if (!revenue) throw new Error(`${LEDGER_WEIGHT_PLAN} has no revenue table to weight the provinces by`);
  return revenue.provinces
    .filter((row): row is typeof row & { code: string } => row.code !== null && row.total.value > 0)
    .map((row) => ({ code: row.code, weight: row.total.value }));
}
