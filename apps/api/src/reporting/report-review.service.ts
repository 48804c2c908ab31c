import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@scorecard/access';
import { auditEvent } from '@scorecard/access';
import {
  approvalRefusal,
  approvalRefusalOf,
  decideAccess,
  provinceFilter,
  type ApprovalDecision,
  type ApprovalState,
  type Principal,
} from '@scorecard/domain';
import { ReportReviewRepository, WarehouseDatabase, type ReportSubmissionRecord } from '@scorecard/warehouse';
import { ScorecardError } from '../graphql/scorecard.errors';
import { PlansService } from '../plans/plans.service';

/** Submitted reports and their approval: listing in the caller's scope, approving and rejecting. */
@Injectable()
export class ReportReviewService {
  private readonly reviews: ReportReviewRepository;

  constructor(
    @Inject(WarehouseDatabase) db: WarehouseDatabase,
    @Inject(PlansService) private readonly plans: PlansService,
  ) {
    this.reviews = new ReportReviewRepository(db);
  }

  /** A page of the reports this caller may review, newest first, and how many there are in all. */
  async list(
    principal: Principal,
    filter: {
      planId: string;
      state: ApprovalState | null;
      province: string | null;
      first: number;
      after: number | null;
    },
  ): Promise<{ reports: ReportSubmissionRecord[]; totalCount: number }> {
    const plan = await this.plans.get(filter.planId);
    const own = provinceFilter(principal, 'report.review');
    if (filter.province !== null && own !== null && filter.province !== own)
      throw new ScorecardError(
        'FORBIDDEN',
        `Not allowed: you see the reports of province ${own} only.`,
        `Không có quyền: chỉ xem được báo cáo của tỉnh ${own}.`,
      );
    const scope = { planId: plan.id, state: filter.state, provinceCode: own ?? filter.province };
    const [reports, totalCount] = await Promise.all([
      this.reviews.submissions({ ...scope, after: filter.after, limit: filter.first + 1 }),
      this.reviews.countSubmissions(scope),
    ]);
    return { reports, totalCount };
  }

  canDecide(principal: Principal, report: ReportSubmissionRecord): boolean {
    return (
      report.provinceCode !== null &&
      approvalRefusal(principal, { ...report, provinceCode: report.provinceCode }) === null
    );
  }

  async decide(
    actor: Actor,
    submissionId: string,
    decision: ApprovalDecision,
    reason: string | null,
  ): Promise<ReportSubmissionRecord> {
    const report = await this.find(actor.principal, submissionId);
    const refusal =
      report.provinceCode === null
        ? {
            reason: 'tệp do Trung ương nhập không cần duyệt (a file import by headquarters needs no approval)',
            reasonVi: 'tệp do Trung ương nhập không cần duyệt',
          }
        : approvalRefusalOf(actor.principal, { ...report, provinceCode: report.provinceCode });
    if (refusal) {
      const code = report.decision !== null || report.requirement === 'NONE' ? 'ALREADY_DECIDED' : 'FORBIDDEN';
      throw new ScorecardError(
        code,
        code === 'FORBIDDEN' ? `Not allowed: ${refusal.reason}.` : refusal.reason,
        code === 'FORBIDDEN' ? `Không có quyền: ${refusal.reasonVi}.` : `Không duyệt được: ${refusal.reasonVi}.`,
      );
    }
    if (decision === 'REJECTED' && (reason === null || reason.trim() === ''))
      throw new ScorecardError(
        'INVALID_FILE',
        'Ghi lý do từ chối báo cáo (give the reason for rejecting the report).',
        'Ghi lý do từ chối báo cáo.',
      );
    const written = await this.reviews.decide(
      report.id,
      { decision, reason: reason?.trim() ?? null, decidedBy: actor.principal.name },
      auditEvent(actor, decision === 'APPROVED' ? 'report.approve' : 'report.reject', `report ${report.id}`, {
        planId: report.planId,
        province: report.provinceCode,
        reason: reason?.trim() ?? null,
        figures: report.figures.length,
      }),
    );
    if (!written)
      throw new ScorecardError(
        'ALREADY_DECIDED',
        'Báo cáo vừa được người khác quyết định (this report was decided a moment ago by someone else).',
        'Báo cáo vừa được người khác duyệt hoặc từ chối.',
      );
    return this.find(actor.principal, submissionId);
  }

  private async find(principal: Principal, submissionId: string): Promise<ReportSubmissionRecord> {
    const id = /^\d{1,15}$/.test(submissionId) ? Number(submissionId) : null;
    const plans = await this.plans.list();
    for (const plan of id === null ? [] : plans) {
      const [report] = await this.reviews.submissions({
        planId: plan.id,
        state: null,
        provinceCode: null,
        id,
        limit: 1,
      });
      if (!report) continue;
      // Another province's report does not exist for a provincial user.
      if (report.provinceCode !== null && !decideAccess(principal, 'report.review', report.provinceCode).allowed) break;
      return report;
    }
    throw new ScorecardError(
      'UNKNOWN_SUBMISSION',
      `There is no report ${submissionId} you can see (see reportSubmissions).`,
      `Không có báo cáo ${submissionId} mà bạn được xem (xem danh sách báo cáo đã gửi, reportSubmissions).`,
    );
  }
}
