import { describe, expect, it } from 'vitest';
import { describeTokenStatus } from './token-status';

describe('token status', () => {
  it('calls a token neither revoked nor expired in use', () => {
    expect(describeTokenStatus({ active: true, revokedAt: null })).toMatchObject({
      status: 'active',
      text: 'Đang dùng',
    });
  });

  it('says when a token was revoked, in Vietnam time', () => {
    expect(describeTokenStatus({ active: false, revokedAt: '2026-01-02T01:00:00.000Z' }).text).toBe(
      'Đã thu hồi lúc 02/01/2026 08:00',
    );
  });

  it('calls an inactive token that was never revoked expired', () => {
    expect(describeTokenStatus({ active: false, revokedAt: null })).toMatchObject({
      status: 'expired',
      text: 'Hết hạn',
    });
  });
});
