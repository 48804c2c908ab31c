import { useId } from 'react';
import { textAccess } from '../../i18n/vi-access';
import type { ProvinceChoice } from '../accounts/accounts.queries';
import { ProvinceSelect } from '../accounts/ProvinceSelect';
import { STATE_FILTERS, type ApprovalParams } from './approval-params';

type ApprovalFiltersProps = {
  params: ApprovalParams;
  provinces: readonly ProvinceChoice[];
  /** A provincial user's own province: the list is theirs only and there is nothing to choose. */
  ownProvince: ProvinceChoice | null;
  onChange: (change: Partial<ApprovalParams>) => void;
};

const t = textAccess.approvals;

/** Which reports to list: by state (Chờ duyệt first) and, for headquarters, by province. */
export function ApprovalFilters({ params, provinces, ownProvince, onChange }: ApprovalFiltersProps) {
  const id = useId();
  return (
    <div className="controls access-filter">
      <div className="controls__field">
        <span className="controls__label" id={`${id}-state`}>
          {t.filter.label}
        </span>
        <div className="controls__chips" role="group" aria-labelledby={`${id}-state`}>
          {STATE_FILTERS.map((filter) => (
            <button
              key={filter}
              type="button"
              className="chip"
              aria-pressed={params.state === filter}
              onClick={() => onChange({ state: filter })}
              data-testid={`filter-${filter.toLowerCase()}`}
            >
              {t.filters[filter]}
            </button>
          ))}
        </div>
      </div>
      {ownProvince ? (
        <p className="controls__field access-filter__own">{t.filter.ownProvince(ownProvince.nameVi)}</p>
      ) : (
        <div className="controls__field">
          <label className="controls__label" htmlFor={`${id}-province`}>
            {t.filter.province}
          </label>
          <ProvinceSelect
            id={`${id}-province`}
            value={params.province ?? ''}
            provinces={provinces}
            emptyLabel={t.filter.allProvinces}
            onChange={(code) => onChange({ province: code || null })}
            testId="filter-province"
          />
        </div>
      )}
    </div>
  );
}
