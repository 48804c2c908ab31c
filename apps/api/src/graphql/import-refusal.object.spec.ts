import { ActualImportError, PlanImportError, type PlanImportProblem } from '@scorecard/ingest';
import { describe, expect, it } from 'vitest';
import { ImportProblemObject, ImportRefusalObject, refusalOf } from './import-refusal.object';

describe('refusalOf', () => {
  const problem: PlanImportProblem = {
    kind: 'MISSING_FILE',
    file: 'manifest.json',
    row: null,
    column: null,
    columnNumber: null,
    value: null,
    message: 'manifest.json is missing',
    messageVi: 'Thiếu tệp manifest.json',
    fix: 'add it',
    fixVi: 'thêm tệp',
  };

  it('turns a refused plan import into a refusal with every problem and the count of all, in both languages', () => {
    const refusal = refusalOf(new PlanImportError([problem], 1234));
    expect(refusal).toBeInstanceOf(ImportRefusalObject);
    expect(refusal).toMatchObject({ reason: 'PLAN_IMPORT_INVALID', problems: [problem], problemCount: 1234 });
    expect(refusal!.problems[0]).toBeInstanceOf(ImportProblemObject);
    expect(refusal!.message).toBe('The published plan cannot be imported: 1234 problems; nothing was written.');
    expect(refusal!.messageVi).toBe(
      'Tệp bị từ chối: không nhập được kế hoạch đã công bố vì có 1.234 vấn đề; không có gì được ghi.',
    );
  });

  it('says which import was refused, and leaves any other error to be thrown', () => {
    expect(refusalOf(new ActualImportError([], 2))?.messageVi).toContain(
      'không nhập được số liệu thực hiện vì có 2 vấn đề',
    );
    expect(refusalOf(new Error('disk full'))).toBeNull();
  });
});
