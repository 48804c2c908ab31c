import { describe, expect, it } from 'vitest';
import { AuthRequestError } from '../api/auth-client';
import { authErrorMessage, passwordErrorMessage, signInProblem } from './auth-messages';

describe('authErrorMessage', () => {
  it('shows the server’s Vietnamese message as it is', () => {
    const error = new AuthRequestError('refused', 'HTTP 423', 423, 'ACCOUNT_LOCKED', 'Tài khoản tạm khóa 15 phút.');
    expect(authErrorMessage(error)).toBe('Tài khoản tạm khóa 15 phút.');
  });

  it('replaces the rate limiter’s English message with a Vietnamese one', () => {
    const error = new AuthRequestError('rate-limited', 'HTTP 429', 429, 'Too Many Requests', 'Rate limit exceeded');
    expect(authErrorMessage(error)).toBe('Quá nhiều lần thử, chờ một phút rồi thử lại.');
  });

  it('explains a refusal without a message and a server out of reach', () => {
    expect(authErrorMessage(new AuthRequestError('refused', 'HTTP 502', 502))).toBe(
      'Máy chủ từ chối yêu cầu (mã 502). Thử lại sau.',
    );
    expect(authErrorMessage(new AuthRequestError('network', 'Failed to fetch'))).toContain('Không kết nối được');
  });
});

describe('signInProblem', () => {
  it('explains why the server sent the viewer back to the sign-in page', () => {
    expect(signInProblem('?loi=lien-ket')).toContain('Liên kết đăng nhập không dùng được');
    expect(signInProblem('?loi=tai-khoan')).toContain('chưa được cấp quyền');
    expect(signInProblem('?loi=oidc')).toContain('nhà cung cấp định danh');
    expect(signInProblem('?loi=khac')).toBe('Chưa đăng nhập được. Thử lại.');
    expect(signInProblem('?tiep=%2F')).toBeNull();
  });
});

describe('passwordErrorMessage', () => {
  it('explains in Vietnamese that an account without a password of its own cannot change one', () => {
    const error = new AuthRequestError('refused', 'HTTP 403', 403, 'FORBIDDEN', 'a demo account has no password');
    expect(passwordErrorMessage(error)).toBe(
      'Tài khoản này không có mật khẩu để đổi: tài khoản trình diễn, hoặc đang dùng khóa API.',
    );
  });

  it('shows the server’s own message for a wrong current password or a weak new one', () => {
    const error = new AuthRequestError('refused', 'HTTP 400', 400, 'WEAK_PASSWORD', 'Mật khẩu quá đơn giản.');
    expect(passwordErrorMessage(error)).toBe('Mật khẩu quá đơn giản.');
  });
});
