import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from './graphql-client';
import { importProblemsOf } from './import-problems';

function refused(problems: unknown, reason: string): GraphQLRequestError {
  return new GraphQLRequestError('graphql', 'refused', 200, [
    { message: 'refused', extensions: { code: 'BAD_USER_INPUT', reason, problems } },
  ]);
}

describe('importProblemsOf', () => {
  it('reads the row of an actuals problem as its line, and keeps a column given by name', () => {
    const problem = {
      kind: 'UNKNOWN_PROVINCE',
      file: 'bao-cao.csv',
      row: 7,
      column: 'province',
      value: 'Ha Noi 2',
      message: 'unknown province',
      fix: 'Use the two-digit code.',
    };
    expect(importProblemsOf(refused([problem], 'ACTUAL_IMPORT_INVALID'), 'ACTUAL_IMPORT_INVALID')).toEqual([
      {
        kind: 'UNKNOWN_PROVINCE',
        file: 'bao-cao.csv',
        line: 7,
        column: 'province',
        value: 'Ha Noi 2',
        message: 'unknown province',
        fix: 'Use the two-digit code.',
      },
    ]);
  });

  it('shows a numeric cell value as text and leaves missing places empty', () => {
    const problem = {
      kind: 'NEGATIVE_NUMBER',
      file: 'form:Lan',
      row: null,
      column: null,
      value: -5,
      message: 'm',
      fix: 'f',
    };
    expect(importProblemsOf(refused([problem], 'R'), 'R')).toEqual([
      { kind: 'NEGATIVE_NUMBER', file: 'form:Lan', line: null, column: null, value: '-5', message: 'm', fix: 'f' },
    ]);
  });

  it('is undefined for an error with another reason or a malformed list', () => {
    const problem = { kind: 'X', file: 'f', message: 'm', fix: 'f' };
    expect(importProblemsOf(refused([problem], 'PLAN_IMPORT_INVALID'), 'ACTUAL_IMPORT_INVALID')).toBeUndefined();
    expect(importProblemsOf(refused([problem, { kind: 'Y' }], 'R'), 'R')).toBeUndefined();
    expect(importProblemsOf(refused([], 'R'), 'R')).toBeUndefined();
    expect(importProblemsOf(new Error('x'), 'R')).toBeUndefined();
  });
});
