// The problems of a refused import (plan tables, reported actuals, a report typed into the form): the server
// answers them as data, an ImportRefusal whose problems have the one ImportProblem shape of every importer, each
// with where it is and, in English and Vietnamese, what is wrong and how to fix it.
import { inLanguage } from '../i18n/language';
import type { ImportRefusal } from './fields';
import { GraphQLRequestError } from './graphql-client';

/** One problem of a refused import as the problem tables show it, whichever import it came from. */
export type ImportProblem = {
  kind: string;
  file: string;
  /** The line of a text table, the row of a CSV or workbook, the record of Parquet/Arrow; null for the whole file. */
  line: number | null;
  /** The column by its header name when the file has one, else by its number; null for a whole row. */
  column: number | string | null;
  value: string | null;
  /** What is wrong and how to fix it, in the page's language. */
  message: string;
  fix: string;
};

/** Every problem of the refusal, in the page's language. */
export function refusalProblems(refusal: ImportRefusal): ImportProblem[] {
  return refusal.problems.map((problem) => ({
    kind: problem.kind,
    file: problem.file,
    line: problem.row,
    column: problem.column ?? problem.columnNumber,
    value: problem.value,
    message: inLanguage(problem.messageVi || problem.message, problem.message),
    fix: inLanguage(problem.fixVi || problem.fix, problem.fix),
  }));
}

/** The caller may not do this (extensions.code FORBIDDEN): the page says who may. */
export function isForbidden(error: unknown): boolean {
  return error instanceof GraphQLRequestError && error.extensions.some((e) => e.code === 'FORBIDDEN');
}
