import { describe, expect, it } from 'vitest';
import { WarehouseDatabase } from '../connection/warehouse-database';
import { AuditRepository } from './audit.repository';
import { PlanSettingsRepository, type PlanSettingsInput } from './plan-settings.repository';

const SETTINGS: PlanSettingsInput = {
  onTrack: 1,
  atRisk: 0.9,
  latePaymentAtRisk: 1.1,
  compositeCap: 1.2,
  latePaymentReference: 0.0291,
  weights: { revenue: 3, dev_compulsory_si: 1, late_payment: 0 },
  note: 'Thu trọng số 3',
};
const AUDIT = {
  actor: 'hq',
  actorRole: 'data-officer',
  via: 'token',
  origin: '127.0.0.1',
  action: 'plan.settings',
  target: null,
  outcome: 'OK' as const,
  detail: {},
};

describe('plan settings in DuckDB', () => {
  it('stores each change as the next version, keeps the earlier ones, and records who set it', async () => {
    const db = await WarehouseDatabase.open(':memory:');
    const settings = new PlanSettingsRepository(db);
    expect(await settings.get('P')).toBeNull();
    const first = await settings.save('P', SETTINGS, 'hq', AUDIT);
    const second = await settings.save('P', { ...SETTINGS, atRisk: 0.85, note: 'Nới ngưỡng' }, 'hq2', AUDIT);
    await settings.save('Q', SETTINGS, 'hq', null);
    expect([first.version, second.version]).toEqual([1, 2]);
    expect(await settings.get('P')).toMatchObject({ version: 2, atRisk: 0.85, setBy: 'hq2', note: 'Nới ngưỡng' });
    expect(await settings.get('P', 1)).toMatchObject({ version: 1, atRisk: 0.9, weights: SETTINGS.weights });
    expect(await settings.get('P', 3)).toBeNull();
    expect((await settings.history('P')).map((s) => s.version)).toEqual([2, 1]);
    expect((await settings.get('P', 1))!.setAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const log = await new AuditRepository(db).page({ limit: 10, before: null, action: 'plan.settings', actor: null });
    expect(log.map((event) => event.target)).toEqual(['plan P settings v2', 'plan P settings v1']);
    await db.close();
  });
});
