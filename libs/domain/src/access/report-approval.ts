import type { DataQualityKind } from '../quality/data-quality';
import { decideAccess } from './access-policy';
import type { Principal, Role } from './roles';

// Approval of reports (duyệt báo cáo). A submitted report is pending until approved; only approved figures enter
// A(d), national totals, ranks and scores. Who must approve depends on who sent it and what it trips.

/** NONE: counts at once (sent by headquarters, or by the director who is its approver); else who must approve. */
export type ApprovalRequirement = 'NONE' | 'DIRECTOR' | 'HEADQUARTERS';
export type ApprovalState = 'APPROVED' | 'PENDING' | 'REJECTED';
export type ApprovalDecision = 'APPROVED' | 'REJECTED';

/** The data-quality rules that send a report to headquarters for approval. */
export const HEADQUARTERS_APPROVAL_KINDS: readonly DataQualityKind[] = [
  'JUMP_ABOVE_QUOTA',
  'DECREASING_CUMULATIVE',
  'OFF_SCHEDULE_DATE',
];

/**
 * Who must approve a report sent by this role with these data-quality findings. Headquarters' own imports count as
 * approved; a director's clean report is approved by its sender; anything that trips a rule needs headquarters.
 */
export function approvalRequirement(submitter: Role, findings: readonly DataQualityKind[]): ApprovalRequirement {
  if (submitter === 'data-officer') return 'NONE';
  if (findings.some((kind) => HEADQUARTERS_APPROVAL_KINDS.includes(kind))) return 'HEADQUARTERS';
  return submitter === 'director' ? 'NONE' : 'DIRECTOR';
}

export function approvalState(requirement: ApprovalRequirement, decision: ApprovalDecision | null): ApprovalState {
  if (decision !== null) return decision;
  return requirement === 'NONE' ? 'APPROVED' : 'PENDING';
}

/** Why this caller may not decide on this report, or null when they may. */
export function approvalRefusal(
  caller: Pick<Principal, 'role' | 'provinceCode'>,
  report: { provinceCode: string; requirement: ApprovalRequirement; decision: ApprovalDecision | null },
): string | null {
  return approvalRefusalOf(caller, report)?.reason ?? null;
}

/** approvalRefusal with the same reason in Vietnamese beside it (reasonVi), for the API's messageVi. */
export function approvalRefusalOf(
  caller: Pick<Principal, 'role' | 'provinceCode'>,
  report: { provinceCode: string; requirement: ApprovalRequirement; decision: ApprovalDecision | null },
): { reason: string; reasonVi: string } | null {
  const access = decideAccess(caller, 'report.approve', report.provinceCode);
  if (!access.allowed) return { reason: access.reason, reasonVi: access.reasonVi };
  if (report.requirement === 'NONE' || report.decision !== null)
    return report.decision === 'REJECTED'
      ? {
          reason:
            'báo cáo này đã bị từ chối; số liệu sửa được gửi thành báo cáo mới (this report is already rejected; a correction is sent as a new report)',
          reasonVi: 'báo cáo này đã bị từ chối; số liệu sửa được gửi thành báo cáo mới',
        }
      : {
          reason:
            'báo cáo này đã được duyệt; số liệu sửa được gửi thành báo cáo mới (this report is already approved; a correction is sent as a new report)',
          reasonVi: 'báo cáo này đã được duyệt; số liệu sửa được gửi thành báo cáo mới',
        };
  if (report.requirement === 'HEADQUARTERS' && caller.role !== 'data-officer')
    return {
      reason:
        'báo cáo vượt quy tắc kiểm tra số liệu: Trung ương (cán bộ nghiệp vụ) duyệt hoặc từ chối (this report trips a data-quality rule: headquarters must approve or reject it)',
      reasonVi: 'báo cáo vượt quy tắc kiểm tra số liệu: Trung ương (cán bộ nghiệp vụ) duyệt hoặc từ chối',
    };
  return null;
}
