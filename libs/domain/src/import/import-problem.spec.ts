import { describe, expect, expectTypeOf, it } from 'vitest';
import { fileProblem, type ImportProblem, type ProblemText } from './import-problem';

// The three importers' problem types (PlanImportProblem, ActualImportProblem, LedgerImportProblem) are this type
// with their own kinds; libs/ingest/src/import-problem.spec.ts checks that they are, and that their problems at
// run time carry exactly these keys.

describe('ImportProblem', () => {
  it('has these fields, every one required', () => {
    expectTypeOf<keyof ImportProblem>().toEqualTypeOf<
      'kind' | 'file' | 'row' | 'column' | 'columnNumber' | 'value' | 'message' | 'messageVi' | 'fix' | 'fixVi'
    >();
    expectTypeOf<Required<ImportProblem>>().toEqualTypeOf<ImportProblem>();
    expectTypeOf<ImportProblem['row']>().toEqualTypeOf<number | null>();
    expectTypeOf<ImportProblem['column']>().toEqualTypeOf<string | null>();
    expectTypeOf<ImportProblem['columnNumber']>().toEqualTypeOf<number | null>();
  });

  it('narrows only the kind', () => {
    expectTypeOf<ImportProblem<'A' | 'B'>['kind']>().toEqualTypeOf<'A' | 'B'>();
    expectTypeOf<Omit<ImportProblem<'A'>, 'kind'>>().toEqualTypeOf<Omit<ImportProblem, 'kind'>>();
    expectTypeOf<ImportProblem<'A'>>().toMatchTypeOf<ImportProblem>();
  });

  it('says what is wrong and what to do in both languages', () => {
    expectTypeOf<ProblemText>().toEqualTypeOf<Pick<ImportProblem, 'message' | 'messageVi' | 'fix' | 'fixVi'>>();
  });
});

describe('fileProblem', () => {
  it('places a problem at the whole file: no row, no column', () => {
    const text = { message: 'm', messageVi: 'mv', fix: 'f', fixVi: 'fv' };
    const problem = fileProblem('EMPTY_FILE', 'a.csv', null, text);
    expectTypeOf(problem).toEqualTypeOf<ImportProblem<'EMPTY_FILE'>>();
    expect(problem).toEqual({
      kind: 'EMPTY_FILE',
      file: 'a.csv',
      row: null,
      column: null,
      columnNumber: null,
      value: null,
      ...text,
    });
  });
});
