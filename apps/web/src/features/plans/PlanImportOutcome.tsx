import type { Metric } from '../../api/graphql-types';
import type { MutationState } from '../../api/useGraphQLMutation';
import { text } from '../../i18n/vi';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { importProblemsOf, isForbidden } from './plan-import';
import { PlanImportProblems } from './PlanImportProblems';
import { PlanImportResultView } from './PlanImportResultView';
import type { ImportPlanData } from './plans.queries';
import type { PlanChoice } from './plans-params';

type PlanImportOutcomeProps = {
  state: MutationState<ImportPlanData>;
  metrics: readonly Metric[];
  onShow: (choice: PlanChoice) => void;
};

const t = text.plans.import;

export function PlanImportOutcome({ state, metrics, onShow }: PlanImportOutcomeProps) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'running':
      return <LoadingState label={t.running} />;
    case 'done':
      return <PlanImportResultView result={state.data.importPlan} metrics={metrics} onShow={onShow} />;
    case 'failed': {
      const problems = importProblemsOf(state.error);
      if (problems) return <PlanImportProblems problems={problems} />;
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
