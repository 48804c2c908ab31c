import type { Metric } from '../../api/graphql-types';
import { importProblemsOf, isForbidden } from '../../api/import-problems';
import type { MutationState } from '../../api/useGraphQLMutation';
import { formatInteger } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { ImportProblemsTable } from '../../ui/ImportProblemsTable';
import { LoadingState } from '../../ui/LoadingState';
import type { SentReport } from './ReportForm';
import { ReportResultView } from './ReportResultView';
import { ACTUAL_IMPORT_INVALID, type SubmitReportData } from './report.queries';

type ReportOutcomeProps = {
  state: MutationState<SubmitReportData>;
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
    case 'done':
      return sent ? <ReportResultView result={state.data.submitReport} sent={sent} metrics={metrics} /> : null;
    case 'failed': {
      const problems = importProblemsOf(state.error, ACTUAL_IMPORT_INVALID);
      if (problems) {
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
