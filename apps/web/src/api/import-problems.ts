// The problems of a refused import (plan tables, reported actuals, a report typed into the form): the server
// sends them in extensions.problems of a BAD_USER_INPUT error, each with where it is and how to fix it.
import { inLanguage } from '../i18n/language';
import { GraphQLRequestError } from './graphql-client';

/** One problem of a refused import, read the same way whichever import it came from. */
export type ImportProblem = {
  kind: string;
  file: string;
  /** The line of a text table, the row of a CSV or workbook; null when the problem is not on one line. */
  line: number | null;
  /** A column number (text tables) or a column name (CSV, workbook). */
  column: number | string | null;
  value: string | null;
  /** What is wrong and how to fix it, in the page's language (the server sends English and Vietnamese). */
  message: string;
  fix: string;
};

/**
 * The problems listed by the error the server marked with `reason`, or undefined when the error is something
 * else. A malformed or empty list is undefined too, so it is shown as the raw error rather than as a partial
 * table.
 */
export function importProblemsOf(error: unknown, reason: string): ImportProblem[] | undefined {
  if (!(error instanceof GraphQLRequestError)) return undefined;
  const problems = error.extensionsWithReason(reason)?.['problems'];
  if (!Array.isArray(problems) || problems.length === 0) return undefined;
  const read = problems.map(readProblem);
  return read.every((p): p is ImportProblem => p !== undefined) ? read : undefined;
}

/** The caller may not do this (extensions.code FORBIDDEN): the page says who may. */
export function isForbidden(error: unknown): boolean {
  return error instanceof GraphQLRequestError && error.extensions.some((e) => e.code === 'FORBIDDEN');
}

function readProblem(value: unknown): ImportProblem | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const p = value as Record<string, unknown>;
  if (typeof p['file'] !== 'string' || typeof p['message'] !== 'string' || typeof p['fix'] !== 'string') {
    return undefined;
  }
  // Plan tables name the place a line, actual files a row.
  const line = p['line'] ?? p['row'];
  const column = p['column'];
  const cell = p['value'];
  return {
    kind: typeof p['kind'] === 'string' ? p['kind'] : '',
    file: p['file'],
    line: typeof line === 'number' ? line : null,
    column: typeof column === 'number' || (typeof column === 'string' && column !== '') ? column : null,
    value: typeof cell === 'string' ? cell : typeof cell === 'number' ? String(cell) : null,
    message: inLanguage(textOr(p['messageVi'], p['message']), p['message']),
    fix: inLanguage(textOr(p['fixVi'], p['fix']), p['fix']),
  };
}

/** The Vietnamese text when the server sent one, else the English. */
function textOr(vietnamese: unknown, english: string): string {
  return typeof vietnamese === 'string' && vietnamese !== '' ? vietnamese : english;
}
