import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { IsoDate, UnitSet } from '@scorecard/domain';
import type { PlanRecord, PlanVersionRecord } from '@scorecard/warehouse';
import { LocalDateScalar } from '../../graphql/date.scalars';
import { UnitSetEnum } from '../../reference/dto/unit-set.enum';

@ObjectType('PlanVersion', { description: "One stored version of a plan's published tables." })
export class PlanVersionObject {
  @Field(() => Int, { description: 'Version number, 1 for the first import; pass as `version` to read it.' })
  version!: number;

  @Field({ description: 'SHA-256 of the published content; the same content imported again is the same version.' })
  contentHash!: string;

  @Field({ description: 'When it was imported (ISO timestamp, server time).' })
  importedAt!: string;

  @Field({ description: 'Who imported it: an account login, "token:<id>" or "cli:<user>@<host>".' })
  importedBy!: string;

  @Field({ description: 'The files it was read from.' })
  source!: string;

  static from(record: PlanVersionRecord): PlanVersionObject {
    return Object.assign(new PlanVersionObject(), record);
  }
}

@ObjectType('Plan', {
  description:
    'A plan (kế hoạch) with per-province quotas by month, e.g. Kế hoạch 2800/KH-BHXH for September–December 2021.',
})
export class PlanObject {
  @Field({ description: 'Plan id (mã kế hoạch), e.g. "2800-KH-BHXH-2021": the `planId` of every other query.' })
  id!: string;

  @Field({ description: 'Title as published, in Vietnamese.' })
  title!: string;

  @Field({ description: 'Number of the issuing document, e.g. 2800/KH-BHXH.' })
  issuingDocument!: string;

  @Field(() => LocalDateScalar, { description: 'Date of issue (ngày ban hành).' })
  issuedOn!: IsoDate;

  @Field({ description: 'Who issued it, e.g. "Bảo hiểm xã hội Việt Nam".' })
  issuer!: string;

  @Field(() => LocalDateScalar, { description: 'First day of the plan period (kỳ kế hoạch).' })
  periodStart!: IsoDate;

  @Field(() => LocalDateScalar, { description: 'Last day of the plan period.' })
  periodEnd!: IsoDate;

  @Field(() => [LocalDateScalar], { description: "Report dates (kỳ báo cáo) of the plan's calendar, in order." })
  reportDates!: IsoDate[];

  @Field(() => Int, {
    nullable: true,
    description: 'Latest stored version of the published tables; null before any import.',
  })
  latestVersion!: number | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'The latest report date any report was stored for (approved, pending or rejected): the default asOf of the attainment queries; null before any report.',
  })
  latestReportDateWithData!: IsoDate | null;

  @Field({ description: 'Whether any actual of this plan is synthetic sample data.' })
  hasSyntheticActuals!: boolean;

  @Field({
    description:
      'Whether the plan itself is made up for demonstration (the shipped 2026 plan on the 34 units), not published by the agency. Such plans are listed after the published ones.',
  })
  synthetic!: boolean;

  @Field(() => UnitSetEnum, {
    description:
      "The unit set the plan's quotas are given on: VN63 (the 63 of 2004–June 2025) or VN34 (the 34 from 1 July 2025). A plan on the 63 can also be viewed on the 34 (`unitSet: VN34`).",
  })
  unitSet!: UnitSet;

  static from(record: PlanRecord): PlanObject {
    return Object.assign(new PlanObject(), {
      id: record.id,
      title: record.title,
      issuingDocument: record.issuingDocument,
      issuedOn: record.issuedOn,
      issuer: record.issuer,
      periodStart: record.periodStart,
      periodEnd: record.periodEnd,
      reportDates: record.reportDates,
      latestVersion: record.latestVersion,
      latestReportDateWithData: record.latestReportDateWithData,
      hasSyntheticActuals: record.hasSyntheticActuals,
      synthetic: record.synthetic,
      unitSet: record.unitSet as UnitSet,
    });
  }
}
