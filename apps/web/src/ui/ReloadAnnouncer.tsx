import { useEffect, useRef, useState } from 'react';
import type { IsoDate } from '../api/scalars';
import { formatDate } from '../i18n/format';
import { text } from '../i18n/vi';

type ReloadAnnouncerProps = {
  /** The page's figures are loading (for a new date, basis or metric). */
  loading: boolean;
  /** The date the figures on screen are for. */
  asOf: IsoDate | undefined;
};

/**
 * The page's one polite live region, visually hidden: says when its figures reload and when they are back, so a
 * screen-reader user knows that a new date, basis or metric took effect. The first load says nothing.
 */
export function ReloadAnnouncer({ loading, asOf }: ReloadAnnouncerProps) {
  const [message, setMessage] = useState('');
  const shown = useRef(false);
  const reloading = useRef(false);

  useEffect(() => {
    if (loading) {
      if (shown.current) {
        reloading.current = true;
        setMessage(text.reload.loading);
      }
      return;
    }
    if (asOf === undefined) return;
    if (reloading.current) setMessage(text.reload.updated(formatDate(asOf)));
    reloading.current = false;
    shown.current = true;
  }, [loading, asOf]);

  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="reload-announcer">
      {message}
    </p>
  );
}
