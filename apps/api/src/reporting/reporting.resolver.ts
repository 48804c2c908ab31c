import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../auth/caller';
import { RequireRoles, RolesGuard } from '../auth/roles.guard';
import { decodePlanFiles } from '../plans/plan-files.decoder';
import { ProvinceObject } from '../reference/dto/province.object';
import { ActualHistoryObject, ActualHistoryPointObject, ActualRevisionObject } from './dto/actual-history.object';
import { ActualImportResultObject, ImportActualsArgs, SubmitReportArgs } from './dto/actual-import.args';
import { DataQualityWarningObject } from './dto/data-quality-warning.object';
import { ProvinceReportStatusObject, ReportingStatusObject } from './dto/reporting-status.object';
import { ReportingService } from './reporting.service';

type WarningLike = Omit<DataQualityWarningObject, 'province'> & { province: Parameters<typeof ProvinceObject.from>[0] };
const toWarning = (w: WarningLike) =>
  Object.assign(new DataQualityWarningObject(), { ...w, province: ProvinceObject.from(w.province) });

@Resolver()
export class ReportingResolver {
  constructor(@Inject(ReportingService) private readonly reporting: ReportingService) {}

  @Query(() => ReportingStatusObject, {
    description:
      'Who has reported for a report date (default: the latest with data), and since when the others have not.',
  })
  async reportingStatus(
    @Args('planId') planId: string,
    @Args('reportDate', { type: () => String, nullable: true }) reportDate?: string | null,
  ): Promise<ReportingStatusObject> {
    const result = await this.reporting.reportingStatus(planId, reportDate);
    const count = (status: string) => result.provinces.filter((p) => p.status === status).length;
    return Object.assign(new ReportingStatusObject(), {
      planId: result.planId,
      reportDate: result.reportDate,
      deadline: result.deadline,
      provincesReported: count('REPORTED'),
      provincesPartial: count('PARTIAL'),
      provincesNotReported: count('NOT_REPORTED'),
      provinces: result.provinces.map((p) =>
        Object.assign(new ProvinceReportStatusObject(), {
          province: ProvinceObject.from(p.province),
          status: p.status,
          metricsReported: p.metricsReported,
          metricsExpected: p.metricsExpected,
          lastReportDate: p.lastReportDate,
          submittedAt: p.firstSubmittedAt,
          late: p.late,
        }),
      ),
    });
  }

  @Query(() => ActualHistoryObject, {
    description: 'Cumulative actual against cumulative target on every report date, with every revision.',
  })
  async actualHistory(
    @Args('planId') planId: string,
    @Args('province', { description: 'Province code, e.g. "01".' }) province: string,
    @Args('metric') metric: string,
  ): Promise<ActualHistoryObject> {
    const history = await this.reporting.actualHistory(planId, province, metric);
    return Object.assign(new ActualHistoryObject(), {
      ...history,
      province: ProvinceObject.from(history.province),
      points: history.points.map((point) =>
        Object.assign(new ActualHistoryPointObject(), {
          ...point,
          revisions: point.revisions.map((r) => Object.assign(new ActualRevisionObject(), r)),
        }),
      ),
    });
  }

  @Query(() => [DataQualityWarningObject], {
    description: 'Suspicious figures stored as sent, newest report date first.',
  })
  async dataQualityWarnings(
    @Args('planId') planId: string,
    @Args('province', { type: () => String, nullable: true }) province?: string | null,
  ): Promise<DataQualityWarningObject[]> {
    return (await this.reporting.warnings(planId, province)).map(toWarning);
  }

  @Mutation(() => ActualImportResultObject, {
    description:
      'Imports reported actuals (CSV, XLSX, Parquet, Arrow IPC). A refused file is an error listing every problem; the same content again changes nothing.',
  })
  @UseGuards(RolesGuard)
  @RequireRoles('HEADQUARTERS')
  async importActuals(
    @Args() args: ImportActualsArgs,
    @Context() context: GraphQLContext,
  ): Promise<ActualImportResultObject> {
    const outcome = await this.reporting.importFiles(args.planId, decodePlanFiles(args.files), context.caller.name);
    return Object.assign(new ActualImportResultObject(), { ...outcome, warnings: outcome.warnings.map(toWarning) });
  }

  @Mutation(() => ActualImportResultObject, {
    description: "One province's report for one report date, as entered in the form.",
  })
  @UseGuards(RolesGuard)
  @RequireRoles('HEADQUARTERS', 'PROVINCE')
  async submitReport(
    @Args() args: SubmitReportArgs,
    @Context() context: GraphQLContext,
  ): Promise<ActualImportResultObject> {
    const outcome = await this.reporting.submit({
      planId: args.planId,
      province: args.province,
      reportDate: args.reportDate,
      values: args.values,
      submittedBy: args.submittedBy?.trim() || context.caller.name,
    });
    return Object.assign(new ActualImportResultObject(), { ...outcome, warnings: outcome.warnings.map(toWarning) });
  }
}
