import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AlertKind } from '@scorecard/domain';
import type { DigestChoice } from '@scorecard/warehouse';
import { AlertKindEnum } from './notification.object';

export const DigestChoiceEnum = { DAILY: 'DAILY', REPORT_DATE: 'REPORT_DATE', NONE: 'NONE' } as const satisfies Record<
  DigestChoice,
  DigestChoice
>;
registerEnumType(DigestChoiceEnum, {
  name: 'DigestChoice',
  description: 'How a user gets their alerts by e-mail (docs/alerts.md "Digests").',
  valuesMap: {
    DAILY: { description: 'One e-mail a day with the alerts not yet e-mailed.' },
    REPORT_DATE: { description: 'One e-mail the day before each report date and one the day after it.' },
    NONE: { description: 'No e-mail: alerts in the app only.' },
  },
});

@ObjectType('AlertSettings', { description: 'The caller’s choice of alerts and of their e-mail digest.' })
export class AlertSettingsObject {
  @Field(() => [AlertKindEnum], { description: 'The kinds the caller gets, in the app and in digests.' })
  kinds!: AlertKind[];

  @Field(() => [AlertKindEnum], { description: 'Every kind the caller’s role gets: what they may choose from.' })
  availableKinds!: AlertKind[];

  @Field(() => String, { nullable: true, description: 'Where digests go; null: no e-mail.' })
  email!: string | null;

  @Field(() => DigestChoiceEnum, { description: 'Daily, per report date, or none.' })
  digest!: DigestChoice;

  @Field({ description: 'The language of notifications and digests: "vi" or "en".' })
  language!: string;

  @Field({ description: 'Whether this server sends e-mail at all (SCORECARD_SMTP_URL is set).' })
  emailAvailable!: boolean;

  @Field(() => Int, { description: 'The version of the caller’s choices; 0 when they never chose (the defaults).' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'When the choices were saved, local time in Vietnam.' })
  setAt!: string | null;
}

@ObjectType('AlertThresholds', {
  description:
    'The alert thresholds in force for a plan, or agency-wide (planId null): the plan’s own, else agency-wide, else the defaults.',
})
export class AlertThresholdsObject {
  @Field(() => String, { nullable: true, description: 'The plan; null for the agency-wide thresholds.' })
  planId!: string | null;

  @Field(() => Int, { description: 'The version in force for this scope; 0 when none was stored.' })
  version!: number;

  @Field(() => Int, { description: 'A rank drop of this many places or more between two report dates is told.' })
  rankDrop!: number;

  @Field(() => Float, { description: 'A pace still required above this multiple of the pace so far is told.' })
  paceMultiple!: number;

  @Field(() => Float, {
    description: 'A late-payment ratio above this (a fraction: 0.0337 = 3,37%) is told; always agency-wide.',
  })
  latePaymentRatio!: number;

  @Field(() => Int, { description: 'A report waiting for approval longer than this many days is told.' })
  approvalWaitDays!: number;

  @Field(() => [String], {
    description: 'The fields not set for this scope: taken from the agency-wide thresholds, else the defaults.',
  })
  inherited!: string[];

  @Field(() => String, { nullable: true, description: 'When this version was set (local time in Vietnam).' })
  setAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Who set it (login).' })
  setBy!: string | null;

  @Field({ description: 'Why it was set.' })
  note!: string;
}

@ObjectType('AlertThresholdVersion', {
  description: 'One stored version of a scope’s thresholds, as set: null where the scope takes the value from above.',
})
export class AlertThresholdVersionObject {
  @Field(() => Int, { description: 'The version, from 1.' })
  version!: number;

  @Field(() => Int, { nullable: true, description: 'Rank drop in places; null: inherited.' })
  rankDrop!: number | null;

  @Field(() => Float, { nullable: true, description: 'Pace multiple; null: inherited.' })
  paceMultiple!: number | null;

  @Field(() => Float, { nullable: true, description: 'Late-payment ratio (agency-wide only); null: inherited.' })
  latePaymentRatio!: number | null;

  @Field(() => Int, { nullable: true, description: 'Approval wait in days; null: inherited.' })
  approvalWaitDays!: number | null;

  @Field({ description: 'When it was set (local time in Vietnam).' })
  setAt!: string;

  @Field({ description: 'Who set it (login).' })
  setBy!: string;

  @Field({ description: 'Why it was set.' })
  note!: string;
}

@ObjectType('AlertMessage', {
  description: 'A message sent outside the app (an e-mail digest or a webhook post) with its last delivery step.',
})
export class AlertMessageObject {
  @Field({ description: 'channel|recipient|slot: one message per slot and recipient.' })
  id!: string;

  @Field({ description: 'EMAIL or WEBHOOK.' })
  channel!: string;

  @Field({ description: 'The account id, or "webhook".' })
  recipient!: string;

  @Field({ description: 'The e-mail address or the webhook’s address.' })
  address!: string;

  @Field({ description: 'The digest slot ("DAILY 2026-12-04", "AFTER 2026-11-30") or the time of a webhook batch.' })
  slot!: string;

  @Field({ description: 'The subject (of an e-mail), or a summary.' })
  subject!: string;

  @Field(() => Int, { description: 'How many alerts it carries.' })
  alertCount!: number;

  @Field({ description: 'When it was composed (local time in Vietnam).' })
  createdAt!: string;

  @Field({ description: 'PENDING, SENDING, SENT, RETRY or FAILED.' })
  state!: string;

  @Field({ description: 'When it reached that state.' })
  stateAt!: string;

  @Field(() => String, { nullable: true, description: 'The server’s answer or the error of the last attempt.' })
  detail!: string | null;

  @Field(() => Int, { description: 'Attempts made.' })
  attempts!: number;
}
