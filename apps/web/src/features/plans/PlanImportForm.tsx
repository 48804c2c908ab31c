import { useId, useState, type FormEvent } from 'react';
import type { Metric } from '../../api/fields';
import type { PlanWithVersions } from './plans.queries';
import { text } from '../../i18n/vi';
import { FilePicker } from '../../ui/FilePicker';
import { checkImportSelection } from './plan-import';
import { PlanImportOutcome } from './PlanImportOutcome';
import type { PlanChoice } from './plans-params';
import { usePlanImport } from './usePlanImport';
import { planOptionLabel } from '../../plan/plan-choice';

type PlanImportFormProps = {
  plans: readonly PlanWithVersions[];
  metrics: readonly Metric[];
  /** The plan the form starts on: the one shown above, or a new plan when there is none. */
  defaultPlanId: string | null;
  onShow: (choice: PlanChoice) => void;
};

const t = text.plans.import;
/** The select's value for "Kế hoạch mới". */
const NEW_PLAN = '';

export function PlanImportForm({ plans, metrics, defaultPlanId, onShow }: PlanImportFormProps) {
  const [files, setFiles] = useState<File[]>([]);
  const [planValue, setPlanValue] = useState(defaultPlanId ?? NEW_PLAN);
  const [dryRun, setDryRun] = useState(false);
  const [issues, setIssues] = useState<string[]>([]);
  // A new key empties the file input once its files were stored.
  const [inputKey, setInputKey] = useState(0);
  const { state, submit, reset } = usePlanImport();
  const formId = useId();

  const planId = planValue === NEW_PLAN ? null : planValue;
  const running = state.status === 'running';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkImportSelection(
      files.map((file) => file.name),
      planId,
    );
    setIssues(found);
    if (found.length > 0) {
      reset();
      return;
    }
    void submit({ planId, files, dryRun }).then((data) => {
      // The stored version shows in the plan list above: the import marked the plans stale and they are asked again.
      if (data?.importPlan.__typename !== 'PlanImportResult' || data.importPlan.dryRun) return;
      setFiles([]);
      setInputKey((key) => key + 1);
    });
  };

  return (
    <section className="panel import" aria-labelledby="plan-import-title">
      <h2 id="plan-import-title" className="panel__title">
        {t.title}
      </h2>
      <p className="import__intro">{t.intro}</p>
      <form className="import__form" data-testid="plan-import-form" onSubmit={onSubmit} aria-busy={running}>
        <FilePicker
          id={`${formId}-files`}
          label={t.files}
          files={files}
          onChange={setFiles}
          accept=".txt,.xlsx,.csv,.json"
          multiple
          testId="plan-import-files"
          texts={{ choose: t.chooseFiles, none: t.noFilesChosen, chosen: t.filesChosen }}
          inputKey={inputKey}
        />

        <label className="field">
          <span className="field__label">{t.plan}</span>
          <select value={planValue} onChange={(event) => setPlanValue(event.target.value)}>
            {plans.map((plan) => (
              <option key={plan.id} value={plan.id} translate="no">
                {planOptionLabel(plan)}
              </option>
            ))}
            <option value={NEW_PLAN}>{t.newPlan}</option>
          </select>
        </label>

        <label className="checkbox">
          <input type="checkbox" checked={dryRun} onChange={(event) => setDryRun(event.target.checked)} />
          {t.dryRun}
        </label>

        <div className="import__actions">
          <button type="submit" className="button" data-testid="plan-import-submit" disabled={running}>
            {dryRun ? t.submitDryRun : t.submit}
          </button>
        </div>

        {issues.length > 0 ? (
          <ul className="import__issues" role="alert">
            {issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        ) : null}
      </form>
      <PlanImportOutcome state={state} metrics={metrics} onShow={onShow} />
    </section>
  );
}
