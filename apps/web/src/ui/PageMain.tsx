import type { ReactNode } from 'react';

/** The id the skip link jumps to: one main landmark per page, holding its title and content. */
export const MAIN_CONTENT_ID = 'noi-dung';

type PageMainProps = {
  /** "page" and the page's own classes. */
  className: string;
  testId?: string;
  /** Extra data attributes the tests read (e.g. the province code). */
  data?: Readonly<Record<`data-${string}`, string>>;
  children: ReactNode;
};

/**
 * A page's main landmark, its title (h1) inside. tabIndex -1 lets the skip link move the focus here without
 * adding a tab stop.
 */
export function PageMain({ className, testId, data, children }: PageMainProps) {
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className={className} data-testid={testId} {...data}>
      {children}
    </main>
  );
}
