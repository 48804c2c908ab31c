import { Logger } from '@nestjs/common';
import { AccessError } from '@scorecard/access';
import { InvalidDateError, PeriodError } from '@scorecard/domain';
import { WarehouseError } from '@scorecard/warehouse';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import {
  INTERNAL_ERROR_MESSAGE,
  INTERNAL_ERROR_MESSAGE_VI,
  ScorecardError,
  formatGraphQLError,
  graphqlLayerMessageVi,
} from './scorecard.errors';

// What Apollo hands formatError: the error as formatted so far, and the error thrown (wrapped by graphql-js when a
// resolver threw it).
const thrown = (error: Error): [GraphQLFormattedError, unknown] => {
  const wrapped = new GraphQLError(error.message, { originalError: error, path: ['field'] });
  return [{ message: error.message, path: ['field'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped];
};
const layer = (message: string, code: string): [GraphQLFormattedError, unknown] => [
  { message, extensions: { code } },
  new GraphQLError(message, { extensions: { code } }),
];

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

describe('formatGraphQLError', () => {
  it("puts a feature error's own Vietnamese message beside its English one, with its code and reason", () => {
    const error = new ScorecardError('UNKNOWN_PLAN', 'No plan with id "x".', 'Không có kế hoạch mã "x".');
    expect(formatGraphQLError(...thrown(error))).toEqual({
      message: 'No plan with id "x".',
      path: ['field'],
      extensions: { code: 'NOT_FOUND', reason: 'UNKNOWN_PLAN', messageVi: 'Không có kế hoạch mã "x".' },
    });
  });

  it('does the same for access, warehouse and period errors', () => {
    const access = new AccessError('ACCOUNT_EXISTS', 'taken', 'Tên đăng nhập "a" đã có người dùng.');
    expect(formatGraphQLError(...thrown(access)).extensions).toEqual({
      code: 'CONFLICT',
      reason: 'ACCOUNT_EXISTS',
      messageVi: 'Tên đăng nhập "a" đã có người dùng.',
    });
    const readOnly = new WarehouseError('READ_ONLY', 'read-only copy', 'Máy chủ này phục vụ bản công bố chỉ đọc.');
    expect(formatGraphQLError(...thrown(readOnly)).extensions).toMatchObject({
      code: 'FORBIDDEN',
      messageVi: 'Máy chủ này phục vụ bản công bố chỉ đọc.',
    });
    const period = new PeriodError('as-of date 2030-01-01 is outside', 'Ngày tính 2030-01-01 nằm ngoài kỳ kế hoạch.');
    expect(formatGraphQLError(...thrown(period)).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_DATE',
      messageVi: 'Ngày tính 2030-01-01 nằm ngoài kỳ kế hoạch.',
    });
    const badDate = formatGraphQLError(...thrown(new InvalidDateError('asOf', '2021-02-30'))).extensions;
    expect(badDate).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE' });
    expect(badDate?.messageVi).toMatch(VIETNAMESE);
    // Any other RangeError is a fault of the server: an internal error, its text kept out of the answer.
    const fault = formatGraphQLError(...thrown(new RangeError('capacity must be a whole number')));
    expect(fault.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(fault.message).not.toContain('capacity');
  });

  it('says an internal error in both languages, without its text or stack (which go to the log)', () => {
    const logged = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const formatted = formatGraphQLError(...thrown(new Error('SELECT failed at /srv/scorecard/db.duckdb')));
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('SELECT failed at /srv/scorecard/db.duckdb'));
    logged.mockRestore();
    expect(formatted).toEqual({
      message: INTERNAL_ERROR_MESSAGE,
      locations: undefined,
      path: ['field'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', messageVi: INTERNAL_ERROR_MESSAGE_VI },
    });
  });

  it('gives errors of the GraphQL layer a Vietnamese message by their form or code, keeping the English detail', () => {
    const unknownField = formatGraphQLError(
      ...layer('Cannot query field "nope" on type "Query".', 'GRAPHQL_VALIDATION_FAILED'),
    );
    expect(unknownField).toEqual({
      message: 'Cannot query field "nope" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', messageVi: 'Kiểu Query không có trường "nope".' },
    });
    const syntax = formatGraphQLError(
      { message: 'Syntax Error: Expected Name, found <EOF>.', locations: [{ line: 1, column: 14 }] },
      new GraphQLError('Syntax Error: Expected Name, found <EOF>.', {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    );
    expect(syntax.extensions?.messageVi).toBe(
      'Truy vấn GraphQL viết sai cú pháp ở dòng 1, cột 14: sửa truy vấn theo chi tiết trong thông báo tiếng Anh.',
    );
    // graphql-armor's parse gives no locations; the message prints where the error is.
    const printed = 'Syntax Error: Expected Name, found <EOF>.\n\nGraphQL request:2:7\n2 |   plans';
    expect(graphqlLayerMessageVi({ message: printed, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })).toContain(
      'ở dòng 2, cột 7',
    );
    const cases: [string, string, string][] = [
      ['Syntax Error: Expected Name, found "}".', 'GRAPHQL_PARSE_FAILED', 'sai cú pháp'],
      [
        'Syntax Error: Aliases limit of 15 exceeded, found 40.',
        'BAD_USER_INPUT',
        '40 bí danh (alias), vượt giới hạn 15',
      ],
      ['Syntax Error: Query depth limit of 10 exceeded, found 12.', 'BAD_USER_INPUT', 'lồng sâu 12 cấp'],
      ['Syntax Error: Query Cost limit of 5000 exceeded, found 9000.', 'BAD_USER_INPUT', 'chi phí ước tính 9000'],
      ['Syntax Error: Token limit of 2000 exceeded.', 'GRAPHQL_PARSE_FAILED', 'giới hạn 2000 ký hiệu'],
      ['Variable "$asOf" of required type "String!" was not provided.', 'BAD_USER_INPUT', 'biến bắt buộc $asOf'],
      ['Variable "$first" got invalid value "x"; Int cannot represent', 'BAD_USER_INPUT', 'Biến $first'],
      ['PersistedQueryNotFound', 'PERSISTED_QUERY_NOT_FOUND', 'truy vấn đã lưu'],
      ['Something new', 'SOME_FUTURE_CODE', 'Máy chủ từ chối truy vấn này'],
    ];
    for (const [message, code, vi] of cases) {
      const formatted = formatGraphQLError(...layer(message, code));
      expect(formatted.message).toBe(message);
      expect(formatted.extensions?.code).toBe(code);
      expect(formatted.extensions?.messageVi, message).toContain(vi);
      expect(formatted.extensions?.messageVi).toMatch(VIETNAMESE);
    }
  });

  it('has a Vietnamese sentence for every code without a form it knows', () => {
    for (const code of ['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE'])
      expect(graphqlLayerMessageVi({ message: 'x', extensions: { code } })).toMatch(VIETNAMESE);
  });
});
