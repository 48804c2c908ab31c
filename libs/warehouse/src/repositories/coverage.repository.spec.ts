import { describe, expect, it } from 'vitest';
import { WarehouseDatabase } from '../connection/warehouse-database';
import { AuditRepository } from './audit.repository';
import { CoverageRepository, type CoverageTableInput } from './coverage.repository';

const AUDIT = {
  actor: 'hq',
  actorRole: 'data-officer',
  via: 'token',
  origin: '127.0.0.1',
  action: 'actuals.import',
  target: 'coverage',
  outcome: 'OK' as const,
  detail: {},
};

const row = (provinceCode: string, labourForce: number | null, sourceRow: number) => ({
  provinceCode,
  provinceName: `Tỉnh ${provinceCode}`,
  labourForce,
  population: 2_000_000,
  siParticipants: 400_000,
  hiParticipants: 1_900_000,
  synthetic: true,
  source: 'Tổng hợp',
  sourceRow,
});

const table = (contentHash: string, labourForce: number | null): CoverageTableInput => ({
  unitSet: 'vn34-2025',
  year: 2025,
  contentHash,
  sourceFile: 'bao-phu.csv',
  rows: [row('01', labourForce, 2), row('04', 3_000_000_000, 3)],
});

describe('coverage bases in DuckDB', () => {
  it('keeps every import, answers the latest, and stores the same table once', async () => {
    const db = await WarehouseDatabase.open(':memory:');
    const coverage = new CoverageRepository(db);
    expect(await coverage.tables()).toEqual([]);
    expect(await coverage.bases('vn34-2025', 2025)).toEqual([]);

    const [first] = await coverage.save([table('a', 1_000_000)], 'hq', AUDIT);
    expect(first).toMatchObject({ outcome: 'STORED', unitSet: 'vn34-2025', year: 2025 });
    const [again] = await coverage.save([table('a', 1_000_000)], 'hq', AUDIT);
    expect(again).toEqual({ ...first, outcome: 'UNCHANGED' });
    const [second] = await coverage.save([table('b', null)], 'hq2', AUDIT);
    expect(second!.importId).toBeGreaterThan(first!.importId);

    const bases = await coverage.bases('vn34-2025', 2025);
    expect(bases.map((b) => [b.provinceCode, b.labourForce, b.sourceRow])).toEqual([
      ['01', null, 2],
      // Persons beyond 32 bits are kept whole.
      ['04', 3_000_000_000, 3],
    ]);
    expect(bases[0]).toMatchObject({ provinceName: 'Tỉnh 01', sourceFile: 'bao-phu.csv', synthetic: true });
    const [tableInForce] = await coverage.tables();
    expect(tableInForce).toMatchObject({
      importId: second!.importId,
      importedBy: 'hq2',
      unitCount: 2,
      synthetic: true,
      sources: ['Tổng hợp'],
    });
    const log = await new AuditRepository(db).page({ limit: 10, before: null, action: 'actuals.import', actor: null });
    expect(log).toHaveLength(2);
    db.close();
  });

  it('leaves a unit set and year that has a table alone when asked to store only what is absent', async () => {
    const db = await WarehouseDatabase.open(':memory:');
    const coverage = new CoverageRepository(db);
    await coverage.save([table('a', 1_000_000)], 'hq', null);
    const [present] = await coverage.save([table('b', 5)], 'system', null, { onlyWhenAbsent: true });
    expect(present!.outcome).toBe('PRESENT');
    expect((await coverage.bases('vn34-2025', 2025))[0]!.labourForce).toBe(1_000_000);
    db.close();
  });
});
