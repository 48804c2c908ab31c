import { text } from '../i18n/vi';

type LoadingStateProps = {
  label?: string;
  /** False where the page's ReloadAnnouncer already speaks for the reload: one live region a page. */
  live?: boolean;
};

export function LoadingState({ label = text.common.loading, live = true }: LoadingStateProps) {
  return (
    <p className="loading-state" role={live ? 'status' : undefined} aria-live={live ? 'polite' : undefined}>
      <span className="loading-state__spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
