import type { ImportProblem } from '@scorecard/domain';
import type { GraphQLResponse } from './scorecard-server';

// The plan, actuals and form imports answer a union: their result, or an ImportRefusal listing every problem in
// the one ImportProblem shape. A test selects both with `outcome(…)` and reads a refusal with `refusalIn(…)`.

export type ImportRefusal = {
  __typename: 'ImportRefusal';
  reason: string;
  message: string;
  messageVi: string;
  problemCount: number;
  problems: ImportProblem[];
};

export const IMPORT_PROBLEM_FIELDS = 'kind file row column columnNumber value message messageVi fix fixVi';

/** The selection of an import's answer: `fields` of its result type, and every field of a refusal. */
export function outcome(
  result: 'ActualImportResult' | 'PlanImportResult' | 'ComplianceListImportResult' | 'ComplianceStepsImportResult',
  fields: string,
): string {
  return `{ __typename ... on ${result} { ${fields} } ... on ImportRefusal { reason message messageVi problemCount problems { ${IMPORT_PROBLEM_FIELDS} } } }`;
}

/** The refusal `field` answered, or undefined when it answered its result (or an error). */
export function refusalIn(answer: GraphQLResponse<unknown>, field: string): ImportRefusal | undefined {
  const value = (answer.data as Record<string, unknown> | undefined)?.[field] as { __typename?: string } | undefined;
  return value?.__typename === 'ImportRefusal' ? (value as ImportRefusal) : undefined;
}
