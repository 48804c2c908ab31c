import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@scorecard/access';
import { UNIT_SETS, type Principal, type Province, type UnitSet } from '@scorecard/domain';
import type { ReportSubmissionRecord } from '@scorecard/warehouse';
import { Allow, CurrentActor, CurrentPrincipal } from '../auth/access.decorators';
import { assertProvinceAccess } from '../auth/access.guard';
import { ProvinceObject } from '../reference/dto/province.object';
import { ReferenceService } from '../reference/reference.service';
import { PlansService } from '../plans/plans.service';
import { DataQualityWarningObject } from './dto/data-quality-warning.object';
import { checkFirst, decodeCursor, pageOf } from '../graphql/connection';
import {
  ReportFigureObject,
  ReportSubmissionConnectionObject,
  ReportSubmissionObject,
  ReportSubmissionsArgs,
} from './dto/report-submission.object';
import { ReportReviewService } from './report-review.service';

/** Reports per page at most, and the name of this list in its cursors. */
const MAX_PAGE = 500;
const LIST = 'reports';

@Resolver()
export class ReportReviewResolver {
  constructor(
    @Inject(ReportReviewService) private readonly reviews: ReportReviewService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(PlansService) private readonly plans: PlansService,
  ) {}

  @Query(() => ReportSubmissionConnectionObject, {
    description: 'Submitted reports with their approval, newest first; provincial users see their own province’s.',
  })
  @Allow('report.review')
  async reportSubmissions(
    @Args() args: ReportSubmissionsArgs,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReportSubmissionConnectionObject> {
    checkFirst(args.first, MAX_PAGE);
    if (args.province) assertProvinceAccess(principal, 'report.review', args.province);
    const after = args.after
      ? decodeCursor(LIST, args.after, ([id]) => (Number.isSafeInteger(id) ? (id as number) : null))
      : null;
    const { reports, totalCount } = await this.reviews.list(principal, {
      planId: args.planId,
      state: args.state ?? null,
      province: args.province ?? null,
      first: args.first,
      after,
    });
    // The extra report fetched only says whether a next page exists: it is not mapped.
    const nodes = new Map((await this.toObjects(principal, reports.slice(0, args.first))).map((n) => [n.id, n]));
    const page = pageOf(
      LIST,
      reports,
      args.first,
      (report) => [report.id],
      (report) => nodes.get(String(report.id))!,
    );
    return { ...page, totalCount };
  }

  @Mutation(() => ReportSubmissionObject, {
    description:
      'Approves a pending report: its figures then count. The province’s director approves a clean report; a report that trips a data-quality rule needs a headquarters data officer.',
  })
  @Allow('report.approve')
  async approveReport(
    @Args('id', { type: () => ID, description: 'The report’s id (ReportSubmission.id).' }) id: string,
    @CurrentActor() actor: Actor,
  ) {
    return (await this.toObjects(actor.principal, [await this.reviews.decide(actor, id, 'APPROVED', null)]))[0]!;
  }

  @Mutation(() => ReportSubmissionObject, {
    description: 'Rejects a pending report with a reason: it stays stored and visible, and never counts.',
  })
  @Allow('report.approve')
  async rejectReport(
    @Args('id', { type: () => ID, description: 'The report’s id (ReportSubmission.id).' }) id: string,
    @Args('reason', { description: 'Why: kept with the report and shown to the province.' }) reason: string,
    @CurrentActor() actor: Actor,
  ) {
    return (await this.toObjects(actor.principal, [await this.reviews.decide(actor, id, 'REJECTED', reason)]))[0]!;
  }

  private async toObjects(principal: Principal, reports: ReportSubmissionRecord[]): Promise<ReportSubmissionObject[]> {
    // A report's province code is of its plan's unit set (a code means a unit only with its set).
    const planSets = new Map((await this.plans.list()).map((plan) => [plan.id, plan.unitSet as UnitSet]));
    const provinces = new Map<UnitSet, Map<string, Province>>();
    for (const unitSet of UNIT_SETS)
      provinces.set(unitSet, new Map((await this.reference.provinces(unitSet)).map((p) => [p.code, p])));
    return reports.map((report) => {
      const units = provinces.get(planSets.get(report.planId) ?? 'vn63-2004');
      const province = report.provinceCode ? units?.get(report.provinceCode) : undefined;
      return Object.assign(new ReportSubmissionObject(), {
        id: String(report.id),
        planId: report.planId,
        province: province ? ProvinceObject.from(province) : null,
        source: report.source,
        submittedAt: report.importedAt,
        submittedBy: report.importedBy,
        submittedByRole: report.submittedByRole,
        state: report.state,
        approvalRequired: report.requirement,
        decidedAt: report.decidedAt,
        decidedBy: report.decidedBy,
        reason: report.reason,
        canDecide: this.reviews.canDecide(principal, report),
        figures: report.figures.map((figure) => Object.assign(new ReportFigureObject(), figure)),
        warnings: report.warnings.map((warning) =>
          Object.assign(new DataQualityWarningObject(), {
            ...warning,
            province: ProvinceObject.from(units!.get(warning.provinceCode)!),
          }),
        ),
      });
    });
  }
}
