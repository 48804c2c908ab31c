import { useEffect, type ReactNode } from 'react';
import type { Province } from '../../api/fields';
import { useCatalogue } from '../../api/useCatalogue';
import { text } from '../../i18n/vi';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { ProvinceFacts } from './ProvinceFacts';
import { ProvinceView } from './ProvinceView';
import { PageMain } from '../../ui/PageMain';

/** A province's page (/tinh/01): where it ranks on each metric, how its figures developed, what looks wrong. */
export function ProvincePage({ code }: { code: string }) {
  const catalogue = useCatalogue();
  const data = catalogue.data;
  const province = data?.provinces.find((p) => p.code === code);
  // The first plan is the default, as on the ranking page.
  const plan = data?.plans[0];

  useEffect(() => {
    if (province) document.title = text.province.documentTitle(province.nameVi);
  }, [province]);

  let content: ReactNode;
  if (catalogue.error !== undefined) {
    content = <ErrorPanel title={text.province.errors.reference} error={catalogue.error} onRetry={catalogue.reload} />;
  } else if (!data) {
    content = <LoadingState />;
  } else if (!plan) {
    content = <p className="notice">{text.errors.noPlan}</p>;
  } else {
    content = <ProvinceView plan={plan} metrics={data.metrics} provinces={data.provinces} code={code} />;
  }

  return (
    <PageMain className="page" testId="province-page" data={{ 'data-province-code': code }}>
      <ProvinceHeader province={province} />
      <div className="page__main">{content}</div>
    </PageMain>
  );
}

function ProvinceHeader({ province }: { province: Province | undefined }) {
  return (
    <PageHeader title={province?.nameVi ?? text.province.pageTitle}>
      {province ? <ProvinceFacts province={province} /> : null}
    </PageHeader>
  );
}
