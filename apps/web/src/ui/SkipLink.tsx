import type { MouseEvent } from 'react';
import { text } from '../i18n/vi';
import { MAIN_CONTENT_ID } from './PageMain';

/**
 * "Bỏ qua đến nội dung chính": the first tab stop of every page, shown only when focused. It moves the focus to the
 * page's main landmark itself rather than through the URL's hash, which the app's router owns.
 */
export function SkipLink() {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_CONTENT_ID);
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView({ block: 'start' });
  };
  return (
    <a className="skip-link" href={`#${MAIN_CONTENT_ID}`} data-testid="skip-link" onClick={onClick}>
      {text.common.skipToContent}
    </a>
  );
}
