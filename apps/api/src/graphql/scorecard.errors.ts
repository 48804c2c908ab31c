import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Logger } from '@nestjs/common';
import { PeriodError } from '@scorecard/domain';
import { AccessError, type AccessErrorCode } from '@scorecard/access';
import { ActualImportError, PlanImportError } from '@scorecard/ingest';
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
  | 'INVALID_SETTINGS'
  | 'UNKNOWN_SETTINGS_VERSION';

export class ScorecardError extends Error {
  constructor(
    readonly code: ScorecardErrorCode,
    message: string,
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

export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof ScorecardError || original instanceof WarehouseError || original instanceof AccessError) {
    return { ...formatted, extensions: { ...formatted.extensions, code: CODES[original.code], reason: original.code } };
  }
  if (original instanceof PlanImportError || original instanceof ActualImportError) {
    // Every problem of the refused files, each with file, line, column, value, message and fix.
    return {
      ...formatted,
      extensions: {
        ...formatted.extensions,
        code: 'BAD_USER_INPUT',
        reason: original.code,
        problems: original.problems,
        // All problems found; problems lists the first 200 and then one TOO_MANY_PROBLEMS when there are more.
        problemCount: original.problemCount,
      },
    };
  }
  if (original instanceof PeriodError || original instanceof RangeError) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT', reason: 'INVALID_DATE' } };
  }
  // Errors of the GraphQL layer itself (syntax, validation, unknown fields) already carry their own code.
  if (!original || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: 'Internal error while answering this query; the server log has the details.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
