import type { ProvinceAttainment } from '../api/fields';
import { statusLabel } from '../i18n/vi';
import { BAND_LABELS, bandText } from './status-band';

export type OnTrackView = { text: string; tone: 'ok' | 'risk' | 'behind' | 'muted' } | null;

const TONES = { ON_TRACK: 'ok', AT_RISK: 'risk', BEHIND: 'behind' } as const;

/**
 * The band of a reported row on the basis of its answer (✓ Đạt / ! Cần chú ý / ✕ Chậm, named in text, not colour
 * alone); its status (not reported, no target) otherwise; null when the API cannot say.
 */
export function onTrackView(row: Pick<ProvinceAttainment, 'status' | 'band'>): OnTrackView {
  if (row.status !== 'REPORTED') return { text: statusLabel(row.status), tone: 'muted' };
  if (row.band === null) return null;
  return { text: bandText(row.band), tone: TONES[row.band] };
}

/** The same in plain words for a file (Đạt, Cần chú ý, Chậm, or the status); null when the API cannot say. */
export function statusWords(row: Pick<ProvinceAttainment, 'status' | 'band'>): string | null {
  if (row.status !== 'REPORTED') return statusLabel(row.status);
  return row.band === null ? null : BAND_LABELS[row.band];
}
