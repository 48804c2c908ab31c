import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@scorecard/access';
import { provinceFilter, type Principal } from '@scorecard/domain';
import { Allow, CurrentActor, CurrentPrincipal } from '../auth/access.decorators';
import { assertProvinceAccess } from '../auth/access.guard';
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

const toImportResult = (
  outcome: Omit<ActualImportResultObject, 'warnings' | 'submissionId'> & {
    warnings: WarningLike[];
    submissionId: number | null;
  },
) =>
  Object.assign(new ActualImportResultObject(), {
    ...outcome,
    submissionId: outcome.submissionId === null ? null : String(outcome.submissionId),
    warnings: outcome.warnings.map(toWarning),
  });

@Resolver()
export class ReportingResolver {
  constructor(@Inject(ReportingService) private readonly reporting: ReportingService) {}

  @Query(() => ReportingStatusObject, {
    description:
      'Who has reported for a report date (default: the latest with data), and since when the others have not.',
  })
  @Allow('reporting-status.read')
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
  @Allow('report-history.read')
  async actualHistory(
    @CurrentPrincipal() principal: Principal,
    @Args('planId') planId: string,
    @Args('province', { description: 'Province code, e.g. "01".' }) province: string,
    @Args('metric') metric: string,
  ): Promise<ActualHistoryObject> {
    assertProvinceAccess(principal, 'report-history.read', province);
    const history = await this.reporting.actualHistory(planId, province, metric);
    return Object.assign(new ActualHistoryObject(), {
      ...history,
      province: ProvinceObject.from(history.province),
      points: history.points.map((point) =>
        Object.assign(new ActualHistoryPointObject(), {
          ...point,
          revisions: point.revisions.map((r) =>
            Object.assign(new ActualRevisionObject(), {
              ...r,
              submissionId: r.submissionId === null ? null : String(r.submissionId),
            }),
          ),
        }),
      ),
    });
  }

  @Query(() => [DataQualityWarningObject], {
    description: 'Suspicious figures stored as sent, newest report date first.',
  })
  @Allow('data-quality.read')
  async dataQualityWarnings(
    @CurrentPrincipal() principal: Principal,
    @Args('planId') planId: string,
    @Args('province', {
      type: () => String,
      nullable: true,
      description: 'Default: every province (a provincial user: their own).',
    })
    province?: string | null,
  ): Promise<DataQualityWarningObject[]> {
    if (province) assertProvinceAccess(principal, 'data-quality.read', province);
    const scoped = province ?? provinceFilter(principal, 'data-quality.read');
    return (await this.reporting.warnings(planId, scoped)).map(toWarning);
  }

  @Mutation(() => ActualImportResultObject, {
    description:
      'Imports reported actuals (CSV, XLSX, Parquet, Arrow IPC). A refused file is an error listing every problem; the same content again changes nothing.',
  })
  @Allow('actuals.import')
  async importActuals(
    @Args() args: ImportActualsArgs,
    @CurrentActor() actor: Actor,
  ): Promise<ActualImportResultObject> {
    const outcome = await this.reporting.importFiles(args.planId, decodePlanFiles(args.files), actor);
    return toImportResult(outcome);
  }

  @Mutation(() => ActualImportResultObject, {
    description:
      "One province's report for one report date, as entered in the form. The sender is the signed-in caller. " +
      'It is pending (chờ duyệt) until approved, unless sent by headquarters or by the province’s director without a data-quality finding.',
  })
  @Allow('report.submit')
  async submitReport(@Args() args: SubmitReportArgs, @CurrentActor() actor: Actor): Promise<ActualImportResultObject> {
    assertProvinceAccess(actor.principal, 'report.submit', args.province);
    const outcome = await this.reporting.submit(
      { planId: args.planId, province: args.province, reportDate: args.reportDate, values: args.values },
      actor,
    );
    return toImportResult(outcome);
  }
}
