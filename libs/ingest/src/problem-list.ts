import type { ImportProblem, ProblemFix, ProblemMessage } from '@scorecard/domain';
import { SOURCE_LIMITS, clipText, formatCount } from './source-limits.ts';

// The problems of one import as they are reported: at most SOURCE_LIMITS.maxProblems of them, each with its
// echoed text cut short, and the count of all of them. A file of junk can have a problem in every cell; a list
// of a million problems helps nobody and would make a reply of hundreds of megabytes. The first ones are kept,
// in the order found, which is the order of the files and their rows.
// Runs in the reader process too: value imports name their .ts file.

/** The problem with every text it echoes from the file cut to the limits. */
export function clipProblem<P extends ImportProblem>(problem: P): P {
  return {
    ...problem,
    file: clipText(problem.file),
    column: problem.column === null ? null : clipText(problem.column),
    value: problem.value === null ? null : clipText(problem.value),
    message: clipText(problem.message, SOURCE_LIMITS.maxMessageLength),
    messageVi: clipText(problem.messageVi, SOURCE_LIMITS.maxMessageLength),
    fix: clipText(problem.fix, SOURCE_LIMITS.maxMessageLength),
    fixVi: clipText(problem.fixVi, SOURCE_LIMITS.maxMessageLength),
  };
}

/** The problems of one import, of its importer's kinds; `list()` ends with a TOO_MANY_PROBLEMS when some are left out. */
export class ProblemList<Kind extends string> {
  private readonly listed: ImportProblem<Kind>[] = [];
  private total = 0;
  private readonly tooManyFix: ProblemFix;

  /** `tooManyFix` says what to do when there are too many problems to list, for this importer's files. */
  constructor(tooManyFix: ProblemFix) {
    this.tooManyFix = tooManyFix;
  }

  add(problem: ImportProblem<Kind>): void {
    this.total += 1;
    if (this.listed.length < SOURCE_LIMITS.maxProblems) this.listed.push(clipProblem(problem));
  }

  addAll(problems: readonly ImportProblem<Kind>[]): void {
    for (const problem of problems) this.add(problem);
  }

  /** Problems found and counted elsewhere (a worker) but not handed over. */
  addUnlisted(count: number): void {
    this.total += count;
  }

  /** Every problem found, listed or not. */
  get count(): number {
    return this.total;
  }

  /** The problems listed, and when some were left out, one more that says how many there are in all. */
  list(): ImportProblem<Kind | 'TOO_MANY_PROBLEMS'>[] {
    if (this.total <= this.listed.length) return [...this.listed];
    const tooMany: ImportProblem<'TOO_MANY_PROBLEMS'> = {
      kind: 'TOO_MANY_PROBLEMS',
      file: '(all files)',
      row: null,
      column: null,
      columnNumber: null,
      value: String(this.total),
      ...tooManyProblemsMessage(this.listed.length, this.total),
      ...this.tooManyFix,
    };
    return [...this.listed, tooMany];
  }
}

/** The sentences of a TOO_MANY_PROBLEMS problem. */
function tooManyProblemsMessage(listed: number, total: number): ProblemMessage {
  return {
    message: `${formatCount(total)} problems were found; the first ${formatCount(listed)} are listed`,
    messageVi: `có ${formatCount(total)} vấn đề; liệt kê ${formatCount(listed)} vấn đề đầu tiên`,
  };
}
