import { Inject, Injectable } from '@nestjs/common';
import {
  LATE_PAYMENT_PART,
  bandOfRatio,
  compositeScore,
  rankCompositeScores,
  type CompositeInput,
  type CompositeScore,
  type IsoDate,
  type Province,
  type StatusBand,
  type UnitSet,
} from '@scorecard/domain';
import { AttainmentService } from '../attainment/attainment.service';
import { LatePaymentService } from '../late-payment/late-payment.service';
import { ReferenceService } from '../reference/reference.service';
import { PlanSettingsService, type EffectiveSettings } from './plan-settings.service';

export type CompositeRow = CompositeScore & {
  province: Province;
  rank: number | null;
  band: StatusBand | null;
  /** The metric value each part was scored from (attainment to date; the late-payment ratio). */
  values: Record<string, number | null>;
  /** The metrics whose figure comes from a report older than the latest report date on or before asOf. */
  stale: string[];
};

export type CompositeAnswer = { planId: string; asOf: IsoDate; settings: EffectiveSettings; rows: CompositeRow[] };

/**
 * The composite (emulation) score of every province at one date (docs/domain.md), from the same snapshots as the
 * rankings (against the target to date) and, when late payment is weighted, the late-payment answer of that date.
 */
@Injectable()
export class CompositeService {
  constructor(
    @Inject(AttainmentService) private readonly attainment: AttainmentService,
    @Inject(LatePaymentService) private readonly latePayment: LatePaymentService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(PlanSettingsService) private readonly settings: PlanSettingsService,
  ) {}

  /** In rank order (ties by province code), provinces without a score last. */
  async ranking(
    planId: string,
    asOf: string | null | undefined,
    settingsVersion?: number | null,
    unitSet?: UnitSet | null,
  ): Promise<CompositeAnswer> {
    const settings = await this.settings.effective(planId, settingsVersion);
    const metrics = await this.reference.metrics();
    const snapshots = await Promise.all(
      metrics.map((metric) => this.attainment.snapshot(planId, metric.key, asOf, 'TO_DATE', null, unitSet)),
    );
    const date = snapshots[0]!.asOf;
    const late =
      (settings.weights[LATE_PAYMENT_PART] ?? 0) > 0
        ? new Map(
            (await this.latePayment.latePayment(date, undefined, snapshots[0]!.unitSet)).provinces.map((p) => [
              p.province.code,
              { ratio: p.ratio, hasReceivable: p.receivable > 0 },
            ]),
          )
        : null;
    const provinces = snapshots[0]!.rows.map((row) => row.province);
    const rows = provinces.map((province, index) => {
      const inputs: CompositeInput[] = metrics.map((metric, m) => {
        const row = snapshots[m]!.rows[index]!;
        return {
          metric: metric.key,
          hasTarget: row.status !== 'NO_TARGET',
          value: row.status === 'REPORTED' ? row.attainmentToDate : null,
        };
      });
      const lateFigure = late?.get(province.code);
      if (late)
        inputs.push({
          metric: LATE_PAYMENT_PART,
          hasTarget: lateFigure?.hasReceivable ?? false,
          value: lateFigure?.ratio ?? null,
        });
      const score = compositeScore(inputs, {
        weights: settings.weights,
        cap: settings.compositeCap,
        latePaymentReference: settings.latePaymentReference,
      });
      return {
        ...score,
        province,
        values: Object.fromEntries(inputs.map((input) => [input.metric, input.value])),
        stale: metrics.filter((_, m) => snapshots[m]!.rows[index]!.stale).map((metric) => metric.key),
      };
    });
    const ranks = rankCompositeScores(rows);
    const ranked: CompositeRow[] = rows.map((row, index) => ({
      ...row,
      rank: ranks[index] ?? null,
      band: row.score === null ? null : bandOfRatio(row.score, settings),
    }));
    ranked.sort(
      (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.province.code.localeCompare(b.province.code),
    );
    return { planId, asOf: date, settings, rows: ranked };
  }
}
