import type { ProvinceAttainment } from '../api/graphql-types';
import { MISSING } from '../i18n/format';
import { statusLabel, vi } from '../i18n/vi';

/** Đạt / Chậm for a ranked row; the status (not reported, no target) otherwise. */
export function OnTrackBadge({ row }: { row: Pick<ProvinceAttainment, 'status' | 'onTrack'> }) {
  if (row.status !== 'REPORTED') return <span className="badge badge--muted">{statusLabel(row.status)}</span>;
  if (row.onTrack === null) return <>{MISSING}</>;
  return row.onTrack ? (
    <span className="badge badge--ok">{vi.common.onTrackYes}</span>
  ) : (
    <span className="badge badge--behind">{vi.common.onTrackNo}</span>
  );
}
