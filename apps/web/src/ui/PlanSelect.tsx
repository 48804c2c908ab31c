import type { Plan } from '../api/fields';
import { planOptionLabel } from '../plan/plan-choice';

type PlanSelectProps = {
  label: string;
  plans: readonly Plan[];
  value: string;
  onChange: (plan: Plan) => void;
  testId: string;
};

/** The plan a page looks at, a field of its controls form; a made-up plan is named "(dữ liệu mẫu)". */
export function PlanSelect({ label, plans, value, onChange, testId }: PlanSelectProps) {
  return (
    <label className="controls__field controls__field--metric">
      <span className="controls__label">{label}</span>
      <select
        data-testid={testId}
        value={value}
        onChange={(event) => {
          const next = plans.find((p) => p.id === event.target.value);
          if (next) onChange(next);
        }}
      >
        {plans.map((p) => (
          <option key={p.id} value={p.id} translate="no" data-synthetic={p.synthetic || undefined}>
            {planOptionLabel(p)}
          </option>
        ))}
      </select>
    </label>
  );
}
