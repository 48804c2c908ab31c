import { roleLabel } from '../features/accounts/roles';
import type { Viewer } from '../session/viewer.queries';
import { text } from '../i18n/vi';
import { PageHeader } from '../ui/PageHeader';
import { AppLink } from './AppLink';
import { PageMain } from '../ui/PageMain';

type ForbiddenPageProps = { title: string; viewer: Viewer };

/** A page the viewer's role may not use: says so, and where to go instead (the server would refuse it anyway). */
export function ForbiddenPage({ title, viewer }: ForbiddenPageProps) {
  const t = text.forbidden;
  return (
    <PageMain className="page" testId="forbidden-page">
      <PageHeader title={title} />
      <div className="page__main">
        <section className="notice notice--forbidden" aria-labelledby="forbidden-title">
          <h2 id="forbidden-title" className="notice__title">
            {t.title}
          </h2>
          <p>{t.message(title, roleLabel(viewer.role))}</p>
          <p>
            <AppLink href={viewer.home}>{t.home}</AppLink>
          </p>
        </section>
      </div>
    </PageMain>
  );
}
