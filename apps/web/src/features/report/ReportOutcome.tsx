import type { Metric } from '../../api/fields';
import { isForbidden, refusalProblems, type ImportProblem } from '../../api/import-problems';
import type { ResultOf } from '../../api/graphql-client';
import type { MutationState } from '../../api/useOperationMutation';
import { formatInteger } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { ImportProblemsTable } from '../../ui/ImportProblemsTable';
import { LoadingState } from '../../ui/LoadingState';
import type { SentReport } from './ReportForm';
import { ReportResultView } from './ReportResultView';
import type { SUBMIT_REPORT_MUTATION } from './report.queries';

type ReportOutcomeProps = {
  state: MutationState<ResultOf<typeof SUBMIT_REPORT_MUTATION>>;
  sent: SentReport | null;
  metrics: readonly Metric[];
};

const t = text.report;

/** The server's answer to the report: what was stored and what looks wrong, or why nothing was stored. */
export function ReportOutcome({ state, sent, metrics }: ReportOutcomeProps) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'running':
      return <LoadingState label={t.running} />;
    case 'done': {
      const outcome = state.data.submitReport;
      // A refusal is an answer too: every problem of the report, and nothing stored.
      if (outcome.__typename === 'ImportRefusal') return <ReportProblems problems={refusalProblems(outcome)} />;
      return sent ? <ReportResultView result={outcome} sent={sent} metrics={metrics} /> : null;
    }
    case 'failed': {
      return (
        <ErrorPanel
          title={t.failedTitle}
          error={state.error}
          message={isForbidden(state.error) ? t.forbidden : undefined}
        />
      );
    }
  }
}

function ReportProblems({ problems }: { problems: readonly ImportProblem[] }) {
  return (
    <ImportProblemsTable
      problems={problems}
      title={t.problems.title(formatInteger(problems.length))}
      intro={t.problems.intro}
      rowTestId="report-problem"
      focusOnShow
    />
  );
}
