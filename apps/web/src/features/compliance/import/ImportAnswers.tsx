import type { ReactNode } from 'react';
import type { ImportRefusal } from '../../../api/fields';
import { refusalProblems } from '../../../api/import-problems';
import { formatInteger } from '../../../i18n/format';
import { textCompliance } from '../../../i18n/vi-compliance';
import { AppLink } from '../../../navigation/AppLink';
import { complianceCaseHref } from '../../../navigation/links';
import { ImportProblemsTable } from '../../../ui/ImportProblemsTable';
import { useFocusOnMount } from '../../../ui/useFocusOnMount';
import type { ComplianceListImportOutcome, ComplianceStepsImportOutcome } from '../compliance.queries';
import { openedCaseIds } from './compliance-import';

const t = textCompliance.import;

/** The server's answer to a list: the cases it opened (linked) and continued, or every problem of the file. */
export function ListImportAnswer({ outcome }: { outcome: ComplianceListImportOutcome }) {
  if (outcome.__typename === 'ImportRefusal')
    return <ImportProblems refusal={outcome} rowTestId="list-import-problem" />;
  const r = t.list.result;
  const opened = openedCaseIds(outcome);
  const more = outcome.casesOpened - opened.length;
  return (
    <ImportResult
      testId="list-import-result"
      data={{ 'data-cases-opened': outcome.casesOpened, 'data-cases-continued': outcome.casesContinued }}
      title={r.title(formatInteger(outcome.rows))}
    >
      <p className="import-result__plan" data-testid="list-import-cases">
        {r.cases(formatInteger(outcome.casesOpened), formatInteger(outcome.casesContinued))}
      </p>
      {opened.length > 0 ? (
        <p className="import-result__links">
          <span>{r.openedLinks}</span>
          {opened.map((id) => (
            <AppLink key={id} href={complianceCaseHref(id)} testId="list-import-case">
              {textCompliance.caseLink(id)}
            </AppLink>
          ))}
          {more > 0 ? <span>{r.moreOpened(formatInteger(more))}</span> : null}
        </p>
      ) : null}
    </ImportResult>
  );
}

/** The server's answer to a file of steps and outcomes: how many it recorded, or every problem of the file. */
export function StepsImportAnswer({ outcome }: { outcome: ComplianceStepsImportOutcome }) {
  if (outcome.__typename === 'ImportRefusal')
    return <ImportProblems refusal={outcome} rowTestId="steps-import-problem" />;
  return (
    <ImportResult
      testId="steps-import-result"
      data={{ 'data-steps': outcome.steps, 'data-outcomes': outcome.outcomes }}
      title={t.steps.result(
        formatInteger(outcome.steps),
        formatInteger(outcome.outcomes),
        formatInteger(outcome.cases),
      )}
    />
  );
}

/** Every problem of a refused file, with the names of the kinds only these imports have. */
function ImportProblems({ refusal, rowTestId }: { refusal: ImportRefusal; rowTestId: string }) {
  return (
    <ImportProblemsTable
      problems={refusalProblems(refusal)}
      title={t.problems.title(formatInteger(refusal.problemCount))}
      intro={t.problems.intro}
      rowTestId={rowTestId}
      focusOnShow
      kindLabels={textCompliance.importProblemKinds}
    />
  );
}

type ImportResultProps = {
  testId: string;
  /** data-* attributes: the counts, for tests and tools. */
  data: Record<`data-${string}`, number>;
  title: string;
  children?: ReactNode;
};

/** What a stored import did. Keyboard and screen-reader users land on it: it answers what they just sent. */
function ImportResult({ testId, data, title, children }: ImportResultProps) {
  const ref = useFocusOnMount<HTMLElement>();
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="import-result import-result--saved"
      role="status"
      data-testid={testId}
      {...data}
    >
      <h3 className="import-result__title">{title}</h3>
      {children}
    </section>
  );
}
