import { textAccess } from '../../i18n/vi-access';
import { TableScroll } from '../../ui/TableScroll';
import { roleLabel } from '../accounts/roles';
import { formatInstant } from '../accounts/timestamps';
import { actionLabel, describeOutcome, formatDetail, viaLabel } from './audit-labels';
import type { AuditEvent } from './audit.queries';

const t = textAccess.audit;

/** The log, newest first: when, who, how, from where, what, on what, with which outcome and detail. */
export function AuditTable({ events, labelledBy }: { events: readonly AuditEvent[]; labelledBy: string }) {
  return (
    <TableScroll labelledBy={labelledBy} className="access-scroll">
      <table className="data-table access-table audit-table" data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">{t.columns.at}</th>
            <th scope="col">{t.columns.actor}</th>
            <th scope="col">{t.columns.role}</th>
            <th scope="col">{t.columns.via}</th>
            <th scope="col">{t.columns.origin}</th>
            <th scope="col">{t.columns.action}</th>
            <th scope="col">{t.columns.target}</th>
            <th scope="col">{t.columns.outcome}</th>
            <th scope="col">{t.columns.detail}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <AuditRow key={event.id} event={event} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function AuditRow({ event }: { event: AuditEvent }) {
  const outcome = describeOutcome(event.outcome);
  const detail = formatDetail(event.detail);
  const action = actionLabel(event.action);
  return (
    <tr data-testid="audit-event" data-action={event.action} data-outcome={event.outcome}>
      <th scope="row" className="nowrap">
        <time dateTime={event.at}>{formatInstant(event.at)}</time>
      </th>
      <td className="audit-table__mono audit-table__actor">{event.actor}</td>
      <td>{roleLabel(event.actorRole)}</td>
      <td>{viaLabel(event.via)}</td>
      <td className="audit-table__mono audit-table__origin">{event.origin}</td>
      <td>
        {action}
        {action !== event.action ? <span className="audit-table__code">{event.action}</span> : null}
      </td>
      <td className="audit-table__mono">{event.target ?? textAccess.common.none}</td>
      <td>
        <span className={outcome.badge}>{outcome.text}</span>
      </td>
      <td className="audit-table__detail">
        {detail === null ? (
          textAccess.common.none
        ) : (
          <details>
            <summary>
              {t.showDetail}
              <span className="visually-hidden">
                {' '}
                {t.columns.detail}: {action}, {formatInstant(event.at)}
              </span>
            </summary>
            <pre>{detail}</pre>
          </details>
        )}
      </td>
    </tr>
  );
}
