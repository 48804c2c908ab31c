import { vi } from '../i18n/vi';

/** The warning that the figures are generated sample data; `text` says which figures (the actuals by default). */
export function SyntheticBanner({ text = vi.ranking.syntheticBanner }: { text?: string }) {
  return (
    <div className="synthetic-banner" role="note" data-testid="synthetic-banner">
      <span className="synthetic-banner__icon" aria-hidden="true">
        ⚠
      </span>
      {text}
    </div>
  );
}
