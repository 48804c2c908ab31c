import { text } from '../i18n/vi';
import { PageHeader } from '../ui/PageHeader';
import { PageMain } from '../ui/PageMain';

export function NotFoundPage({ pathname }: { pathname: string }) {
  return (
    <PageMain className="page">
      <PageHeader title={text.notFound.title} />
      <div className="page__main">
        <p className="notice">{text.notFound.message(pathname)}</p>
      </div>
    </PageMain>
  );
}
