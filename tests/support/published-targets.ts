import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './scorecard-server';

// An independent reading of the published 2021 tables for tests: a plain tab split of the rows whose names
// are spelled exactly as the official list, without any code of the product.
export type ProvinceTargets = { total: number; months: Record<string, number> };

const MONTHS = ['2021-09', '2021-10', '2021-11', '2021-12'];
const number = (text: string) => Number(text.replaceAll(',', ''));

export function officialCodes(): Map<string, string> {
  const lines = readFileSync(join(REPO_ROOT, 'data/reference/provinces63.csv'), 'utf8').trim().split('\n').slice(1);
  return new Map(lines.map((line) => [line.split(',')[1]!, line.split(',')[0]!]));
}

/** Targets by province code of one block (0-based) of one appendix, for the provinces spelled officially. */
export function publishedTargets(appendix: string, block = 0): Map<string, ProvinceTargets> {
  const codes = officialCodes();
  const text = readFileSync(join(REPO_ROOT, `data/plans/2800-KH-BHXH-2021/appendix-${appendix}.txt`), 'utf8');
  const targets = new Map<string, ProvinceTargets>();
  for (const line of text.split('\n')) {
    const cells = line.split('\t');
    const code = codes.get(cells[1]?.trim() ?? '');
    if (!/^\d+$/.test(cells[0] ?? '') || !code) continue;
    const values = cells.slice(2 + block * 5, 7 + block * 5).map(number);
    targets.set(code, { total: values[0]!, months: Object.fromEntries(MONTHS.map((m, i) => [m, values[i + 1]!])) });
  }
  return targets;
}

/** T(d) computed by hand: months ended in full, the current month pro-rated by days elapsed. */
export function targetToDate(targets: ProvinceTargets, asOf: string): number {
  let sum = 0;
  for (const [month, value] of Object.entries(targets.months)) {
    const [y, m] = month.split('-').map(Number) as [number, number];
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const last = `${month}-${String(days).padStart(2, '0')}`;
    if (last <= asOf) sum += value;
    else if (asOf.startsWith(month)) sum += (value * Number(asOf.slice(8))) / days;
  }
  return sum;
}
