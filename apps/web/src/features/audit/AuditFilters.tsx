import { useId, useState, type FormEvent } from 'react';
import { textAccess } from '../../i18n/vi-access';
import { KNOWN_ACTIONS, actionLabel } from './audit-labels';
import type { AuditFilter } from './audit-params';

type AuditFiltersProps = { filter: AuditFilter; onApply: (filter: AuditFilter) => void };

const t = textAccess.audit.filters;

/** Action and actor; applied with "Lọc" (Enter in the actor box), so typing does not send a query per key. */
export function AuditFilters({ filter, onApply }: AuditFiltersProps) {
  const id = useId();
  const [action, setAction] = useState(filter.action ?? '');
  const [actor, setActor] = useState(filter.actor ?? '');
  // An action from a link that the page has no name for is still offered, under its code.
  const actions =
    filter.action && !KNOWN_ACTIONS.includes(filter.action) ? [...KNOWN_ACTIONS, filter.action] : KNOWN_ACTIONS;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({ action: action || null, actor: actor.trim() || null });
  };

  return (
    <form className="controls access-filter" onSubmit={onSubmit} aria-label={t.title} data-testid="audit-filters">
      <div className="controls__field">
        <label className="controls__label" htmlFor={`${id}-action`}>
          {t.action}
        </label>
        <select
          id={`${id}-action`}
          value={action}
          onChange={(event) => setAction(event.target.value)}
          data-testid="audit-action"
        >
          <option value="">{t.allActions}</option>
          {actions.map((code) => (
            <option key={code} value={code}>
              {actionLabel(code)} ({code})
            </option>
          ))}
        </select>
      </div>
      <div className="controls__field">
        <label className="controls__label" htmlFor={`${id}-actor`}>
          {t.actor}
        </label>
        <input
          id={`${id}-actor`}
          className="text-input"
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={actor}
          onChange={(event) => setActor(event.target.value)}
          aria-describedby={`${id}-actor-hint`}
          data-testid="audit-actor"
        />
        <span id={`${id}-actor-hint`} className="access-form__hint">
          {t.actorHint}
        </span>
      </div>
      <div className="access-actions">
        <button type="submit" className="button" data-testid="audit-apply">
          {t.apply}
        </button>
        {filter.action || filter.actor ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setAction('');
              setActor('');
              onApply({ action: null, actor: null });
            }}
          >
            {t.clear}
          </button>
        ) : null}
      </div>
    </form>
  );
}
