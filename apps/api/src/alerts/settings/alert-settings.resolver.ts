import { Inject } from '@nestjs/common';
import { Args, Float, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@scorecard/access';
import type { AlertKind, Principal } from '@scorecard/domain';
import { AlertMessageRepository, WarehouseDatabase, type DigestChoice } from '@scorecard/warehouse';
import { Allow, CurrentActor, CurrentPrincipal } from '../../auth/access.decorators';
import { ScorecardError } from '../../graphql/scorecard.errors';
import { AlertEvaluationService } from '../alert-evaluation.service';
import {
  AlertMessageObject,
  AlertSettingsObject,
  AlertThresholdVersionObject,
  AlertThresholdsObject,
  DigestChoiceEnum,
} from '../dto/alert-settings.object';
import { AlertKindEnum } from '../dto/notification.object';
import { AlertSettingsService } from './alert-settings.service';

const PLAN =
  'The plan; omit it for the agency-wide thresholds (the late-payment threshold, and every value a plan does not set).';
const MAX_PAGE = 100;

/** Headquarters' alert thresholds, each user's alert choices, and the log of messages sent (docs/alerts.md). */
@Resolver()
export class AlertSettingsResolver {
  private readonly messages: AlertMessageRepository;

  constructor(
    @Inject(AlertSettingsService) private readonly settings: AlertSettingsService,
    @Inject(AlertEvaluationService) private readonly evaluation: AlertEvaluationService,
    @Inject(WarehouseDatabase) db: WarehouseDatabase,
  ) {
    this.messages = new AlertMessageRepository(db);
  }

  @Query(() => AlertThresholdsObject, { description: 'The alert thresholds in force for a plan, or agency-wide.' })
  @Allow('alerts.thresholds')
  async alertThresholds(
    @Args('planId', { type: () => String, nullable: true, description: PLAN }) planId?: string | null,
  ): Promise<AlertThresholdsObject> {
    return Object.assign(new AlertThresholdsObject(), await this.settings.thresholds(planId ?? null));
  }

  @Query(() => [AlertThresholdVersionObject], {
    description: 'Every stored version of a plan’s (or the agency-wide) alert thresholds, newest first.',
  })
  @Allow('alerts.thresholds')
  async alertThresholdHistory(
    @Args('planId', { type: () => String, nullable: true, description: PLAN }) planId?: string | null,
  ): Promise<AlertThresholdVersionObject[]> {
    return (await this.settings.thresholdHistory(planId ?? null)).map((record) =>
      Object.assign(new AlertThresholdVersionObject(), record),
    );
  }

  @Mutation(() => AlertThresholdsObject, {
    description:
      'Stores a new version of a plan’s (or the agency-wide) alert thresholds; a value left out is taken from above. Earlier versions stay.',
  })
  @Allow('alerts.thresholds')
  async setAlertThresholds(
    @CurrentActor() actor: Actor,
    @Args('note', { description: 'Why the thresholds change (kept with the version).' }) note: string,
    @Args('planId', { type: () => String, nullable: true, description: PLAN }) planId?: string | null,
    @Args('rankDrop', { type: () => Int, nullable: true, description: 'Places, 1–62.' }) rankDrop?: number | null,
    @Args('paceMultiple', { type: () => Float, nullable: true, description: 'A multiple, 1–10.' })
    paceMultiple?: number | null,
    @Args('latePaymentRatio', {
      type: () => Float,
      nullable: true,
      description: 'A fraction (0.0337 = 3,37%); agency-wide only.',
    })
    latePaymentRatio?: number | null,
    @Args('approvalWaitDays', { type: () => Int, nullable: true, description: 'Days, 1–60.' })
    approvalWaitDays?: number | null,
  ): Promise<AlertThresholdsObject> {
    const saved = await this.settings.setThresholds(actor, planId ?? null, {
      rankDrop: rankDrop ?? null,
      paceMultiple: paceMultiple ?? null,
      latePaymentRatio: latePaymentRatio ?? null,
      approvalWaitDays: approvalWaitDays ?? null,
      note,
    });
    this.evaluation.settingsSaved();
    return Object.assign(new AlertThresholdsObject(), saved);
  }

  @Query(() => AlertSettingsObject, { description: 'The caller’s choice of alerts and of their e-mail digest.' })
  @Allow('notifications.own')
  async myAlertSettings(@CurrentPrincipal() principal: Principal): Promise<AlertSettingsObject> {
    return Object.assign(new AlertSettingsObject(), await this.settings.mine(principal));
  }

  @Mutation(() => AlertSettingsObject, {
    description:
      'Saves the caller’s choice of alerts (among those of their role) and of their e-mail digest; a new version each time.',
  })
  @Allow('notifications.own')
  async setMyAlertSettings(
    @CurrentPrincipal() principal: Principal,
    @Args('kinds', { type: () => [AlertKindEnum], description: 'The kinds wanted, in the app and by e-mail.' })
    kinds: AlertKind[],
    @Args('digest', { type: () => DigestChoiceEnum, description: 'DAILY, REPORT_DATE or NONE.' }) digest: DigestChoice,
    @Args('email', { type: () => String, nullable: true, description: 'Where digests go; empty or null: none.' })
    email?: string | null,
    @Args('language', { type: () => String, defaultValue: 'vi', description: '"vi" (default) or "en".' })
    language?: string,
  ): Promise<AlertSettingsObject> {
    const saved = await this.settings.setMine(principal, {
      kinds,
      digest,
      email: email ?? null,
      language: language ?? 'vi',
    });
    this.evaluation.settingsSaved();
    return Object.assign(new AlertSettingsObject(), saved);
  }

  @Query(() => [AlertMessageObject], {
    description: 'The delivery log: e-mail digests and webhook posts, newest first, each with its last step.',
  })
  @Allow('alerts.thresholds')
  async alertMessages(
    @Args('first', { type: () => Int, defaultValue: 20, description: `How many (1–${MAX_PAGE}).` }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0, description: 'How many to skip.' }) offset: number,
    @Args('recipient', { type: () => String, nullable: true, description: 'Only one account’s (its id).' })
    recipient?: string | null,
  ): Promise<AlertMessageObject[]> {
    if (first < 1 || first > MAX_PAGE || offset < 0)
      throw new ScorecardError(
        'INVALID_ARGUMENT',
        `first must be 1–${MAX_PAGE} and offset 0 or more.`,
        `first phải từ 1 đến ${MAX_PAGE} và offset không âm.`,
      );
    const rows = await this.messages.log({ recipient: recipient ?? null, limit: first, offset });
    return rows.map((row) => Object.assign(new AlertMessageObject(), row, { alertCount: row.alertKeys.length }));
  }
}
