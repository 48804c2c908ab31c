import { vi } from '../i18n/vi';
import { PageHeader } from '../ui/PageHeader';

export function NotFoundPage({ pathname }: { pathname: string }) {
  return (
    <div className="page">
      <PageHeader title={vi.notFound.title} />
      <main className="page__main">
        <p className="notice">{vi.notFound.message(pathname)}</p>
      </main>
    </div>
  );
}
