import type { ProvinceAttainment } from '../api/fields';
import { MISSING } from '../i18n/format';
import { onTrackView } from './on-track';

/** ✓ Đạt / ! Cần chú ý / ✕ Chậm for a ranked row; the status (not reported, no target) otherwise. */
export function OnTrackBadge({ row }: { row: Pick<ProvinceAttainment, 'status' | 'band'> }) {
  const view = onTrackView(row);
  if (view === null) return <>{MISSING}</>;
  return <span className={`badge badge--${view.tone}`}>{view.text}</span>;
}
