import type { PlanWithVersions } from './plans.queries';
import { text } from '../../i18n/vi';
import { PlanCard } from './PlanCard';
import type { PlanChoice, PlanSelection } from './plans-params';

type PlanListProps = {
  plans: readonly PlanWithVersions[];
  selection: PlanSelection | undefined;
  onChoose: (choice: PlanChoice) => void;
};

export function PlanList({ plans, selection, onChoose }: PlanListProps) {
  if (plans.length === 0) return null;
  return (
    <section className="plan-list" aria-labelledby="plan-list-title">
      <h2 id="plan-list-title" className="section-title">
        {text.plans.listTitle}
      </h2>
      <div className="plan-list__cards">
        {plans.map((plan) => (
          <PlanCard
            key={plan.id}
            plan={plan}
            shownVersion={selection?.plan.id === plan.id ? selection.version : null}
            onChoose={onChoose}
          />
        ))}
      </div>
    </section>
  );
}
