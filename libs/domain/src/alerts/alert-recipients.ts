import type { Role } from '../access/roles';
import type { Alert, AlertKind } from './alert-rules';

// Who an alert is for (issue "11 ·"): provincial users get their province's, headquarters what it acts on.

export type AlertRecipientAccount = { id: string; role: Role; provinceCode: string | null; disabled: boolean };

/** The headquarters roles each kind goes to; a province's alerts also go to its director and officers. */
const HEADQUARTERS: Readonly<Record<AlertKind, readonly Role[]>> = {
  REPORT_DUE_TOMORROW: [],
  REPORT_MISSING: ['data-officer'],
  BAND_FELL: ['leadership'],
  RANK_DROP: ['leadership'],
  PACE_STRAIN: [],
  LATE_PAYMENT_HIGH: ['leadership'],
  LATE_PAYMENT_RISING: ['leadership'],
  APPROVAL_WAITING: ['data-officer'],
  STEP_OVERDUE: [],
};

/** Which provincial roles of the alert's province get each kind. */
const PROVINCE: Readonly<Record<AlertKind, readonly Role[]>> = {
  REPORT_DUE_TOMORROW: ['director', 'officer'],
  REPORT_MISSING: ['director', 'officer'],
  BAND_FELL: ['director', 'officer'],
  RANK_DROP: ['director', 'officer'],
  PACE_STRAIN: ['director', 'officer'],
  LATE_PAYMENT_HIGH: ['director'],
  LATE_PAYMENT_RISING: ['director'],
  // The director approves the province's reports.
  APPROVAL_WAITING: ['director'],
  // The province's officers run the cases; the director answers for them.
  STEP_OVERDUE: ['director', 'officer'],
};

/** The accounts (not disabled) an alert is delivered to, in the order given. */
export function recipientsOf(alert: Alert, accounts: readonly AlertRecipientAccount[]): AlertRecipientAccount[] {
  return accounts.filter((account) => {
    if (account.disabled) return false;
    if (HEADQUARTERS[alert.kind].includes(account.role)) return true;
    return (
      alert.provinceCode !== null &&
      account.provinceCode === alert.provinceCode &&
      PROVINCE[alert.kind].includes(account.role)
    );
  });
}

/** The kinds a role gets at all: what a user of that role may choose from. */
export function alertKindsFor(role: Role): AlertKind[] {
  return (Object.keys(HEADQUARTERS) as AlertKind[]).filter(
    (kind) => HEADQUARTERS[kind].includes(role) || PROVINCE[kind].includes(role),
  );
}
