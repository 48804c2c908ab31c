import type { ReactNode } from 'react';

type PageHeaderProps = { title: string; children?: ReactNode };

/** The page's title and, under it, what the page is about. */
export function PageHeader({ title, children }: PageHeaderProps) {
  return (
    <div className="page-header">
      <h1 className="page-header__title">{title}</h1>
      {children}
    </div>
  );
}
