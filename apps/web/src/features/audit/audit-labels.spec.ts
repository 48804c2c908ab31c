import { describe, expect, it } from 'vitest';
import { KNOWN_ACTIONS, actionLabel, describeOutcome, formatDetail, viaLabel } from './audit-labels';

describe('audit labels', () => {
  it('names the actions in Vietnamese', () => {
    expect(actionLabel('plan.import')).toBe('Nhập kế hoạch');
    expect(actionLabel('report.submit')).toBe('Gửi báo cáo');
    expect(actionLabel('report.approve')).toBe('Duyệt báo cáo');
    expect(actionLabel('report.reject')).toBe('Từ chối báo cáo');
    expect(actionLabel('account.create')).toBe('Tạo tài khoản');
    expect(actionLabel('token.create')).toBe('Tạo khóa API');
    expect(actionLabel('token.revoke')).toBe('Thu hồi khóa API');
    expect(actionLabel('auth.sign-in')).toBe('Đăng nhập');
    expect(actionLabel('auth.sign-out')).toBe('Đăng xuất');
  });

  it('shows an action it does not know by its code, so nothing disappears', () => {
    expect(actionLabel('threshold.change')).toBe('threshold.change');
    expect(KNOWN_ACTIONS).toContain('report.approve');
  });

  it('shows the outcome in words', () => {
    expect(describeOutcome('OK')).toEqual({ text: 'Thành công', badge: 'badge badge--ok' });
    expect(describeOutcome('DENIED')).toEqual({ text: 'Bị từ chối', badge: 'badge badge--error' });
    expect(describeOutcome('LATER').text).toBe('LATER');
  });

  it('says how the actor came in', () => {
    expect(viaLabel('token')).toBe('Khóa API');
    expect(viaLabel('password')).toBe('Mật khẩu');
    expect(viaLabel('carrier-pigeon')).toBe('carrier-pigeon');
  });

  it('indents the detail JSON, and has nothing to show for an empty one', () => {
    expect(formatDetail('{"role":"officer","province":"12"}')).toBe('{\n  "role": "officer",\n  "province": "12"\n}');
    expect(formatDetail('{}')).toBeNull();
    expect(formatDetail('not json')).toBe('not json');
  });
});
