import { vi } from '../i18n/vi';

export function SyntheticBanner() {
  return (
    <div className="synthetic-banner" role="note" data-testid="synthetic-banner">
      <span className="synthetic-banner__icon" aria-hidden="true">
        ⚠
      </span>
      {vi.ranking.syntheticBanner}
    </div>
  );
}
