import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { REPORT_08KT_HEADINGS } from '@scorecard/domain';
import { LocalDateScalar } from '../../graphql/date.scalars';
import { ProvinceObject } from '../../reference/dto/province.object';

const heading = (key: keyof typeof REPORT_08KT_HEADINGS) =>
  `${REPORT_08KT_HEADINGS[key].en} (${REPORT_08KT_HEADINGS[key].vi}).`;

@ObjectType('Report08ktFigures', { description: 'The columns of report 08-KT for one window of days.' })
export class Report08ktFiguresObject {
  @Field(() => Int, { description: heading('employersListed') })
  employersListed!: number;

  @Field(() => Int, { description: heading('workersListed') })
  workersListed!: number;

  @Field(() => Int, { description: heading('noticesSent') })
  noticesSent!: number;

  @Field(() => Int, { description: heading('conferencesHeld') })
  conferencesHeld!: number;

  @Field(() => Int, { description: heading('employersAtConferences') })
  employersAtConferences!: number;

  @Field(() => Int, { description: heading('inspectionsDone') })
  inspectionsDone!: number;

  @Field(() => Int, { description: heading('specialisedInspections') })
  specialisedInspections!: number;

  @Field(() => Int, { description: heading('policeReferrals') })
  policeReferrals!: number;

  @Field(() => Int, { description: heading('employersRegistered') })
  employersRegistered!: number;

  @Field(() => Int, { description: heading('workersRegistered') })
  workersRegistered!: number;

  @Field(() => Float, { description: heading('contributionRecovered') })
  contributionRecovered!: number;
}

@ObjectType('Report08ktRow', { description: 'One row of report 08-KT: a province, or the nation.' })
export class Report08ktRowObject {
  @Field(() => ProvinceObject, { nullable: true, description: 'The province; null for the national total row.' })
  province!: ProvinceObject | null;

  @Field(() => Report08ktFiguresObject, { description: 'The fortnight (kỳ này): from … reportDate.' })
  period!: Report08ktFiguresObject;

  @Field(() => Report08ktFiguresObject, { description: 'The year to date (lũy kế từ đầu năm): yearFrom … reportDate.' })
  yearToDate!: Report08ktFiguresObject;

  @Field(() => Int, { description: 'Open cases whose next step waits past its deadline on the report date.' })
  overdue!: number;
}

@ObjectType('Report08kt', {
  description:
    'Report 08-KT (báo cáo kết quả khai thác, phát triển đối tượng tham gia BHXH, BHYT), sent on the 10th, the 20th and the last day of each month (seed 000, II.2.2): a province’s row, or every province’s and the national total consolidated for headquarters. Also as a workbook: GET /export/compliance-08kt.xlsx?reportDate=…&province=….',
})
export class Report08ktObject {
  @Field(() => LocalDateScalar, { description: 'The report date (kỳ báo cáo).' })
  reportDate!: string;

  @Field(() => LocalDateScalar, { description: 'First day of the fortnight: the day after the report date before.' })
  from!: string;

  @Field(() => LocalDateScalar, { description: 'First day of the year to date (1 January).' })
  yearFrom!: string;

  @Field(() => [Report08ktRowObject], {
    description: 'One row per province (63), then the national total; only the province’s row for a province’s report.',
  })
  rows!: Report08ktRowObject[];

  @Field({ description: 'True when any case counted is synthetic sample data.' })
  synthetic!: boolean;
}

@ObjectType('ComplianceOfferedValue', { description: 'One figure the workflow offers for a province’s report.' })
export class ComplianceOfferedValueObject {
  @Field({
    description:
      'The metric key: tax_data_reviews (employers entered from the lists), overdue_unit_inspections (direct inspections done) or outreach_conferences (conferences held).',
  })
  metric!: string;

  @Field(() => Int, { description: 'The count from the plan period’s start to the report date (lũy kế).' })
  value!: number;
}

@ObjectType('ComplianceReportOffer', {
  description:
    'The counts of the compliance workflow that are a plan’s actuals for a province at a report date, offered for the province to confirm and send with submitReport (where they wait for approval like any report). Nothing is stored by asking.',
})
export class ComplianceReportOfferObject {
  @Field({ description: 'The plan.' })
  planId!: string;

  @Field(() => ProvinceObject, { description: 'The province.' })
  province!: ProvinceObject;

  @Field(() => LocalDateScalar, { description: 'The report date.' })
  reportDate!: string;

  @Field(() => LocalDateScalar, { description: 'The plan period’s first day, where the counts start.' })
  from!: string;

  @Field(() => [ComplianceOfferedValueObject], { description: 'The three figures, in the order of the metric keys.' })
  values!: ComplianceOfferedValueObject[];

  @Field({ description: 'True when any case counted is synthetic sample data.' })
  synthetic!: boolean;
}
