import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../api/graphql-client';
import { describeError } from './describe-error';

describe('describeError', () => {
  it('explains a GraphQL error in Vietnamese and keeps the server message as detail', () => {
    const described = describeError(new GraphQLRequestError('graphql', 'Unknown metric "foo"'));
    expect(described.message).toBe('Máy chủ không trả được số liệu đã yêu cầu.');
    expect(described.detail).toBe('Unknown metric "foo"');
  });

  it('gives the server’s own Vietnamese explanation when it sent one, never for an internal error', () => {
    const refused = (code: string) =>
      new GraphQLRequestError('graphql', 'Date 2030-01-01 is outside the plan period', 200, [
        {
          message: 'Date 2030-01-01 is outside the plan period',
          extensions: { code, messageVi: 'Ngày 2030-01-01 nằm ngoài kỳ kế hoạch' },
        },
      ]);
    const described = describeError(refused('BAD_USER_INPUT'));
    expect(described).toEqual({
      message: 'Ngày 2030-01-01 nằm ngoài kỳ kế hoạch',
      detail: 'Date 2030-01-01 is outside the plan period',
    });
    expect(describeError(refused('INTERNAL_SERVER_ERROR')).message).toBe('Máy chủ không trả được số liệu đã yêu cầu.');
  });

  it('still describes an unexpected error', () => {
    expect(describeError(new TypeError('x is undefined'))).toEqual({
      message: 'Đã xảy ra lỗi không xác định.',
      detail: 'TypeError: x is undefined',
    });
  });

  it('says the session ended, or that the account may not do this, rather than blaming the server', () => {
    const refused = (code: string) =>
      new GraphQLRequestError('graphql', `[${code}] …`, 200, [{ message: '…', extensions: { code } }]);
    expect(describeError(refused('UNAUTHENTICATED')).message).toBe(
      'Phiên đăng nhập đã kết thúc hoặc hết hạn: đăng nhập lại để tiếp tục.',
    );
    expect(describeError(refused('FORBIDDEN')).message).toBe('Tài khoản của bạn không có quyền xem hoặc làm việc này.');
  });
});
