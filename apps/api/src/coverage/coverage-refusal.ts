import { CoverageImportError } from '@scorecard/ingest';
import { ImportProblemObject, ImportRefusalObject, refusedOr } from '../graphql/import-refusal.object';

// A refused coverage import answered as the ImportRefusal every importer answers with (graphql/import-refusal.object.ts),
// in its words; any other failure is thrown on, as refusedOr does.

export function coverageRefusal(error: CoverageImportError): ImportRefusalObject {
  const n = error.problemCount;
  return Object.assign(new ImportRefusalObject(), {
    reason: error.code,
    message: `The coverage table cannot be imported: ${n} problem${n === 1 ? '' : 's'}; nothing was written.`,
    messageVi: `Tệp bị từ chối: không nhập được bảng số liệu bao phủ vì có ${n.toLocaleString('vi-VN')} vấn đề; không có gì được ghi.`,
    problems: error.problems.map((problem) => Object.assign(new ImportProblemObject(), problem)),
    problemCount: n,
  });
}

/** The import's result, or its refusal when its files were refused. */
export function coverageRefusedOr<T extends object>(run: () => Promise<T>): Promise<T | ImportRefusalObject> {
  return refusedOr(async () => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof CoverageImportError) return coverageRefusal(error);
      throw error;
    }
  });
}
