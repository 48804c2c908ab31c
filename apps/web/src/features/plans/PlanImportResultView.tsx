import type { Metric } from '../../api/fields';
import type { PlanImportResult } from './plans.queries';
import { formatInteger } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { FindingsTable } from './FindingsTable';
import { importOutcomeMessage } from './plan-import';
import type { PlanChoice } from './plans-params';
import { ReconciliationCounts } from './ReconciliationCounts';

type PlanImportResultViewProps = {
  result: PlanImportResult;
  metrics: readonly Metric[];
  onShow: (choice: PlanChoice) => void;
};

const t = text.plans.import.result;

export function PlanImportResultView({ result, metrics, onShow }: PlanImportResultViewProps) {
  const tone = result.dryRun ? 'checked' : result.created ? 'saved' : 'unchanged';
  return (
    <section
      className={`import-result import-result--${tone}`}
      data-testid="plan-import-result"
      data-outcome={tone}
      role="status"
    >
      <h3 className="import-result__title">{importOutcomeMessage(result)}</h3>
      <p className="import-result__plan">{t.plan(result.planId)}</p>
      <ReconciliationCounts reconciliation={result.reconciliation} />
      {result.dryRun ? (
        // Nothing was stored, so this is the only place to read what the check found.
        <FindingsTable findings={result.reconciliation.findings} metrics={metrics} />
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onShow({ planId: result.planId, version: result.version })}
        >
          {t.view(formatInteger(result.version))}
        </button>
      )}
    </section>
  );
}
