import { SOURCE_LIMITS, clipText, formatCount } from './source-limits.ts';

// The problems of one import as they are reported: at most SOURCE_LIMITS.maxProblems of them, each with its
// echoed text cut short, and the count of all of them. A file of junk can have a problem in every cell; a list
// of a million problems helps nobody and would make a reply of hundreds of megabytes. The first ones are kept,
// in the order found, which is the order of the files and their rows.
// Runs in the reader process too: value imports name their .ts file.

// Every problem says what is wrong and what to do twice: in English (message, fix) and in Vietnamese (messageVi,
// fixVi) for the agency's users. Both languages echo the same values from the file.

/** What a problem says, in English and in Vietnamese. */
export type ProblemText = { message: string; messageVi: string; fix: string; fixVi: string };
/** What is wrong, in both languages: what a check returns for its caller to place. */
export type ProblemMessage = Pick<ProblemText, 'message' | 'messageVi'>;
/** What to do, in both languages. */
export type ProblemFix = Pick<ProblemText, 'fix' | 'fixVi'>;

type ListedProblem = ProblemText & {
  file: string;
  column: string | number | null;
  value: string | null;
};

/** The problem with every text it echoes from the file cut to the limits. */
export function clipProblem<P extends ListedProblem>(problem: P): P {
  return {
    ...problem,
    file: clipText(problem.file),
    column: typeof problem.column === 'string' ? clipText(problem.column) : problem.column,
    value: problem.value === null ? null : clipText(problem.value),
    message: clipText(problem.message, SOURCE_LIMITS.maxMessageLength),
    messageVi: clipText(problem.messageVi, SOURCE_LIMITS.maxMessageLength),
    fix: clipText(problem.fix, SOURCE_LIMITS.maxMessageLength),
    fixVi: clipText(problem.fixVi, SOURCE_LIMITS.maxMessageLength),
  };
}

/** What stands for the problems left out, made by the caller in its own problem type. */
export type TooManyProblems<P> = (listed: number, total: number) => P;

export class ProblemList<P extends ListedProblem> {
  private readonly listed: P[] = [];
  private total = 0;
  private readonly tooMany: TooManyProblems<P>;

  constructor(tooMany: TooManyProblems<P>) {
    this.tooMany = tooMany;
  }

  add(problem: P): void {
    this.total += 1;
    if (this.listed.length < SOURCE_LIMITS.maxProblems) this.listed.push(clipProblem(problem));
  }

  addAll(problems: readonly P[]): void {
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
  list(): P[] {
    return this.total > this.listed.length
      ? [...this.listed, this.tooMany(this.listed.length, this.total)]
      : [...this.listed];
  }
}

/** The sentences of a TOO_MANY_PROBLEMS problem. */
export function tooManyProblemsMessage(listed: number, total: number): ProblemMessage {
  return {
    message: `${formatCount(total)} problems were found; the first ${formatCount(listed)} are listed`,
    messageVi: `có ${formatCount(total)} vấn đề; liệt kê ${formatCount(listed)} vấn đề đầu tiên`,
  };
}

/** What is wrong with a number cell, the same for plan tables and actuals. */
export const NUMBER_CELL_PROBLEMS = {
  negative: { message: 'the number is negative', messageVi: 'ô chứa số âm' },
  notFinite: { message: 'the cell is not a finite number', messageVi: 'ô không chứa một số hữu hạn' },
} as const satisfies Record<string, ProblemMessage>;
