import type { WarehouseDatabase } from '../connection/warehouse-database';
import { AuditRepository, type AuditEventInput } from './audit.repository';

// Headquarters' alert thresholds and each user's alert choices (migration 015): every change a new version, the
// latest in force, the earlier ones kept with who set them and when (local time in Vietnam, as alerts are dated).

/** The agency-wide scope: the late-payment threshold, and every threshold of a plan without its own. */
export const AGENCY_WIDE = '*';

export type AlertThresholdRecord = {
  scope: string;
  version: number;
  rankDrop: number | null;
  paceMultiple: number | null;
  latePaymentRatio: number | null;
  approvalWaitDays: number | null;
  setAt: string;
  setBy: string;
  note: string;
};

export type AlertThresholdInput = Pick<
  AlertThresholdRecord,
  'rankDrop' | 'paceMultiple' | 'latePaymentRatio' | 'approvalWaitDays' | 'note'
>;

export type DigestChoice = 'DAILY' | 'REPORT_DATE' | 'NONE';

export type AlertPreferenceRecord = {
  accountId: string;
  version: number;
  kinds: string[];
  email: string | null;
  digest: DigestChoice;
  language: 'vi' | 'en';
  setAt: string;
  setBy: string;
};

export type AlertPreferenceInput = Pick<AlertPreferenceRecord, 'kinds' | 'email' | 'digest' | 'language'>;

type ThresholdRow = {
  scope: string;
  version: number;
  rank_drop: number | null;
  pace_multiple: number | null;
  late_payment_ratio: number | null;
  approval_wait_days: number | null;
  set_at: string;
  set_by: string;
  note: string;
};

type PreferenceRow = {
  account_id: string;
  version: number;
  kinds: string;
  email: string | null;
  digest: DigestChoice;
  language: 'vi' | 'en';
  set_at: string;
  set_by: string;
};

const THRESHOLDS = `SELECT scope, version, rank_drop, pace_multiple, late_payment_ratio, approval_wait_days,
  strftime(set_at, '%Y-%m-%dT%H:%M:%S') AS set_at, set_by, note FROM alert_threshold`;
const PREFERENCES = `SELECT account_id, version, kinds, email, digest, language,
  strftime(set_at, '%Y-%m-%dT%H:%M:%S') AS set_at, set_by FROM alert_preference`;

const nullableNumber = (value: number | bigint | null): number | null => (value === null ? null : Number(value));

function threshold(row: ThresholdRow): AlertThresholdRecord {
  return {
    scope: row.scope,
    version: Number(row.version),
    rankDrop: nullableNumber(row.rank_drop),
    paceMultiple: nullableNumber(row.pace_multiple),
    latePaymentRatio: nullableNumber(row.late_payment_ratio),
    approvalWaitDays: nullableNumber(row.approval_wait_days),
    setAt: row.set_at,
    setBy: row.set_by,
    note: row.note,
  };
}

function preference(row: PreferenceRow): AlertPreferenceRecord {
  return {
    accountId: row.account_id,
    version: Number(row.version),
    kinds: JSON.parse(row.kinds) as string[],
    email: row.email,
    digest: row.digest,
    language: row.language,
    setAt: row.set_at,
    setBy: row.set_by,
  };
}

export class AlertSettingsRepository {
  constructor(private readonly db: WarehouseDatabase) {}

  /** Every version of a scope's thresholds, newest first. */
  async thresholdHistory(scope: string): Promise<AlertThresholdRecord[]> {
    const rows = await this.db.all<ThresholdRow>(`${THRESHOLDS} WHERE scope = $scope ORDER BY version DESC`, { scope });
    return rows.map(threshold);
  }

  /** The latest version of every scope that has one. */
  async thresholdsInForce(): Promise<Map<string, AlertThresholdRecord>> {
    const rows = await this.db.all<ThresholdRow>(
      `${THRESHOLDS} QUALIFY row_number() OVER (PARTITION BY scope ORDER BY version DESC) = 1`,
    );
    return new Map(rows.map((row) => [row.scope, threshold(row)]));
  }

  /** Stores the scope's next version of thresholds with its audit event, in one transaction. */
  async saveThresholds(
    scope: string,
    input: AlertThresholdInput,
    setBy: string,
    setAt: string,
    audit: AuditEventInput,
  ): Promise<AlertThresholdRecord> {
    return this.db.transaction(async (connection) => {
      const reader = await connection.runAndReadAll(
        'SELECT coalesce(max(version), 0) + 1 AS next FROM alert_threshold WHERE scope = $scope',
        { scope },
      );
      const version = Number(reader.getRowObjectsJS()[0]!['next']);
      await connection.run(
        `INSERT INTO alert_threshold VALUES ($scope, $version, $rankDrop, $paceMultiple, $latePaymentRatio,
          $approvalWaitDays, $setAt::TIMESTAMP, $setBy, $note)`,
        {
          scope,
          version,
          rankDrop: input.rankDrop,
          paceMultiple: input.paceMultiple,
          latePaymentRatio: input.latePaymentRatio,
          approvalWaitDays: input.approvalWaitDays,
          setAt,
          setBy,
          note: input.note,
        },
      );
      await AuditRepository.appendOn(connection, {
        ...audit,
        target: `alert thresholds ${scope} v${version}`,
      });
      return { scope, version, ...input, setAt, setBy };
    });
  }

  /** The account's choices in force, or null when it never chose (every kind of its role, no e-mail). */
  async preference(accountId: string): Promise<AlertPreferenceRecord | null> {
    const rows = await this.db.all<PreferenceRow>(
      `${PREFERENCES} WHERE account_id = $accountId ORDER BY version DESC LIMIT 1`,
      { accountId },
    );
    return rows[0] ? preference(rows[0]) : null;
  }

  /** The choices in force of every account that made some. */
  async preferencesInForce(): Promise<Map<string, AlertPreferenceRecord>> {
    const rows = await this.db.all<PreferenceRow>(
      `${PREFERENCES} QUALIFY row_number() OVER (PARTITION BY account_id ORDER BY version DESC) = 1`,
    );
    return new Map(rows.map((row) => [row.account_id, preference(row)]));
  }

  /**
   * Since when the account has had e-mail on without a break (the first of its latest run of versions with an
   * address and a digest); null when e-mail is off. A digest carries only alerts delivered since then, so turning
   * e-mail on does not send the whole past.
   */
  async emailSince(accountId: string): Promise<string | null> {
    const rows = await this.db.all<PreferenceRow>(
      `${PREFERENCES} WHERE account_id = $accountId ORDER BY version DESC`,
      {
        accountId,
      },
    );
    let since: string | null = null;
    for (const row of rows) {
      if (row.email === null || row.digest === 'NONE') break;
      since = row.set_at;
    }
    return since;
  }

  /** Stores the account's next version of choices (written beside the figures: no cached answer changes). */
  async savePreference(
    accountId: string,
    input: AlertPreferenceInput,
    setBy: string,
    setAt: string,
  ): Promise<AlertPreferenceRecord> {
    return this.db.transactionBesideFigures(async (connection) => {
      const reader = await connection.runAndReadAll(
        'SELECT coalesce(max(version), 0) + 1 AS next FROM alert_preference WHERE account_id = $accountId',
        { accountId },
      );
      const version = Number(reader.getRowObjectsJS()[0]!['next']);
      await connection.run(
        `INSERT INTO alert_preference VALUES ($accountId, $version, $kinds, $email, $digest, $language,
          $setAt::TIMESTAMP, $setBy)`,
        {
          accountId,
          version,
          kinds: JSON.stringify(input.kinds),
          email: input.email,
          digest: input.digest,
          language: input.language,
          setAt,
          setBy,
        },
      );
      return { accountId, version, ...input, setAt, setBy };
    });
  }
}
