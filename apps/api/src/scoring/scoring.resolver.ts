import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { STATUS_BAND_LABELS_VI, type IsoDate, type UnitSet } from '@scorecard/domain';
import type { Actor } from '@scorecard/access';
import { Allow, CurrentActor } from '../auth/access.decorators';
import { LocalDateScalar } from '../graphql/date.scalars';
import { AS_OF_IN_PLAN, PLAN_ID } from '../graphql/descriptions';
import { ProvinceObject } from '../reference/dto/province.object';
import { UNIT_SET_VIEW, UnitSetEnum } from '../reference/dto/unit-set.enum';
import { CompositeService } from './composite.service';
import { CompositeRankingObject, CompositeScoreObject, CompositePartObject } from './dto/composite-score.object';
import { MetricWeightObject, PlanSettingsInput, PlanSettingsObject } from './dto/plan-settings.object';
import { PlanSettingsService, type EffectiveSettings } from './plan-settings.service';

function settingsObject(settings: EffectiveSettings): PlanSettingsObject {
  return Object.assign(new PlanSettingsObject(), {
    ...settings,
    weights: Object.entries(settings.weights).map(([metric, weight]) =>
      Object.assign(new MetricWeightObject(), { metric, weight }),
    ),
  });
}

@Resolver()
export class ScoringResolver {
  constructor(
    @Inject(CompositeService) private readonly composite: CompositeService,
    @Inject(PlanSettingsService) private readonly settings: PlanSettingsService,
  ) {}

  @Query(() => CompositeRankingObject, {
    description:
      'The composite (emulation) score of every province at one date: the weighted mean of min(attainment to date, cap) over the plan’s metrics (docs/domain.md), ranked.',
  })
  @Allow('attainment.read')
  async compositeRanking(
    @Args('planId', { description: PLAN_ID }) planId: string,
    @Args('asOf', { type: () => LocalDateScalar, nullable: true, description: AS_OF_IN_PLAN })
    asOf?: IsoDate | null,
    @Args('settingsVersion', {
      type: () => Int,
      nullable: true,
      description:
        'The plan settings version to score with (an earlier result again; 0: the defaults); default: the latest.',
    })
    settingsVersion?: number | null,
    @Args('unitSet', { type: () => UnitSetEnum, nullable: true, description: UNIT_SET_VIEW }) unitSet?: UnitSet | null,
  ): Promise<CompositeRankingObject> {
    const answer = await this.composite.ranking(planId, asOf, settingsVersion, unitSet);
    return Object.assign(new CompositeRankingObject(), {
      planId: answer.planId,
      asOf: answer.asOf,
      settings: settingsObject(answer.settings),
      provinces: answer.rows.map((row) =>
        Object.assign(new CompositeScoreObject(), {
          province: ProvinceObject.from(row.province),
          rank: row.rank,
          score: row.score,
          band: row.band,
          bandLabel: row.band === null ? null : STATUS_BAND_LABELS_VI[row.band],
          missing: row.missing,
          stale: row.stale,
          parts: row.parts.map((part) =>
            Object.assign(new CompositePartObject(), { ...part, value: row.values[part.metric] ?? null }),
          ),
        }),
      ),
    });
  }

  @Query(() => PlanSettingsObject, { description: "A plan's settings: the latest, or the version asked for." })
  @Allow('plan.read')
  async planSettings(
    @Args('planId', { description: PLAN_ID }) planId: string,
    @Args('version', {
      type: () => Int,
      nullable: true,
      description: 'The settings version (0: the defaults; see planSettingsHistory); default: the latest.',
    })
    version?: number | null,
  ): Promise<PlanSettingsObject> {
    return settingsObject(await this.settings.effective(planId, version));
  }

  @Query(() => [PlanSettingsObject], {
    description: "Every version of a plan's settings, newest first, the defaults last.",
  })
  @Allow('plan.read')
  async planSettingsHistory(@Args('planId', { description: PLAN_ID }) planId: string): Promise<PlanSettingsObject[]> {
    return (await this.settings.history(planId)).map(settingsObject);
  }

  @Mutation(() => PlanSettingsObject, {
    description:
      "Stores a new version of a plan's status thresholds and composite weights (headquarters data officer); earlier versions stay and can still be scored with.",
  })
  @Allow('plan.settings')
  async setPlanSettings(
    @Args('planId', { description: PLAN_ID }) planId: string,
    @Args('settings', {
      description: 'The whole new version: every threshold, the cap, the reference and the weights.',
    })
    input: PlanSettingsInput,
    @CurrentActor() actor: Actor,
  ): Promise<PlanSettingsObject> {
    const weights: Record<string, number> = {};
    for (const { metric, weight } of input.weights) weights[metric] = weight;
    return settingsObject(await this.settings.set(actor, planId, { ...input, weights }));
  }
}
