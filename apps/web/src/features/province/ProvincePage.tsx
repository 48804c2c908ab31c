import { useEffect, useMemo, type ReactNode } from 'react';
import type { Province } from '../../api/fields';
import type { UnitSet } from '../../api/generated/graphql';
import { useCatalogue } from '../../api/useCatalogue';
import { text } from '../../i18n/vi';
import { textUnitSets } from '../../i18n/vi-unit-sets';
import { useLocation } from '../../navigation/location-store';
import { useUnitProvinces } from '../../plan/useUnitProvinces';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { ProvinceFacts } from './ProvinceFacts';
import { ProvinceView } from './ProvinceView';
import { PageMain } from '../../ui/PageMain';
import { resolveProvinceView } from './province-params';

/**
 * A province's page (/tinh/01): where it ranks on each metric, how its figures developed, what looks wrong. The
 * plan (?plan=…, default the first) and the unit set (?units=34, default the plan's own) say which unit the code
 * names; a unit of the 34 lists the provinces of the 63 it was formed from.
 */
export function ProvincePage({ code }: { code: string }) {
  const catalogue = useCatalogue();
  const data = catalogue.data;
  const { search } = useLocation();
  const view = useMemo(
    () => (data && data.plans.length > 0 ? resolveProvinceView(search, data.plans) : undefined),
    [search, data],
  );
  const unitSet: UnitSet = view?.unitSet ?? 'VN63';
  const units = useUnitProvinces(unitSet, data?.provinces ?? []);
  const provinces = units.provinces;
  const province = provinces?.find((p) => p.code === code);

  useEffect(() => {
    if (province) document.title = text.province.documentTitle(province.nameVi);
  }, [province]);

  let content: ReactNode;
  if (catalogue.error !== undefined) {
    content = <ErrorPanel title={text.province.errors.reference} error={catalogue.error} onRetry={catalogue.reload} />;
  } else if (!data) {
    content = <LoadingState />;
  } else if (!view) {
    content = <p className="notice">{text.errors.noPlan}</p>;
  } else if (units.error !== undefined) {
    content = <ErrorPanel title={textUnitSets.errors.provinces} error={units.error} onRetry={units.reload} />;
  } else if (!provinces) {
    content = <LoadingState />;
  } else {
    content = (
      // The sets reuse codes for other units: nothing of one plan or set stays on screen under the other's name.
      <ProvinceView
        key={`${view.plan.id}:${view.unitSet}`}
        plans={data.plans}
        plan={view.plan}
        unitSet={view.unitSet}
        metrics={data.metrics}
        provinces={provinces}
        code={code}
        invalidView={view.invalid}
      />
    );
  }

  return (
    <PageMain
      className="page"
      testId="province-page"
      data={{ 'data-province-code': code, 'data-unit-set': view?.unitSet ?? '' }}
    >
      <ProvinceHeader province={province} unitSet={view?.unitSet ?? 'VN63'} />
      <div className="page__main">{content}</div>
    </PageMain>
  );
}

function ProvinceHeader({ province, unitSet }: { province: Province | undefined; unitSet: UnitSet }) {
  return (
    <PageHeader title={province?.nameVi ?? text.province.pageTitle}>
      {province ? <ProvinceFacts province={province} unitSet={unitSet} /> : null}
    </PageHeader>
  );
}
