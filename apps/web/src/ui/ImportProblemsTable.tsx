import { useId } from 'react';
import type { ImportProblem } from '../api/import-problems';
import { MISSING, formatInteger } from '../i18n/format';
import { importProblemKindLabel, text } from '../i18n/vi';
import { TableScroll } from './TableScroll';
import { useFocusOnMount } from './useFocusOnMount';

type ImportProblemsTableProps = {
  problems: readonly ImportProblem[];
  title: string;
  intro: string;
  /** data-testid of each problem row. */
  rowTestId: string;
  /** Move the focus to the list when it appears (the answer to something the user just sent). */
  focusOnShow?: boolean;
  /** Names of the kinds only this import has, before the catalogue's common ones. */
  kindLabels?: Readonly<Record<string, string>>;
};

const t = text.importProblems;

/** Every problem of a refused import or report: where it is and how to fix it. */
export function ImportProblemsTable({
  problems,
  title,
  intro,
  rowTestId,
  focusOnShow = false,
  kindLabels,
}: ImportProblemsTableProps) {
  const ref = useFocusOnMount<HTMLElement>(focusOnShow);
  const titleId = useId();
  return (
    <section
      ref={ref}
      tabIndex={focusOnShow ? -1 : undefined}
      className="import-problems"
      role="alert"
      aria-label={title}
      data-testid="import-problems"
    >
      <h3 className="import-problems__title" id={titleId}>
        {title}
      </h3>
      <p className="import-problems__intro">{intro}</p>
      <TableScroll labelledBy={titleId}>
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
              <tr key={index} data-testid={rowTestId} data-kind={problem.kind}>
                <td className="problems-table__file">{problem.file}</td>
                <td className="num">{problem.line === null ? MISSING : formatInteger(problem.line)}</td>
                <td className={typeof problem.column === 'string' ? undefined : 'num'}>
                  {formatColumn(problem.column)}
                </td>
                <td>
                  {problem.value === null ? MISSING : <code className="problems-table__value">{problem.value}</code>}
                </td>
                <td className="problems-table__text">
                  {problem.kind ? (
                    <strong className="problems-table__kind">
                      {kindLabels?.[problem.kind] ?? importProblemKindLabel(problem.kind)}
                    </strong>
                  ) : null}
                  {problem.message}
                </td>
                <td className="problems-table__text">{problem.fix}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function formatColumn(column: ImportProblem['column']): string {
  if (column === null) return MISSING;
  return typeof column === 'number' ? formatInteger(column) : column;
}
