// The three status bands as every view shows them (docs/domain.md, "Status bands"): named in text, coloured with
// a palette that keeps apart for colour-blind readers (blue / amber / vermilion, after Okabe and Ito) and in
// grey-scale print (light, mid, dark), and in charts with a pattern too.
import type { StatusBand } from '../api/generated/graphql';
import { text } from '../i18n/vi';

export const STATUS_BANDS: readonly StatusBand[] = ['ON_TRACK', 'AT_RISK', 'BEHIND'];

/** The bands' names in the page's language (the domain's words in Vietnamese). */
export const BAND_LABELS: Readonly<Record<StatusBand, string>> = text.bands;

/** Fill of bars and cells; each has at least 3:1 contrast with white (WCAG 1.4.11). */
export const BAND_COLOURS: Readonly<Record<StatusBand, string>> = {
  ON_TRACK: '#0b6fa4',
  AT_RISK: '#9a6700',
  BEHIND: '#b3361b',
};

/** A short symbol beside the label, so the band reads without colour: ✓ Đạt, ! Cần chú ý, ✕ Chậm. */
export const BAND_SYMBOLS: Readonly<Record<StatusBand, string>> = {
  ON_TRACK: '✓',
  AT_RISK: '!',
  BEHIND: '✕',
};

/** ECharts decal patterns: none for Đạt, diagonal lines for Cần chú ý, a dense grid for Chậm. */
export const BAND_DECALS: Readonly<Record<StatusBand, Record<string, unknown> | undefined>> = {
  ON_TRACK: undefined,
  AT_RISK: {
    symbol: 'rect',
    symbolSize: 1,
    dashArrayX: [1, 0],
    dashArrayY: [2, 4],
    rotation: -Math.PI / 4,
    color: 'rgba(255,255,255,0.45)',
  },
  BEHIND: { symbol: 'rect', symbolSize: 1, dashArrayX: [2, 2], dashArrayY: [2, 2], color: 'rgba(255,255,255,0.45)' },
};

export function bandText(band: StatusBand): string {
  return `${BAND_SYMBOLS[band]} ${BAND_LABELS[band]}`;
}
