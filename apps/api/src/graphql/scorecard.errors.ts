import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Logger } from '@nestjs/common';
import { InvalidDateError, PeriodError } from '@scorecard/domain';
import { AccessError, type AccessErrorCode } from '@scorecard/access';
import { WarehouseError } from '@scorecard/warehouse';

// Every failure reaches the caller as an error with a code and a message that says what to do; none becomes
// an empty list or a zero. Features throw ScorecardError subclasses; this file maps every code once.

export type ScorecardErrorCode =
  | 'UNKNOWN_METRIC'
  | 'UNKNOWN_PLAN'
  | 'UNKNOWN_PLAN_VERSION'
  | 'INVALID_DATE'
  | 'DATE_OUTSIDE_PERIOD'
  | 'PLAN_HAS_NO_TARGETS'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'UNKNOWN_SUBMISSION'
  | 'ALREADY_DECIDED'
  | 'UNKNOWN_PROVINCE'
  | 'INVALID_FILE'
  | 'NO_LEDGER'
  | 'DATE_OUTSIDE_LEDGER'
  | 'INVALID_CURSOR'
  /** A value that is none of the choices the argument allows (a basis, a bucket, a format). */
  | 'INVALID_ARGUMENT'
  | 'UNKNOWN_CASE'
  | 'INVALID_SETTINGS'
  | 'UNKNOWN_SETTINGS_VERSION';

export class ScorecardError extends Error {
  constructor(
    readonly code: ScorecardErrorCode,
    message: string,
    /** The same refusal in Vietnamese, with the same values: extensions.messageVi. */
    readonly messageVi: string,
  ) {
    super(message);
    this.name = 'ScorecardError';
  }
}

type GraphQLCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export const CODES: Record<ScorecardErrorCode | WarehouseError['code'] | AccessErrorCode, GraphQLCode> = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  UNKNOWN_SUBMISSION: 'NOT_FOUND',
  ALREADY_DECIDED: 'CONFLICT',
  INVALID_CREDENTIALS: 'UNAUTHENTICATED',
  ACCOUNT_LOCKED: 'FORBIDDEN',
  INVALID_ACCOUNT_INPUT: 'BAD_USER_INPUT',
  ACCOUNT_NOT_FOUND: 'NOT_FOUND',
  ACCOUNT_EXISTS: 'CONFLICT',
  TOKEN_NOT_FOUND: 'NOT_FOUND',
  INVALID_LINK: 'UNAUTHENTICATED',
  WEAK_PASSWORD: 'BAD_USER_INPUT',
  UNKNOWN_METRIC: 'BAD_USER_INPUT',
  UNKNOWN_PLAN: 'NOT_FOUND',
  UNKNOWN_PLAN_VERSION: 'NOT_FOUND',
  INVALID_DATE: 'BAD_USER_INPUT',
  DATE_OUTSIDE_PERIOD: 'BAD_USER_INPUT',
  PLAN_HAS_NO_TARGETS: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  NO_LEDGER: 'NOT_FOUND',
  DATE_OUTSIDE_LEDGER: 'BAD_USER_INPUT',
  INVALID_CURSOR: 'BAD_USER_INPUT',
  INVALID_ARGUMENT: 'BAD_USER_INPUT',
  UNKNOWN_CASE: 'NOT_FOUND',
  INVALID_SETTINGS: 'BAD_USER_INPUT',
  UNKNOWN_SETTINGS_VERSION: 'NOT_FOUND',
  UNKNOWN_PROVINCE: 'BAD_USER_INPUT',
  INVALID_FILE: 'BAD_USER_INPUT',
  PLAN_NOT_FOUND: 'NOT_FOUND',
  DATABASE_LOCKED: 'SERVICE_UNAVAILABLE',
  DATABASE_OPEN_FAILED: 'SERVICE_UNAVAILABLE',
  MIGRATION_FAILED: 'SERVICE_UNAVAILABLE',
  QUERY_FAILED: 'INTERNAL_SERVER_ERROR',
  READ_ONLY: 'FORBIDDEN',
};

const logger = new Logger('GraphQL');

export const INTERNAL_ERROR_MESSAGE = 'Internal error while answering this query; the server log has the details.';
export const INTERNAL_ERROR_MESSAGE_VI = 'Lỗi nội bộ khi trả lời truy vấn này; nhật ký máy chủ có chi tiết.';

/**
 * Every error leaves with extensions.messageVi beside its English message: the same content in Vietnamese, which
 * the web app shows when its language is Vietnamese. Errors of the features carry their own; the rest get one here.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = causeOf(error);
  if (original instanceof ScorecardError || original instanceof WarehouseError || original instanceof AccessError) {
    return {
      ...formatted,
      extensions: {
        ...formatted.extensions,
        code: CODES[original.code],
        reason: original.code,
        messageVi: original.messageVi,
      },
    };
  }
  // Only a date the caller sent wrong is theirs to fix; any other RangeError is a fault of ours, logged below.
  // A LocalDate or YearMonth the scalar refused is one too, whether GraphQL reports it as a validation error (a
  // literal) or as a variable's value: both leave as BAD_USER_INPUT with reason INVALID_DATE.
  if (original instanceof PeriodError || original instanceof InvalidDateError) {
    const variable = /^Variable "(\$[^"]+)" got invalid value/.exec(formatted.message)?.[1];
    return {
      ...formatted,
      extensions: {
        ...formatted.extensions,
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_DATE',
        messageVi: variable ? `Biến ${variable} có giá trị không hợp lệ: ${original.messageVi}` : original.messageVi,
      },
    };
  }
  // Errors of the GraphQL layer itself (syntax, validation, unknown fields) already carry their own code.
  if (!original || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') {
    return { ...formatted, extensions: { ...formatted.extensions, messageVi: graphqlLayerMessageVi(formatted) } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: INTERNAL_ERROR_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', messageVi: INTERNAL_ERROR_MESSAGE_VI },
  };
}

/**
 * What went wrong first: the error a resolver threw, or the one a scalar threw beneath the GraphQLErrors that
 * validation, variable coercion and Apollo wrap around it.
 */
function causeOf(error: unknown): unknown {
  let cause = error instanceof GraphQLError ? error.originalError : error;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  return cause;
}

/** A limit of query-limits.ts (graphql-armor's English messages) said in Vietnamese, with the same numbers. */
const LIMITS_VI: readonly [RegExp, (...values: string[]) => string][] = [
  [
    /Aliases limit of (\d+) exceeded, found (\d+)/,
    (limit, found) => `Truy vấn dùng ${found} bí danh (alias), vượt giới hạn ${limit}: bớt bí danh rồi gửi lại.`,
  ],
  [
    /Query depth limit of (\d+) exceeded, found (\d+)/,
    (limit, found) => `Truy vấn lồng sâu ${found} cấp, vượt giới hạn ${limit} cấp: bớt các cấp lồng nhau rồi gửi lại.`,
  ],
  [
    /Query Cost limit of (\d+) exceeded, found (\d+)/,
    (limit, found) =>
      `Truy vấn có chi phí ước tính ${found}, vượt giới hạn ${limit}: hỏi ít trường hơn hoặc chia thành nhiều truy vấn.`,
  ],
  [
    /Directives limit of (\d+) exceeded, found (\d+)/,
    (limit, found) => `Truy vấn dùng ${found} chỉ thị (directive), vượt giới hạn ${limit}: bớt chỉ thị rồi gửi lại.`,
  ],
  [
    /Token limit of (\d+) exceeded/,
    (limit) => `Truy vấn dài hơn giới hạn ${limit} ký hiệu (token): rút gọn truy vấn hoặc chia thành nhiều truy vấn.`,
  ],
];

/** Errors of the GraphQL layer, by the form of their message first (to keep its names), then by their code. */
const VALIDATION_VI: readonly [RegExp, (...values: string[]) => string][] = [
  [/^Cannot query field "([^"]+)" on type "([^"]+)"/, (field, type) => `Kiểu ${type} không có trường "${field}".`],
  [/^Unknown argument "([^"]+)" on field "([^"]+)"/, (arg, field) => `Trường ${field} không có tham số "${arg}".`],
  [
    /^Field "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required, but it was not provided/,
    (field, arg, type) => `Trường ${field} cần tham số "${arg}" (kiểu ${type}) nhưng chưa được gửi.`,
  ],
  [
    /^Variable "(\$[^"]+)" of required type "([^"]+)" was not provided/,
    (variable, type) => `Chưa gửi biến bắt buộc ${variable} (kiểu ${type}).`,
  ],
  [/^Variable "(\$[^"]+)" got invalid value/, (variable) => `Biến ${variable} có giá trị không hợp lệ.`],
  [/^Unknown type "([^"]+)"/, (type) => `Lược đồ không có kiểu "${type}".`],
  [/introspection is not allowed/i, () => 'Máy chủ này không cho phép truy vấn cấu trúc lược đồ (introspection).'],
];

const CODE_VI: Record<string, string> = {
  GRAPHQL_VALIDATION_FAILED:
    'Truy vấn không khớp với lược đồ GraphQL: sửa truy vấn theo chi tiết trong thông báo tiếng Anh.',
  BAD_USER_INPUT: 'Giá trị của một biến hoặc tham số không hợp lệ: sửa theo chi tiết trong thông báo tiếng Anh.',
  PERSISTED_QUERY_NOT_FOUND: 'Máy chủ không có truy vấn đã lưu (persisted query) này: gửi lại kèm toàn văn truy vấn.',
  PERSISTED_QUERY_NOT_SUPPORTED: 'Máy chủ không hỗ trợ truy vấn đã lưu (persisted query): gửi toàn văn truy vấn.',
  OPERATION_RESOLUTION_FAILURE:
    'Không xác định được thao tác cần chạy: khi tài liệu có nhiều thao tác, ghi tên thao tác trong operationName.',
  BAD_REQUEST: 'Yêu cầu không hợp lệ: gửi truy vấn GraphQL bằng POST, nội dung JSON (content-type: application/json).',
  UNAUTHENTICATED: 'Đăng nhập để tiếp tục, hoặc gửi khóa API trong tiêu đề "Authorization: Bearer <khóa>".',
  FORBIDDEN: 'Không có quyền thực hiện thao tác này.',
  NOT_FOUND: 'Không tìm thấy đối tượng được hỏi.',
  CONFLICT: 'Thao tác xung đột với một thay đổi khác: tải lại rồi thử lại.',
  SERVICE_UNAVAILABLE: 'Máy chủ tạm thời không phục vụ được: thử lại sau.',
  INTERNAL_SERVER_ERROR: INTERNAL_ERROR_MESSAGE_VI,
};

export function graphqlLayerMessageVi(
  formatted: Pick<GraphQLFormattedError, 'message' | 'extensions' | 'locations'>,
): string {
  for (const [pattern, say] of [...LIMITS_VI, ...VALIDATION_VI]) {
    const match = pattern.exec(formatted.message);
    if (match) return say(...match.slice(1));
  }
  const code = formatted.extensions?.code;
  // graphql-armor's token count parses the document first, so a syntax error may come as a validation error.
  if (code === 'GRAPHQL_PARSE_FAILED' || formatted.message.startsWith('Syntax Error:')) {
    // Where the error is: its location, or the "GraphQL request:line:column" its message prints when it has none.
    const [, line, column] = /GraphQL request:(\d+):(\d+)/.exec(formatted.message) ?? [];
    const at = formatted.locations?.[0] ?? (line && column ? { line, column } : undefined);
    const where = at ? ` ở dòng ${at.line}, cột ${at.column}` : '';
    return `Truy vấn GraphQL viết sai cú pháp${where}: sửa truy vấn theo chi tiết trong thông báo tiếng Anh.`;
  }
  return (
    (typeof code === 'string' ? CODE_VI[code] : undefined) ??
    'Máy chủ từ chối truy vấn này: chi tiết trong thông báo tiếng Anh.'
  );
}
