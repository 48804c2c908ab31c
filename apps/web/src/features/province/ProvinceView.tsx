import type { Metric, Plan, Province } from '../../api/fields';
import { text } from '../../i18n/vi';
import { useLocation } from '../../navigation/location-store';
import { mayActOn } from '../../session/permissions';
import { useViewer } from '../../session/ViewerContext';
import { ProvinceControls } from './ProvinceControls';
import { ProvinceHistoryCharts } from './ProvinceHistoryCharts';
import { ProvinceScorecard } from './ProvinceScorecard';
import { ProvinceStanding } from './ProvinceStanding';
import { ProvinceWarnings } from './ProvinceWarnings';
import { resolveProvinceMetric } from './province-params';
import { useProvinceAsOf } from './useProvinceAsOf';

type ProvinceViewProps = {
  plan: Plan;
  metrics: readonly Metric[];
  provinces: readonly Province[];
  code: string;
};

export function ProvinceView({ plan, metrics, provinces, code }: ProvinceViewProps) {
  const { asOf, invalid, setAsOf } = useProvinceAsOf(plan);
  // Opened from a cell of the overview: that metric comes first.
  const chosenMetric = resolveProvinceMetric(useLocation().search, metrics);
  const viewer = useViewer();
  const province = provinces.find((p) => p.code === code);
  // Every province's attainment and rank is for everyone; its report history and warnings only for its own
  // users and headquarters (the server would refuse the others).
  const history = mayActOn(viewer, 'report-history.read', code);
  const warnings = mayActOn(viewer, 'data-quality.read', code);

  return (
    <>
      <ProvinceControls
        plan={plan}
        provinces={provinces}
        code={code}
        asOf={asOf}
        metric={chosenMetric}
        onAsOf={setAsOf}
      />
      {invalid ? <p className="notice">{text.errors.invalidParams('asOf')}</p> : null}
      {province ? (
        <>
          <ProvinceScorecard plan={plan} metrics={metrics} province={province} asOf={asOf} total={provinces.length} />
          <ProvinceStanding plan={plan} metrics={metrics} province={province} asOf={asOf} />
          {history ? (
            <ProvinceHistoryCharts planId={plan.id} metrics={metrics} province={province} chosen={chosenMetric} />
          ) : null}
          {warnings ? <ProvinceWarnings planId={plan.id} metrics={metrics} province={province} /> : null}
          {history && warnings ? null : (
            <p className="notice" data-testid="province-own-only">
              {text.province.ownOnly(province.nameVi, viewer.province?.nameVi ?? null)}
            </p>
          )}
        </>
      ) : (
        <p className="notice" data-testid="unknown-province">
          {text.province.unknown(code)}
        </p>
      )}
    </>
  );
}
