import type { ImportProblem, Province } from '@scorecard/domain';
import { expect } from 'vitest';
import { csvText, repoRoot } from '../../actuals/__fixtures__/actual-sources.fixtures';
import { readProvinceReference } from '../../reference/province-reference.reader';
import type { ComplianceSourceFile } from '../compliance-source.reader';

// Small, readable files of the compliance workflow, and the checks every problem of theirs must pass.

export { excelDate, workbookBytes } from '../../actuals/__fixtures__/actual-sources.fixtures';

export const provinces = (): Promise<Province[]> => readProvinceReference(`${repoRoot}data/reference/provinces63.csv`);

export function csv(name: string, lines: readonly (readonly string[])[], delimiter = ','): ComplianceSourceFile {
  return { name, bytes: new TextEncoder().encode(csvText(lines, delimiter)) };
}

/** A letter only Vietnamese writes among the languages these texts mix (English, file names, codes). */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** What is wrong and what to do, in English and in words of its own in Vietnamese. */
export function expectBothLanguages(problems: readonly ImportProblem[]): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    const label = `${problem.kind}: ${problem.message}`;
    for (const text of [problem.message, problem.messageVi, problem.fix, problem.fixVi])
      expect(text.trim(), label).not.toBe('');
    expect(problem.messageVi, label).toMatch(VIETNAMESE);
    expect(problem.fixVi, label).toMatch(VIETNAMESE);
    expect(problem.messageVi, label).not.toBe(problem.message);
    expect(problem.fixVi, label).not.toBe(problem.fix);
  }
}

/** The one problem of `kind`. */
export function only<P extends ImportProblem>(problems: readonly P[], kind: P['kind']): P {
  const found = problems.filter((problem) => problem.kind === kind);
  expect(found, kind).toHaveLength(1);
  return found[0]!;
}
