import { formatDate, formatInteger, MISSING } from '../../../i18n/format';
import { textCompliance } from '../../../i18n/vi-compliance';
import { TableScroll } from '../../../ui/TableScroll';
import type { ComplianceCase } from '../compliance.queries';
import { outcomeLabel, stepLabel, stepWithForm } from '../compliance-labels';
import { formatVnd } from '../../late-payment/amounts';
import { STEP_FORMS } from '@scorecard/domain';

const t = textCompliance.casePage;

/** The steps done, in the order done: when, which, its form and document, and whether it met its deadline. */
export function CaseTimeline({ data }: { data: ComplianceCase }) {
  const tl = t.timeline;
  return (
    <section className="panel" aria-labelledby="case-timeline-title" data-testid="case-timeline">
      <h2 id="case-timeline-title" className="panel__title">
        {tl.title}{' '}
        <span className="panel__subtitle" data-testid="case-step-count">
          ({formatInteger(data.steps.length)})
        </span>
      </h2>
      {data.steps.length === 0 ? (
        <p className="panel__empty">{tl.empty}</p>
      ) : (
        <TableScroll labelledBy="case-timeline-title">
          <table className="data-table case-timeline">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {tl.date}
                </th>
                <th scope="col">{tl.step}</th>
                <th scope="col">{tl.form}</th>
                <th scope="col">{tl.document}</th>
                <th scope="col" className="num">
                  {tl.deadline}
                </th>
                <th scope="col">{tl.timeliness}</th>
              </tr>
            </thead>
            <tbody>
              {data.steps.map((step, index) => (
                <tr
                  key={`${step.step}-${step.on}-${index}`}
                  data-testid="case-step"
                  data-step={step.step}
                  data-on={step.on}
                >
                  <td className="num">{formatDate(step.on)}</td>
                  <th scope="row">{stepLabel(step.step)}</th>
                  <td>{step.form ?? MISSING}</td>
                  <td>{step.document ?? MISSING}</td>
                  <td className="num">{step.deadline ? formatDate(step.deadline) : textCompliance.noDeadline}</td>
                  <td>
                    {step.daysLate > 0 ? (
                      <span className="badge badge--behind" data-testid="case-step-late">
                        {tl.late(formatInteger(step.daysLate))}
                      </span>
                    ) : step.deadline ? (
                      <span className="badge badge--ok">{tl.onTime}</span>
                    ) : (
                      MISSING
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** What the case waits for next, from when and by when; or how it ended. */
export function CaseNext({ data }: { data: ComplianceCase }) {
  const n = t.next;
  const o = t.outcome;
  const next = data.next;
  if (data.outcome) {
    const outcome = data.outcome;
    return (
      <section className="panel case-panel" aria-labelledby="case-outcome-title" data-testid="case-outcome">
        <h2 id="case-outcome-title" className="panel__title">
          {o.title}
        </h2>
        <dl className="case-figures">
          <div>
            <dt>{o.kind}</dt>
            <dd data-testid="case-outcome-kind" data-outcome={outcome.kind}>
              {outcomeLabel(outcome.kind)}
            </dd>
          </div>
          <div>
            <dt>{o.on}</dt>
            <dd>{formatDate(outcome.on)}</dd>
          </div>
          <div>
            <dt>{o.workersRegistered}</dt>
            <dd>{formatInteger(outcome.workersRegistered)}</dd>
          </div>
          <div>
            <dt>{o.contributionRecovered}</dt>
            <dd>{formatVnd(outcome.contributionRecovered)}</dd>
          </div>
          <div>
            <dt>{o.document}</dt>
            <dd>{outcome.document ?? MISSING}</dd>
          </div>
        </dl>
      </section>
    );
  }
  return (
    <section className="panel case-panel" aria-labelledby="case-next-title" data-testid="case-next">
      <h2 id="case-next-title" className="panel__title">
        {n.title}
      </h2>
      {next ? (
        <dl className="case-figures">
          <div>
            <dt>{n.step}</dt>
            <dd data-testid="case-next-step" data-step={next.step}>
              {stepWithForm(next.step, STEP_FORMS[next.step])}
            </dd>
          </div>
          <div>
            <dt>{n.from}</dt>
            <dd>{formatDate(next.from)}</dd>
          </div>
          <div>
            <dt>{n.deadline}</dt>
            <dd>
              {next.deadline ? formatDate(next.deadline) : textCompliance.noDeadline}{' '}
              {next.overdue ? (
                <span className="badge badge--error" data-testid="case-next-overdue">
                  {textCompliance.overdueBadge}
                </span>
              ) : null}
            </dd>
          </div>
        </dl>
      ) : (
        <p className="panel__note">{n.ended}</p>
      )}
    </section>
  );
}
