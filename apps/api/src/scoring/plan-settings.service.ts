import { Inject, Injectable } from '@nestjs/common';
import { defaultPlanSettings, planSettingsFindings, type PlanSettings } from '@scorecard/domain';
import { PlanSettingsRepository, WarehouseDatabase, type PlanSettingsRecord } from '@scorecard/warehouse';
import { auditEvent, type Actor } from '@scorecard/access';
import { ComputedCache, cacheKey } from '../cache/computed-cache';
import { ScorecardError } from '../graphql/scorecard.errors';
import { PlansService } from '../plans/plans.service';
import { ReferenceService } from '../reference/reference.service';

/** A plan's settings in force: a stored version, or version 0, the defaults. */
export type EffectiveSettings = PlanSettings & {
  planId: string;
  version: number;
  setAt: string | null;
  setBy: string | null;
  note: string;
};

export type SettingsChange = PlanSettings & { note: string };

@Injectable()
export class PlanSettingsService {
  private readonly repository: PlanSettingsRepository;
  private readonly kept: ComputedCache<EffectiveSettings>;

  constructor(
    @Inject(WarehouseDatabase) db: WarehouseDatabase,
    @Inject(PlansService) private readonly plans: PlansService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
  ) {
    this.repository = new PlanSettingsRepository(db);
    this.kept = new ComputedCache({ capacity: 50, generation: () => db.dataVersion });
  }

  /** The latest settings of the plan, or the version asked for (0: the defaults). */
  async effective(planId: string, version?: number | null): Promise<EffectiveSettings> {
    const plan = await this.plans.get(planId);
    return this.kept.get(cacheKey(plan.id, version), async () => {
      const defaults = await this.defaults(plan.id);
      if (version === 0) return defaults;
      const stored = await this.repository.get(plan.id, version);
      if (stored) return this.withDefaults(stored, defaults);
      if (version === undefined || version === null) return defaults;
      throw new ScorecardError(
        'UNKNOWN_SETTINGS_VERSION',
        `Plan ${plan.id} has no settings version ${version}: see planSettingsHistory for the versions stored (0 is the defaults).`,
        `Kế hoạch ${plan.id} không có phiên bản cài đặt ${version}: xem các phiên bản đã lưu trong lịch sử cài đặt (planSettingsHistory; phiên bản 0 là mặc định).`,
      );
    });
  }

  /** Every stored version, newest first, then the defaults (version 0). */
  async history(planId: string): Promise<EffectiveSettings[]> {
    const plan = await this.plans.get(planId);
    const defaults = await this.defaults(plan.id);
    const stored = await this.repository.history(plan.id);
    return [...stored.map((record) => this.withDefaults(record, defaults)), defaults];
  }

  /** Stores the settings as a new version; refused with every problem named when any value is out of bounds. */
  async set(actor: Actor, planId: string, change: SettingsChange): Promise<EffectiveSettings> {
    const plan = await this.plans.get(planId);
    const metrics = (await this.reference.metrics()).map((metric) => metric.key);
    const note = change.note.trim();
    const problems = planSettingsFindings(change, metrics);
    if (note === '')
      problems.push({
        message: 'note: say why the settings change (it is kept with them).',
        messageVi: 'note: ghi lý do thay đổi cài đặt (lý do được lưu cùng phiên bản).',
      });
    if (problems.length > 0)
      throw new ScorecardError(
        'INVALID_SETTINGS',
        `The settings were not stored: ${problems.map((problem) => problem.message).join(' ')}`,
        `Chưa lưu cài đặt: ${problems.map((problem) => problem.messageVi).join(' ')}`,
      );
    // Every metric of the plan gets a weight: one left out of the change weighs 0.
    const weights = Object.fromEntries(
      [...metrics, 'late_payment'].map((metric) => [metric, change.weights[metric] ?? 0] as const),
    );
    const record = await this.repository.save(
      plan.id,
      {
        onTrack: change.onTrack,
        atRisk: change.atRisk,
        latePaymentAtRisk: change.latePaymentAtRisk,
        compositeCap: change.compositeCap,
        latePaymentReference: change.latePaymentReference,
        weights,
        note,
      },
      actor.principal.name,
      auditEvent(actor, 'plan.settings', null),
    );
    return this.withDefaults(record, await this.defaults(plan.id));
  }

  private async defaults(planId: string): Promise<EffectiveSettings> {
    const metrics = (await this.reference.metrics()).map((metric) => metric.key);
    return {
      planId,
      version: 0,
      ...defaultPlanSettings(metrics),
      setAt: null,
      setBy: null,
      note: 'Mặc định (docs/domain.md): Đạt khi ≥ 100 %, Cần chú ý từ 90 %, trọng số bằng nhau, trần 120 %.',
    };
  }

  private withDefaults(record: PlanSettingsRecord, defaults: EffectiveSettings): EffectiveSettings {
    return { ...record, weights: { ...defaults.weights, ...record.weights } };
  }
}
