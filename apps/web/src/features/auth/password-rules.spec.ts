import { describe, expect, it } from 'vitest';
import { passwordIssues } from './password-rules';

const good = 'Lai Châu tháng mười';

describe('passwordIssues', () => {
  it('accepts a new password of at least 10 characters typed twice the same', () => {
    expect(passwordIssues({ current: 'cũ-1234567', next: good, repeat: good, needsCurrent: true })).toEqual({});
  });

  it('asks for the current password, unless a one-time link signed the viewer in', () => {
    expect(passwordIssues({ current: '', next: good, repeat: good, needsCurrent: true })).toEqual({
      current: 'Nhập mật khẩu hiện tại.',
    });
    expect(passwordIssues({ current: '', next: good, repeat: good, needsCurrent: false })).toEqual({});
  });

  it('counts characters, not bytes, and says how many are missing', () => {
    // 9 characters with diacritics, written decomposed: still 9.
    const nine = 'đắk lắk 1'.normalize('NFD');
    expect(passwordIssues({ current: '', next: nine, repeat: nine, needsCurrent: false }).next).toBe(
      'Mật khẩu mới cần ít nhất 10 ký tự (mới có 9).',
    );
  });

  it('refuses two different entries and a new password equal to the current one', () => {
    expect(passwordIssues({ current: '', next: good, repeat: `${good}!`, needsCurrent: false }).repeat).toBe(
      'Hai lần nhập mật khẩu mới không khớp.',
    );
    expect(passwordIssues({ current: good, next: good, repeat: good, needsCurrent: true }).next).toBe(
      'Mật khẩu mới phải khác mật khẩu hiện tại.',
    );
  });
});
