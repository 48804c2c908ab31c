import type { ImportProblem } from '../../api/import-problems';
import { formatInteger } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { ImportProblemsTable } from '../../ui/ImportProblemsTable';

const t = text.plans.import.problems;

/** Every problem of a refused plan import, where it is and how to fix it. */
export function PlanImportProblems({ problems }: { problems: readonly ImportProblem[] }) {
  return (
    <ImportProblemsTable
      problems={problems}
      title={t.title(formatInteger(problems.length))}
      intro={t.intro}
      rowTestId="plan-import-problem"
    />
  );
}
