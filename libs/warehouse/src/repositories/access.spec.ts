import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WarehouseDatabase } from '../connection/warehouse-database';
import { ActualImportRepository } from './actual-import.repository';
import { AuditRepository } from './audit.repository';
import { ReportReviewRepository } from './report-review.repository';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const HQ = {
  actor: 'hq',
  actorRole: 'data-officer',
  via: 'token',
  origin: '127.0.0.1',
  target: null,
  outcome: 'OK' as const,
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|sql|mjs)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('the audit log and report approval in DuckDB', () => {
  it('is never updated or deleted by any statement of the application', () => {
    const offenders = [...sources(join(REPO, 'apps')), ...sources(join(REPO, 'libs'))].filter((file) =>
      /(UPDATE|DELETE\s+FROM|TRUNCATE|DROP\s+TABLE)\s+audit_event/i.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('counts an import’s figures only once it needs no approval or is approved, and a decision only once', async () => {
    const db = await WarehouseDatabase.open(':memory:');
    try {
      const imports = new ActualImportRepository(db);
      const submission = (value: number) => ({
        provinceCode: '12',
        metric: 'revenue',
        reportDate: '2021-10-15',
        cumulativeValue: value,
        submittedAt: `2021-10-15T1${value}:00:00`,
        source: 'form:x',
        sourceRow: null,
      });
      const write = (hash: string, value: number, approvalRequired: 'NONE' | 'DIRECTOR' | 'HEADQUARTERS') =>
        imports.write({
          planId: 'P',
          contentHash: hash,
          source: 'form:x',
          importedBy: 'x',
          submissions: [submission(value)],
          rowsUnchanged: 0,
          warnings: [],
          submittedByRole: 'officer',
          provinceCode: '12',
          approvalRequired,
          audit: { ...HQ, action: 'report.submit', detail: {} },
        });
      const counted = async () =>
        (await db.all<{ v: number }>('SELECT cumulative_value AS v FROM counted_actual_report ORDER BY v')).map(
          (r) => r.v,
        );
      await write('a', 1, 'NONE');
      const pending = await write('b', 2, 'DIRECTOR');
      const rejected = await write('c', 3, 'HEADQUARTERS');
      expect(await counted()).toEqual([1]);
      const reviews = new ReportReviewRepository(db);
      const decide = (id: number, decision: 'APPROVED' | 'REJECTED') =>
        reviews.decide(
          id,
          { decision, reason: null, decidedBy: 'hq' },
          { ...HQ, action: `report.${decision}`, detail: {} },
        );
      expect(await decide(pending.importId, 'APPROVED')).toBe(true);
      expect(await decide(rejected.importId, 'REJECTED')).toBe(true);
      expect(await decide(pending.importId, 'REJECTED')).toBe(false);
      expect(await counted()).toEqual([1, 2]);
      const states = await reviews.submissions({ planId: 'P', state: null, provinceCode: '12', limit: 10 });
      expect(states.map((s) => [s.figures[0]!.value, s.state])).toEqual([
        [3, 'REJECTED'],
        [2, 'APPROVED'],
        [1, 'APPROVED'],
      ]);
      // Each submission and decision is in the audit log, in the transaction that wrote it.
      expect(await new AuditRepository(db).count()).toBe(5);
    } finally {
      db.close();
    }
  });
});
