import { useState, type FormEvent } from 'react';
import { textCompliance } from '../../i18n/vi-compliance';
import { hasCaseFilters, normaliseSearch, SEARCH_MAX_LENGTH, type ComplianceParams } from './compliance-params';
import { isComplianceStep, STEP_ORDER, stepLabel } from './compliance-labels';

type CaseFiltersProps = {
  params: ComplianceParams;
  onChange: (change: Partial<ComplianceParams>) => void;
};

const t = textCompliance.cases;

/** The case list's filters; each choice is written to the URL at once, the search when sent. */
export function CaseFilters({ params, onChange }: CaseFiltersProps) {
  const [typed, setTyped] = useState(params.search ?? '');
  // A search changed elsewhere (back, "Xóa bộ lọc") replaces what was typed.
  const [shown, setShown] = useState(params.search);
  if (shown !== params.search) {
    setShown(params.search);
    setTyped(params.search ?? '');
  }
  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ search: normaliseSearch(typed) });
  };

  return (
    <form className="case-filters" aria-label={t.filtersLabel} onSubmit={onSearch} data-testid="case-filters">
      <label className="checkbox case-filters__overdue">
        <input
          type="checkbox"
          data-testid="case-filter-overdue"
          checked={params.overdueOnly}
          onChange={(event) => onChange({ overdueOnly: event.target.checked })}
        />
        {t.overdueOnly}
      </label>
      <label className="field">
        <span className="field__label">{t.waitingFor}</span>
        <select
          data-testid="case-filter-waiting"
          value={params.waitingFor ?? ''}
          onChange={(event) =>
            onChange({ waitingFor: isComplianceStep(event.target.value) ? event.target.value : null })
          }
        >
          <option value="">{t.anyStep}</option>
          {STEP_ORDER.filter((step) => step !== 'LIST_RECEIVED').map((step) => (
            <option key={step} value={step}>
              {stepLabel(step)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t.state}</span>
        <select
          data-testid="case-filter-state"
          value={params.state ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ state: value === 'open' || value === 'ended' ? value : null });
          }}
        >
          <option value="">{t.anyState}</option>
          <option value="open">{t.open}</option>
          <option value="ended">{t.ended}</option>
        </select>
      </label>
      <div className="case-filters__search">
        <label className="field">
          <span className="field__label">{t.search}</span>
          <input
            type="search"
            className="text-input"
            data-testid="case-filter-search"
            maxLength={SEARCH_MAX_LENGTH}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        </label>
        <button type="submit" className="button" data-testid="case-filter-submit">
          {t.searchButton}
        </button>
      </div>
      {hasCaseFilters(params) ? (
        <button
          type="button"
          className="link-button case-filters__clear"
          data-testid="case-filter-clear"
          onClick={() => onChange({ overdueOnly: false, waitingFor: null, state: null, search: null })}
        >
          {t.clear}
        </button>
      ) : null}
    </form>
  );
}
