import type { WarehouseDatabase } from '../connection/warehouse-database';
import { utcTimestamp } from '../connection/utc-time';
import { AuditRepository, type AuditEventInput } from './audit.repository';

/** One version of a plan's settings, as stored (version 0: the defaults, never stored). */
export type PlanSettingsRecord = {
  planId: string;
  version: number;
  onTrack: number;
  atRisk: number;
  latePaymentAtRisk: number;
  compositeCap: number;
  latePaymentReference: number;
  weights: Record<string, number>;
  setAt: string | null;
  setBy: string | null;
  note: string;
};

export type PlanSettingsInput = Omit<PlanSettingsRecord, 'version' | 'setAt' | 'planId' | 'setBy'>;

type Row = {
  plan_id: string;
  version: number;
  on_track: number;
  at_risk: number;
  late_payment_at_risk: number;
  composite_cap: number;
  late_payment_reference: number;
  weights: string;
  set_at: string;
  set_by: string;
  note: string;
};

const SELECT = `SELECT plan_id, version, on_track, at_risk, late_payment_at_risk, composite_cap, late_payment_reference,
  weights, strftime(set_at, '%Y-%m-%dT%H:%M:%SZ') AS set_at, set_by, note FROM plan_setting`;

function fromRow(row: Row): PlanSettingsRecord {
  return {
    planId: row.plan_id,
    version: Number(row.version),
    onTrack: row.on_track,
    atRisk: row.at_risk,
    latePaymentAtRisk: row.late_payment_at_risk,
    compositeCap: row.composite_cap,
    latePaymentReference: row.late_payment_reference,
    weights: JSON.parse(row.weights) as Record<string, number>,
    setAt: row.set_at,
    setBy: row.set_by,
    note: row.note,
  };
}

/** A plan's settings versions: each change stored as a new version with who set it, when and why. */
export class PlanSettingsRepository {
  constructor(private readonly db: WarehouseDatabase) {}

  /** Every stored version of the plan's settings, newest first. */
  async history(planId: string): Promise<PlanSettingsRecord[]> {
    const rows = await this.db.all<Row>(`${SELECT} WHERE plan_id = $plan ORDER BY version DESC`, { plan: planId });
    return rows.map(fromRow);
  }

  /** The given version, or the latest when none is given; null when the plan has no stored version (or not that one). */
  async get(planId: string, version?: number | null): Promise<PlanSettingsRecord | null> {
    const rows =
      version === undefined || version === null
        ? await this.db.all<Row>(`${SELECT} WHERE plan_id = $plan ORDER BY version DESC LIMIT 1`, { plan: planId })
        : await this.db.all<Row>(`${SELECT} WHERE plan_id = $plan AND version = $version`, {
            plan: planId,
            version,
          });
    return rows[0] ? fromRow(rows[0]) : null;
  }

  /** Stores the settings as the plan's next version, with the audit event, in one transaction. */
  async save(
    planId: string,
    settings: PlanSettingsInput,
    setBy: string,
    audit: AuditEventInput | null,
  ): Promise<PlanSettingsRecord> {
    return this.db.transaction(async (connection) => {
      const reader = await connection.runAndReadAll(
        'SELECT coalesce(max(version), 0) + 1 AS next FROM plan_setting WHERE plan_id = $plan',
        { plan: planId },
      );
      const version = Number(reader.getRowObjectsJS()[0]!['next']);
      const setAt = utcTimestamp();
      await connection.run(
        `INSERT INTO plan_setting VALUES ($plan, $version, $onTrack, $atRisk, $latePaymentAtRisk, $cap, $reference,
          $weights, $setAt, $setBy, $note)`,
        {
          plan: planId,
          version,
          onTrack: settings.onTrack,
          atRisk: settings.atRisk,
          latePaymentAtRisk: settings.latePaymentAtRisk,
          cap: settings.compositeCap,
          reference: settings.latePaymentReference,
          weights: JSON.stringify(settings.weights),
          setAt,
          setBy,
          note: settings.note,
        },
      );
      if (audit)
        await AuditRepository.appendOn(connection, {
          ...audit,
          target: `plan ${planId} settings v${version}`,
          detail: { ...audit.detail, ...settings, version },
        });
      return { planId, version, ...settings, setAt: `${setAt.slice(0, 19).replace(' ', 'T')}Z`, setBy };
    });
  }
}
