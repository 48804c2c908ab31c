import type { PlanImportProblem } from '../../api/graphql-types';
import { MISSING, formatInteger } from '../../i18n/format';
import { importProblemKindLabel, vi } from '../../i18n/vi';

const t = vi.plans.import.problems;

/** Every problem of a refused import, where it is and how to fix it. */
export function PlanImportProblems({ problems }: { problems: readonly PlanImportProblem[] }) {
  return (
    <section className="import-problems" role="alert" aria-labelledby="plan-import-problems-title">
      <h3 id="plan-import-problems-title" className="import-problems__title">
        {t.title(formatInteger(problems.length))}
      </h3>
      <p className="import-problems__intro">{t.intro}</p>
      <div className="table-scroll">
        <table className="data-table problems-table">
          <thead>
            <tr>
              <th scope="col">{t.file}</th>
              <th scope="col" className="num">
                {t.line}
              </th>
              <th scope="col" className="num">
                {t.column}
              </th>
              <th scope="col">{t.value}</th>
              <th scope="col">{t.problem}</th>
              <th scope="col">{t.fix}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((problem, index) => (
              <tr key={index} data-testid="plan-import-problem" data-kind={problem.kind}>
                <td className="problems-table__file">{problem.file}</td>
                <td className="num">{problem.line === null ? MISSING : formatInteger(problem.line)}</td>
                <td className="num">{problem.column === null ? MISSING : formatInteger(problem.column)}</td>
                <td>
                  {problem.value === null ? MISSING : <code className="problems-table__value">{problem.value}</code>}
                </td>
                <td>
                  {problem.kind ? (
                    <strong className="problems-table__kind">{importProblemKindLabel(problem.kind)}</strong>
                  ) : null}
                  {problem.message}
                </td>
                <td>{problem.fix}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
