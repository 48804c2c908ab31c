import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { PlanRecord, PlanVersionRecord } from '@scorecard/warehouse';

@ObjectType('PlanVersion', { description: "One stored version of a plan's published tables." })
export class PlanVersionObject {
  @Field(() => Int)
  version!: number;

  @Field({ description: 'SHA-256 of the published content; the same content imported again is the same version.' })
  contentHash!: string;

  @Field({ description: 'When it was imported (ISO timestamp, server time).' })
  importedAt!: string;

  @Field()
  importedBy!: string;

  @Field({ description: 'The files it was read from.' })
  source!: string;

  static from(record: PlanVersionRecord): PlanVersionObject {
    return Object.assign(new PlanVersionObject(), record);
  }
}

@ObjectType('Plan', { description: 'A plan (kế hoạch) with per-province quotas by month.' })
export class PlanObject {
  @Field()
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'Number of the issuing document, e.g. 2800/KH-BHXH.' })
  issuingDocument!: string;

  @Field({ description: 'Date of issue, YYYY-MM-DD.' })
  issuedOn!: string;

  @Field()
  issuer!: string;

  @Field({ description: 'First day of the plan period, YYYY-MM-DD.' })
  periodStart!: string;

  @Field({ description: 'Last day of the plan period, YYYY-MM-DD.' })
  periodEnd!: string;

  @Field(() => [String], { description: "Report dates (kỳ báo cáo) of the plan's calendar, YYYY-MM-DD." })
  reportDates!: string[];

  @Field(() => Int, { nullable: true, description: 'Latest stored version of the published tables.' })
  latestVersion!: number | null;

  @Field(() => String, { nullable: true, description: 'The latest report date for which any province has reported.' })
  latestReportDateWithData!: string | null;

  @Field({ description: 'Whether any actual of this plan is synthetic sample data.' })
  hasSyntheticActuals!: boolean;

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
    });
  }
}
