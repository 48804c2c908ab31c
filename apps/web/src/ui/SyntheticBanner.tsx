import { text } from '../i18n/vi';

/** The warning that the figures are generated sample data; `message` says which figures (the actuals by default). */
export function SyntheticBanner({ message = text.ranking.syntheticBanner }: { message?: string }) {
  return (
    <div className="synthetic-banner" role="note" data-testid="synthetic-banner">
      <span className="synthetic-banner__icon" aria-hidden="true">
        ⚠
      </span>
      {message}
    </div>
  );
}
