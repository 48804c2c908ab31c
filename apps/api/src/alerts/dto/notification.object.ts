import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AlertKind, IsoDate } from '@scorecard/domain';
import { LocalDateScalar } from '../../graphql/date.scalars';

export const AlertKindEnum = {
  REPORT_DUE_TOMORROW: 'REPORT_DUE_TOMORROW',
  REPORT_MISSING: 'REPORT_MISSING',
  BAND_FELL: 'BAND_FELL',
  RANK_DROP: 'RANK_DROP',
  PACE_STRAIN: 'PACE_STRAIN',
  LATE_PAYMENT_HIGH: 'LATE_PAYMENT_HIGH',
  LATE_PAYMENT_RISING: 'LATE_PAYMENT_RISING',
  APPROVAL_WAITING: 'APPROVAL_WAITING',
  STEP_OVERDUE: 'STEP_OVERDUE',
} as const satisfies Record<AlertKind, AlertKind>;
registerEnumType(AlertKindEnum, {
  name: 'AlertKind',
  description: 'What an alert is about (docs/alerts.md "Rules").',
  valuesMap: {
    REPORT_DUE_TOMORROW: { description: 'A report date is tomorrow and the province has sent nothing yet.' },
    REPORT_MISSING: { description: 'The report of a report date did not arrive by the end of that date.' },
    BAND_FELL: { description: 'A province moved down a band (Đạt → Cần chú ý or Chậm, Cần chú ý → Chậm) on a metric.' },
    RANK_DROP: { description: 'A province fell the threshold number of places or more on a metric.' },
    PACE_STRAIN: {
      description: 'The pace a province still needs per day is above the threshold multiple of its pace so far.',
    },
    LATE_PAYMENT_HIGH: { description: 'A late-payment ratio above the threshold.' },
    LATE_PAYMENT_RISING: { description: 'A late-payment ratio rising at each of the last two month ends.' },
    APPROVAL_WAITING: { description: 'A report waiting for approval longer than the threshold number of days.' },
    STEP_OVERDUE: { description: 'A compliance case whose next step is past its deadline (docs/compliance.md).' },
  },
});

@ObjectType('Notification', {
  description:
    'One alert delivered to the caller in the app, written in the caller’s language with the figures in vi-VN formats.',
})
export class NotificationObject {
  @Field({ description: 'The alert’s key (kind, plan, province, metric, date): pass it to markNotificationRead.' })
  id!: string;

  @Field(() => AlertKindEnum, { description: 'What the alert is about.' })
  kind!: AlertKind;

  @Field(() => LocalDateScalar, { description: 'The report date or as-of date the alert is about.' })
  date!: IsoDate;

  @Field(() => String, { nullable: true, description: 'The plan; null for a late-payment alert.' })
  planId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The province's code in the plan's unit set (the 63 for the ledger); null for a national alert.",
  })
  provinceCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The metric key, for an alert on one metric.' })
  metric!: string | null;

  @Field({ description: 'One line: what happened, e.g. "Hà Nội tụt 5 bậc về Thu".' })
  subject!: string;

  @Field({ description: 'The figures behind it, in a sentence or two.' })
  body!: string;

  @Field({ description: 'The path of the page that shows it, e.g. "/tinh/01?asOf=2021-11-30&metric=revenue".' })
  link!: string;

  @Field({ description: 'When the alert was raised, local time in Vietnam (YYYY-MM-DDTHH:MM:SS).' })
  raisedAt!: string;

  @Field(() => String, { nullable: true, description: 'When the caller opened it (local time); null while unread.' })
  readAt!: string | null;
}

@ObjectType('NotificationList', { description: 'A page of the caller’s notifications and their counts.' })
export class NotificationListObject {
  @Field(() => Int, { description: 'All the caller’s notifications.' })
  totalCount!: number;

  @Field(() => Int, { description: 'The unread ones: the number in the header.' })
  unreadCount!: number;

  @Field(() => [NotificationObject], { description: 'Newest date first.' })
  items!: NotificationObject[];
}
