import { describe, expect, it } from 'vitest';
import type { Alert } from '@scorecard/domain';
import { WarehouseDatabase } from '../connection/warehouse-database';
import { AlertMessageRepository } from './alert-message.repository';
import { AGENCY_WIDE, AlertSettingsRepository } from './alert-settings.repository';
import { AlertRepository } from './alert.repository';

const alert = (kind: Alert['kind'], date: string): Alert => ({
  kind,
  planId: 'P',
  provinceCode: '01',
  metric: null,
  date,
  key: `${kind}|P|01|-|${date}`,
  figures: {},
});
const AUDIT = {
  actor: 'hq',
  actorRole: 'leadership',
  via: 'token',
  origin: '127.0.0.1',
  action: 'alerts.thresholds',
  target: null,
  outcome: 'OK' as const,
  detail: {},
};

describe('alert messages in DuckDB', () => {
  it('composes a message once per id, carries only unsent alerts of the chosen kinds, and logs each step', async () => {
    const db = await WarehouseDatabase.open(':memory:');
    const alerts = new AlertRepository(db);
    const messages = new AlertMessageRepository(db);
    const a = alert('RANK_DROP', '2026-11-30');
    const b = alert('REPORT_MISSING', '2026-11-30');
    const c = alert('BAND_FELL', '2026-11-15');
    await alerts.record(
      [a, b, c],
      [a, b, c].map((x) => ({ alertKey: x.key, recipient: 'gd01', channel: 'IN_APP' as const })),
      '2026-12-01T08:00:00',
    );
    // Delivered before e-mail was turned on: not carried.
    expect(await messages.unsent('gd01', 'EMAIL', '2026-12-01T08:00:01', ['RANK_DROP'])).toEqual([]);
    const unsent = await messages.unsent('gd01', 'EMAIL', '2026-12-01T00:00:00', ['RANK_DROP', 'BAND_FELL']);
    expect(unsent.map((u) => u.key)).toEqual([c.key, a.key].sort());
    const message = {
      id: 'EMAIL|gd01|DAILY 2026-12-01',
      channel: 'EMAIL' as const,
      recipient: 'gd01',
      address: 'gd@hanoi.vn',
      slot: 'DAILY 2026-12-01',
      subject: 'Bản tin',
      bodyText: 'x',
      bodyHtml: null,
      alertKeys: unsent.map((u) => u.key),
    };
    expect(await messages.compose(message, '2026-12-01T08:00:02')).toBe(true);
    expect(await messages.compose(message, '2026-12-01T08:05:00')).toBe(false);
    expect(await messages.unsent('gd01', 'EMAIL', '2026-12-01T00:00:00', ['RANK_DROP', 'BAND_FELL'])).toEqual([]);
    // The in-app list is the same as before: the e-mail deliveries are of their own channel.
    expect((await alerts.counts('gd01')).total).toBe(3);

    expect((await messages.due('2026-12-01T08:00:03', false)).map((m) => m.state)).toEqual(['PENDING']);
    await messages.step(message.id, 'SENDING', '2026-12-01T08:00:03', null);
    // A message a kill left in SENDING is due only at the first run after a start.
    expect(await messages.due('2026-12-01T08:00:04', false)).toEqual([]);
    expect((await messages.due('2026-12-01T08:00:04', true))[0]).toMatchObject({ state: 'SENDING', attempts: 1 });
    await messages.step(message.id, 'RETRY', '2026-12-01T08:00:04', '421 busy', '2026-12-01T08:05:04');
    expect(await messages.due('2026-12-01T08:05:03', false)).toEqual([]);
    expect(await messages.due('2026-12-01T08:05:04', false)).toHaveLength(1);
    await messages.step(message.id, 'SENDING', '2026-12-01T08:05:05', null);
    await messages.step(message.id, 'SENT', '2026-12-01T08:05:06', '250 OK');
    const [logged] = await messages.log({ recipient: 'gd01', limit: 10, offset: 0 });
    expect(logged).toMatchObject({ state: 'SENT', attempts: 2, detail: '250 OK', alertKeys: message.alertKeys });
    await db.close();
  });

  it('keeps every version of thresholds and choices, and knows since when e-mail has been on', async () => {
    const db = await WarehouseDatabase.open(':memory:');
    const settings = new AlertSettingsRepository(db);
    const base = { rankDrop: null, paceMultiple: null, approvalWaitDays: null, note: 'Mặc định toàn ngành' };
    await settings.saveThresholds(AGENCY_WIDE, { ...base, latePaymentRatio: 0.03 }, 'ld', '2026-12-01T08:00:00', AUDIT);
    await settings.saveThresholds(
      'P',
      { ...base, latePaymentRatio: null, rankDrop: 3 },
      'ld',
      '2026-12-01T09:00:00',
      AUDIT,
    );
    await settings.saveThresholds(
      'P',
      { ...base, latePaymentRatio: null, rankDrop: 4 },
      'ld',
      '2026-12-02T09:00:00',
      AUDIT,
    );
    expect((await settings.thresholdHistory('P')).map((t) => [t.version, t.rankDrop])).toEqual([
      [2, 4],
      [1, 3],
    ]);
    const inForce = await settings.thresholdsInForce();
    expect(inForce.get('P')?.rankDrop).toBe(4);
    expect(inForce.get(AGENCY_WIDE)?.latePaymentRatio).toBe(0.03);

    const choice = { kinds: ['RANK_DROP'], email: 'gd@hanoi.vn', digest: 'DAILY' as const, language: 'vi' as const };
    await settings.savePreference('gd01', { ...choice, email: null }, 'gd01', '2026-12-01T08:00:00');
    await settings.savePreference('gd01', choice, 'gd01', '2026-12-02T08:00:00');
    await settings.savePreference('gd01', { ...choice, digest: 'REPORT_DATE' }, 'gd01', '2026-12-03T08:00:00');
    expect(await settings.emailSince('gd01')).toBe('2026-12-02T08:00:00');
    expect((await settings.preference('gd01'))?.digest).toBe('REPORT_DATE');
    await settings.savePreference('gd01', { ...choice, digest: 'NONE' }, 'gd01', '2026-12-04T08:00:00');
    expect(await settings.emailSince('gd01')).toBeNull();
    await db.close();
  });
});
