import { useMemo, type CSSProperties } from 'react';
import type { Metric, Plan, Province } from '../../api/fields';
import { BAND_COLOURS, STATUS_BANDS } from '../../ui/status-band';
import { OverviewControls } from './OverviewControls';
import { OverviewFigures } from './OverviewFigures';
import { OverviewFrame } from './OverviewFrame';
import { COMPOSITE_COLUMN, LATE_PAYMENT_COLUMN } from './overview-matrix';
import { useOverviewParams } from './useOverviewParams';

type OverviewDashboardProps = { plans: readonly Plan[]; metrics: readonly Metric[]; provinces: readonly Province[] };

// The band colours of ui/status-band.ts as CSS variables, so the stylesheet and the map use the same three.
const BAND_VARIABLES = Object.fromEntries(
  STATUS_BANDS.map((band) => [`--band-${band}`, BAND_COLOURS[band]]),
) as CSSProperties;

export function OverviewDashboard({ plans, metrics, provinces }: OverviewDashboardProps) {
  const mapChoices = useMemo(() => [...metrics.map((m) => m.key), LATE_PAYMENT_COLUMN, COMPOSITE_COLUMN], [metrics]);
  const { plan, params, invalid, update } = useOverviewParams(plans, mapChoices);

  return (
    <OverviewFrame plan={plan}>
      <div className="ov-root" style={BAND_VARIABLES}>
        <OverviewControls plans={plans} plan={plan} params={params} onChange={update} />
        {/* The sets reuse codes for other units: nothing of one set stays on screen while the other loads. */}
        <OverviewFigures
          key={params.unitSet}
          plans={plans}
          plan={plan}
          metrics={metrics}
          provinces={provinces}
          params={params}
          invalid={invalid}
          update={update}
        />
      </div>
    </OverviewFrame>
  );
}
