import type { MouseEvent, ReactNode } from 'react';
import { navigateTo } from './location-store';
import { isPlainLeftClick } from './routes';

type AppLinkProps = {
  href: string;
  children: ReactNode;
  className?: string;
  title?: string;
  testId?: string;
  /** Called after a plain click has shown the page (a menu closes itself). */
  onNavigate?: () => void;
};

/** A link to a page of the app: a plain click stays in the app; Ctrl/⌘-click or a middle click opens a tab. */
export function AppLink({ href, children, className, title, testId, onNavigate }: AppLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainLeftClick(event)) return;
    event.preventDefault();
    navigateTo(href);
    onNavigate?.();
  };
  return (
    <a href={href} className={className} title={title} data-testid={testId} onClick={onClick}>
      {children}
    </a>
  );
}
