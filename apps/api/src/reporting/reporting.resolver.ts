import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@scorecard/access';
import { provinceFilter, type IsoDate, type Principal } from '@scorecard/domain';
import { Allow, CurrentActor, CurrentPrincipal } from '../auth/access.decorators';
import { assertProvinceAccess } from '../auth/access.guard';
import { LocalDateScalar } from '../graphql/date.scalars';
import { METRIC_KEY, PLAN_ID, PROVINCE_CODE } from '../graphql/descriptions';
import { ImportRefusalObject, importOutcomeUnion, refusedOr } from '../graphql/import-refusal.object';
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

const ActualImportOutcome = importOutcomeUnion(
  'ActualImportOutcome',
  ActualImportResultObject,
  'An import of actuals (a file or the form): what was stored, or the refusal with every problem.',
);

@Resolver()
export class ReportingResolver {
  constructor(@Inject(ReportingService) private readonly reporting: ReportingService) {}

  @Query(() => ReportingStatusObject, {
    description:
      'Who has reported for a report date (default: the latest with data), and since when the others have not.',
  })
  @Allow('reporting-status.read')
  async reportingStatus(
    @Args('planId', { description: PLAN_ID }) planId: string,
    @Args('reportDate', {
      type: () => LocalDateScalar,
      nullable: true,
      description:
        "One of the plan's report dates (kỳ báo cáo, see `Plan.reportDates`); default: the latest report date on or before the latest date any report was stored for, or the first report date.",
    })
    reportDate?: IsoDate | null,
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
    @Args('planId', { description: PLAN_ID }) planId: string,
    @Args('province', { description: PROVINCE_CODE }) province: string,
    @Args('metric', { description: METRIC_KEY }) metric: string,
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
    @Args('planId', { description: PLAN_ID }) planId: string,
    @Args('province', {
      type: () => String,
      nullable: true,
      description: `${PROVINCE_CODE} Default: every province (a provincial user: their own).`,
    })
    province?: string | null,
  ): Promise<DataQualityWarningObject[]> {
    if (province) assertProvinceAccess(principal, 'data-quality.read', province);
    const scoped = province ?? provinceFilter(principal, 'data-quality.read');
    return (await this.reporting.warnings(planId, scoped)).map(toWarning);
  }

  @Mutation(() => ActualImportOutcome, {
    description:
      'Imports reported actuals (CSV, XLSX, Parquet, Arrow IPC). A refused file answers an ImportRefusal listing every problem and writes nothing; the same content again changes nothing.',
  })
  @Allow('actuals.import')
  async importActuals(
    @Args() args: ImportActualsArgs,
    @CurrentActor() actor: Actor,
  ): Promise<ActualImportResultObject | ImportRefusalObject> {
    return refusedOr(async () =>
      toImportResult(await this.reporting.importFiles(args.planId, decodePlanFiles(args.files), actor)),
    );
  }

  @Mutation(() => ActualImportOutcome, {
    description:
      "One province's report for one report date, as entered in the form. The sender is the signed-in caller. " +
      'It is pending (chờ duyệt) until approved, unless sent by headquarters or by the province’s director without a data-quality finding.',
  })
  @Allow('report.submit')
  async submitReport(
    @Args() args: SubmitReportArgs,
    @CurrentActor() actor: Actor,
  ): Promise<ActualImportResultObject | ImportRefusalObject> {
    assertProvinceAccess(actor.principal, 'report.submit', args.province);
    const { planId, province, reportDate, values } = args;
    return refusedOr(async () =>
      toImportResult(await this.reporting.submit({ planId, province, reportDate, values }, actor)),
    );
  }
}
