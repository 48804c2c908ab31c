import { Field, Int, ObjectType, createUnionType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import type { ImportProblem } from '@scorecard/domain';
import { ActualImportError, ComplianceImportError, PlanImportError } from '@scorecard/ingest';

// A refused import is an answer, not an error: the plan, actuals and form imports answer either their result or
// an ImportRefusal listing every problem in the one ImportProblem shape of libs/domain (import-problem.ts), the
// same for every importer, typed in the schema. Nothing of a refused import is written.

@ObjectType('ImportProblem', {
  description:
    'One problem of a refused import (plan tables, actuals files, a report typed into the form, a ledger): where it is, what was found, what is wrong and how to fix it, in English and Vietnamese.',
})
export class ImportProblemObject implements ImportProblem {
  @Field({
    description:
      'What kind of problem, e.g. UNKNOWN_PROVINCE, NOT_A_NUMBER, MISSING_COLUMN, TOO_MANY_PROBLEMS (the last of a list cut at 200).',
  })
  kind!: string;

  @Field({ description: 'The file as sent, with the sheet of a workbook ("bao-cao.xlsx › Tháng 10").' })
  file!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      '1-based: the line of a text table, the CSV line (header = 1), the sheet row, or the Parquet/Arrow record number; null for the whole file.',
  })
  row!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The column's name as written in the file's header (or the expected name of a missing column); null when the file has no header names or the problem is a whole row.",
  })
  column!: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      '1-based position of the column (cell of a tab-separated line, sheet column, CSV field); null when unknown.',
  })
  columnNumber!: number | null;

  @Field(() => String, { nullable: true, description: 'The text as found (cut to 200 characters); null when nothing.' })
  value!: string | null;

  @Field({ description: 'What is wrong, in English.' })
  message!: string;

  @Field({ description: 'What is wrong, in Vietnamese (the same values).' })
  messageVi!: string;

  @Field({ description: 'What to do, in English.' })
  fix!: string;

  @Field({ description: 'What to do, in Vietnamese.' })
  fixVi!: string;
}

@ObjectType('ImportRefusal', { description: 'A refused import: nothing was written; every problem is listed.' })
export class ImportRefusalObject {
  @Field({ description: 'PLAN_IMPORT_INVALID, ACTUAL_IMPORT_INVALID or COMPLIANCE_IMPORT_INVALID.' })
  reason!: string;

  @Field({ description: 'The refusal in one sentence, in English.' })
  message!: string;

  @Field({ description: 'The refusal in one sentence, in Vietnamese.' })
  messageVi!: string;

  @Field(() => [ImportProblemObject], {
    description: 'The first 200 problems, then one TOO_MANY_PROBLEMS when there are more.',
  })
  problems!: ImportProblemObject[];

  @Field(() => Int, { description: 'All problems found, listed or not.' })
  problemCount!: number;
}

/** The refusal an import error stands for, or null when `error` is something else (which is then thrown on). */
export function refusalOf(error: unknown): ImportRefusalObject | null {
  const what =
    error instanceof PlanImportError
      ? { en: 'published plan', vi: 'kế hoạch đã công bố' }
      : error instanceof ActualImportError
        ? { en: 'reported actuals', vi: 'số liệu thực hiện' }
        : error instanceof ComplianceImportError
          ? { en: 'compliance file', vi: 'tệp khai thác đơn vị' }
          : null;
  if (what === null) return null;
  const { code, problems, problemCount: n } = error as PlanImportError | ActualImportError | ComplianceImportError;
  return Object.assign(new ImportRefusalObject(), {
    reason: code,
    message: `The ${what.en} cannot be imported: ${n} problem${n === 1 ? '' : 's'}; nothing was written.`,
    messageVi: `Tệp bị từ chối: không nhập được ${what.vi} vì có ${n.toLocaleString('vi-VN')} vấn đề; không có gì được ghi.`,
    problems: problems.map((problem) => Object.assign(new ImportProblemObject(), problem)),
    problemCount: n,
  });
}

/** The import's result, or its refusal when its files were refused; any other failure is thrown on. */
export async function refusedOr<T extends object>(run: () => Promise<T>): Promise<T | ImportRefusalObject> {
  try {
    return await run();
  } catch (error) {
    const refusal = refusalOf(error);
    if (refusal) return refusal;
    throw error;
  }
}

/** An import's answer: its result, or the refusal. */
export function importOutcomeUnion(name: string, result: Type<object>, description: string) {
  return createUnionType({
    name,
    description,
    types: () => [result, ImportRefusalObject] as const,
    resolveType: (value: object) => (value instanceof ImportRefusalObject ? ImportRefusalObject : result),
  });
}
