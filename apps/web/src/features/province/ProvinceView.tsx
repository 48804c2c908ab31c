import type { Metric, Plan, Province } from '../../api/graphql-types';
import { vi } from '../../i18n/vi';
import { ProvinceControls } from './ProvinceControls';
import { ProvinceHistoryCharts } from './ProvinceHistoryCharts';
import { ProvinceScorecard } from './ProvinceScorecard';
import { ProvinceWarnings } from './ProvinceWarnings';
import { useProvinceAsOf } from './useProvinceAsOf';

type ProvinceViewProps = {
  plan: Plan;
  metrics: readonly Metric[];
  provinces: readonly Province[];
  code: string;
};

export function ProvinceView({ plan, metrics, provinces, code }: ProvinceViewProps) {
  const { asOf, invalid, setAsOf } = useProvinceAsOf(plan);
  const province = provinces.find((p) => p.code === code);

  return (
    <>
      <ProvinceControls plan={plan} provinces={provinces} code={code} asOf={asOf} onAsOf={setAsOf} />
      {invalid ? <p className="notice">{vi.errors.invalidParams('asOf')}</p> : null}
      {province ? (
        <>
          <ProvinceScorecard plan={plan} metrics={metrics} province={province} asOf={asOf} total={provinces.length} />
          <ProvinceHistoryCharts planId={plan.id} metrics={metrics} province={province} />
          <ProvinceWarnings planId={plan.id} metrics={metrics} province={province} />
        </>
      ) : (
        <p className="notice" data-testid="unknown-province">
          {vi.province.unknown(code)}
        </p>
      )}
    </>
  );
}
