import { ROLE_LABELS_VI, isProvinceRole, type Principal, type Role } from './roles';

// The one authorisation table: every GraphQL field and HTTP route names one of these actions, and this table says
// which roles may do it and over which provinces. A province-bound role with scope OWN_PROVINCE may act only on
// its own province; ALL means every province. An action missing for a role is refused.

export type Scope = 'ALL' | 'OWN_PROVINCE';

export const ACTIONS = [
  'reference.read', // provinces, metrics
  'plan.read', // plans, versions, reconciliation, target totals
  'attainment.read', // attainment, ranking, national figures, province scorecards: every province, for everyone
  'reporting-status.read', // who reported for a report date
  'late-payment.read', // late-payment ratios and ranks of every province, and the trend
  'employers.read', // employer-level data: employers in arrears, an employer's ledger
  'report-history.read', // every revision of a province's reports, with its source
  'data-quality.read', // data-quality warnings
  'report.submit', // a province's report through the form
  'report.review', // the list of submitted reports with their approval state
  'report.approve', // approve or reject a submitted report
  'compliance.record', // record a step of an employer compliance case (docs/compliance.md)
  'plan.import', // a new plan version
  'plan.settings', // a plan's status-band thresholds and composite-score weights (the data officer)
  'actuals.import', // files of reports
  'ledger.import', // the contribution ledger
  'account.manage', // accounts, their roles, password resets, other users' tokens
  'token.own', // one's own API tokens
  'audit.read', // the audit log
  'self.read', // who am I
  'notifications.own', // one's own alerts: read them, mark them read, choose which and how (docs/alerts.md)
  'alerts.thresholds', // headquarters' alert thresholds of each plan and agency-wide, and the delivery log
] as const;
export type Action = (typeof ACTIONS)[number];

const EVERYONE: Partial<Record<Role, Scope>> = {
  leadership: 'ALL',
  'data-officer': 'ALL',
  director: 'ALL',
  officer: 'ALL',
  analyst: 'ALL',
};
const OWN_FOR_PROVINCES: Partial<Record<Role, Scope>> = {
  leadership: 'ALL',
  'data-officer': 'ALL',
  director: 'OWN_PROVINCE',
  officer: 'OWN_PROVINCE',
  analyst: 'ALL',
};
const DATA_OFFICER: Partial<Record<Role, Scope>> = { 'data-officer': 'ALL' };

export const ACCESS_POLICY: Readonly<Record<Action, Partial<Record<Role, Scope>>>> = {
  'reference.read': EVERYONE,
  'plan.read': EVERYONE,
  'attainment.read': EVERYONE,
  'reporting-status.read': EVERYONE,
  'late-payment.read': EVERYONE,
  'employers.read': OWN_FOR_PROVINCES,
  'report-history.read': OWN_FOR_PROVINCES,
  'data-quality.read': OWN_FOR_PROVINCES,
  'report.submit': { 'data-officer': 'ALL', director: 'OWN_PROVINCE', officer: 'OWN_PROVINCE' },
  'report.review': { leadership: 'ALL', 'data-officer': 'ALL', director: 'OWN_PROVINCE', officer: 'OWN_PROVINCE' },
  'report.approve': { 'data-officer': 'ALL', director: 'OWN_PROVINCE' },
  'compliance.record': { 'data-officer': 'ALL', director: 'OWN_PROVINCE', officer: 'OWN_PROVINCE' },
  'plan.import': DATA_OFFICER,
  'plan.settings': DATA_OFFICER,
  'actuals.import': DATA_OFFICER,
  'ledger.import': DATA_OFFICER,
  'account.manage': DATA_OFFICER,
  'token.own': EVERYONE,
  'audit.read': { leadership: 'ALL', 'data-officer': 'ALL' },
  'self.read': EVERYONE,
  'notifications.own': EVERYONE,
  'alerts.thresholds': { leadership: 'ALL', 'data-officer': 'ALL' },
};

/** A refusal says why twice: `reason` for the API's callers, `reasonVi` (the same, in Vietnamese) for a page. */
export type AccessDecision = { allowed: true; scope: Scope } | { allowed: false; reason: string; reasonVi: string };

type Caller = Pick<Principal, 'role' | 'provinceCode'>;

/**
 * May this caller do this action, on this province when the action concerns one? Without a province, a caller
 * with scope OWN_PROVINCE is allowed and the work must then be limited to their province (see provinceFilter).
 */
export function decideAccess(caller: Caller, action: Action, provinceCode?: string | null): AccessDecision {
  const scope = ACCESS_POLICY[action][caller.role];
  if (scope === undefined)
    return {
      allowed: false,
      reason: `vai trò ${ROLE_LABELS_VI[caller.role]} không được ${DESCRIPTIONS_VI[action]} (the role "${caller.role}" may not ${describe(action)})`,
      reasonVi: `vai trò ${ROLE_LABELS_VI[caller.role]} không được ${DESCRIPTIONS_VI[action]}`,
    };
  if (scope === 'OWN_PROVINCE' && provinceCode !== undefined && provinceCode !== null) {
    if (provinceCode !== caller.provinceCode)
      return {
        allowed: false,
        reason:
          `chỉ được ${DESCRIPTIONS_VI[action]} của tỉnh mình (${caller.provinceCode ?? '?'}), không phải tỉnh ${provinceCode} ` +
          `(a ${caller.role} of province ${caller.provinceCode ?? '?'} may ${describe(action)} only for that province, not for ${provinceCode})`,
        reasonVi: `chỉ được ${DESCRIPTIONS_VI[action]} của tỉnh mình (${caller.provinceCode ?? '?'}), không phải tỉnh ${provinceCode}`,
      };
  }
  return { allowed: true, scope };
}

/**
 * The province a list must be limited to for this caller: null for every province, the caller's own code for a
 * province-bound role whose scope is OWN_PROVINCE. Throws nothing: call decideAccess first.
 */
export function provinceFilter(caller: Caller, action: Action): string | null {
  return ACCESS_POLICY[action][caller.role] === 'OWN_PROVINCE' && isProvinceRole(caller.role)
    ? caller.provinceCode
    : null;
}

/** Every action the caller may do (at least on their own province): what the web app uses to show pages. */
export function allowedActions(caller: Caller): Action[] {
  return ACTIONS.filter((action) => ACCESS_POLICY[action][caller.role] !== undefined);
}

/**
 * A token may carry a role at most as powerful as its creator's: the same role, or one whose every allowed action
 * (with its scope) the creator also has. A data officer (who manages accounts) may give any role.
 */
export function mayGrantRole(creator: Caller, role: Role, provinceCode: string | null): boolean {
  if (decideAccess(creator, 'account.manage').allowed) return true;
  return ACTIONS.every((action) => {
    const wanted = ACCESS_POLICY[action][role];
    if (wanted === undefined) return true;
    const held = ACCESS_POLICY[action][creator.role];
    if (held === undefined) return false;
    if (held === 'ALL') return true;
    return wanted === 'OWN_PROVINCE' && provinceCode === creator.provinceCode;
  });
}

const DESCRIPTIONS: Record<Action, string> = {
  'reference.read': 'read the reference lists',
  'plan.read': 'read plans',
  'attainment.read': 'read attainment and ranks',
  'reporting-status.read': 'read who has reported',
  'late-payment.read': 'read late-payment figures',
  'employers.read': 'read employer-level data',
  'report-history.read': 'read report history',
  'data-quality.read': 'read data-quality warnings',
  'report.submit': 'submit reports',
  'report.review': 'read submitted reports',
  'report.approve': 'approve or reject reports',
  'compliance.record': 'record steps of employer compliance cases',
  'plan.import': 'import plans',
  'plan.settings': "set a plan's status thresholds and composite weights",
  'actuals.import': 'import files of reports',
  'ledger.import': 'import the contribution ledger',
  'account.manage': 'manage accounts',
  'token.own': 'manage API tokens',
  'audit.read': 'read the audit log',
  'self.read': 'read their own account',
  'notifications.own': 'read their own alerts',
  'alerts.thresholds': 'set alert thresholds',
};

const DESCRIPTIONS_VI: Record<Action, string> = {
  'reference.read': 'xem danh mục',
  'plan.read': 'xem kế hoạch',
  'attainment.read': 'xem kết quả và xếp hạng',
  'reporting-status.read': 'xem tình hình báo cáo',
  'late-payment.read': 'xem số liệu chậm đóng',
  'employers.read': 'xem dữ liệu đơn vị sử dụng lao động',
  'report-history.read': 'xem lịch sử báo cáo',
  'data-quality.read': 'xem cảnh báo chất lượng số liệu',
  'report.submit': 'gửi báo cáo',
  'report.review': 'xem các báo cáo đã gửi',
  'report.approve': 'duyệt hoặc từ chối báo cáo',
  'compliance.record': 'ghi nhận các bước xử lý đơn vị chưa tham gia',
  'plan.import': 'nhập kế hoạch',
  'plan.settings': 'đặt ngưỡng đánh giá và trọng số điểm thi đua của kế hoạch',
  'actuals.import': 'nhập tệp báo cáo',
  'ledger.import': 'nhập sổ thu',
  'account.manage': 'quản lý tài khoản',
  'token.own': 'quản lý khóa API',
  'audit.read': 'xem nhật ký thay đổi',
  'self.read': 'xem tài khoản của mình',
  'notifications.own': 'xem cảnh báo của mình',
  'alerts.thresholds': 'đặt ngưỡng cảnh báo',
};

function describe(action: Action): string {
  return DESCRIPTIONS[action];
}
