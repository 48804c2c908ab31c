import type { StatusBand } from '@scorecard/domain';
import { BAND_LABELS, BAND_SYMBOLS } from '../../ui/status-band';

/** The band named in text, with its symbol and colour: "✓ Đạt", "! Cần chú ý", "✕ Chậm". */
export function BandBadge({ band, testId }: { band: StatusBand; testId?: string }) {
  return (
    <span className={`ov-band ov-band--${band}`} data-testid={testId} data-band={band}>
      <span className="ov-band__symbol" aria-hidden="true">
        {BAND_SYMBOLS[band]}
      </span>
      {BAND_LABELS[band]}
    </span>
  );
}

/** The band as a small marked symbol, named for screen readers and on hover: for the cells of the matrix. */
export function BandMark({ band }: { band: StatusBand }) {
  return (
    <span className={`ov-mark ov-mark--${band}`} title={BAND_LABELS[band]}>
      <span aria-hidden="true">{BAND_SYMBOLS[band]}</span>
      <span className="visually-hidden">{BAND_LABELS[band]}</span>
    </span>
  );
}
