import { vi } from '../i18n/vi';
import { PageHeader } from '../ui/PageHeader';
import { PageMain } from '../ui/PageMain';

export function NotFoundPage({ pathname }: { pathname: string }) {
  return (
    <PageMain className="page">
      <PageHeader title={vi.notFound.title} />
      <div className="page__main">
        <p className="notice">{vi.notFound.message(pathname)}</p>
      </div>
    </PageMain>
  );
}
