import { vi } from '../i18n/vi';

export function LoadingState({ label = vi.common.loading }: { label?: string }) {
  return (
    <p className="loading-state" role="status" aria-live="polite">
      <span className="loading-state__spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
