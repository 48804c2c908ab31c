import { listValue } from '@duckdb/node-api';
import { COMPLIANCE_STEPS, type ArrearsBucket } from '@scorecard/domain';
import type { WarehouseDatabase } from '../connection/warehouse-database';
import byProvinceSql from '../queries/late-payment-by-province.sql?raw';
import trendSql from '../queries/late-payment-trend.sql?raw';
import employersInArrearsSql from '../queries/employers-in-arrears.sql?raw';

export type LedgerCoverage = {
  importId: number;
  /** YYYY-MM */
  firstMonth: string;
  lastMonth: string;
  synthetic: boolean;
  employers: number;
  importedAt: string;
  source: string;
  /** The unit set of the ledger's province codes (migration 013). */
  unitSet: string;
};

/** An amount or a count per arrears bucket, keyed by the domain's one bucket type. */
export type ByBucket = Record<ArrearsBucket, number>;

export type ProvinceLateFigures = {
  provinceCode: string;
  employers: number;
  receivable: number;
  overdue: number;
  amounts: ByBucket;
  inArrears: number;
  employersByBucket: ByBucket;
};

export type TrendPoint = { month: string; asOf: string; receivable: number; overdue: number };

export type EmployerArrearsRow = {
  employerId: string;
  /** The employer's tax code (its id, or the synthetic ledger's derived one); null when neither. */
  taxCode: string | null;
  name: string;
  district: string;
  ownership: string;
  workers: number;
  receivable: number;
  overdue: number;
  amounts: ByBucket;
  bucket: ArrearsBucket;
  oldestMonth: string;
};

export type EmployersInArrearsPage = { total: number; totalOverdue: number; rows: EmployerArrearsRow[] };

/** Reads of the contribution ledger; the raw SQL of each is in queries/ (the bench runs the same text). */
export class LedgerRepository {
  constructor(private readonly db: WarehouseDatabase) {}

  static readonly SQL = { byProvince: byProvinceSql, trend: trendSql, employersInArrears: employersInArrearsSql };

  async coverage(): Promise<LedgerCoverage | null> {
    const rows = await this.db.all<{
      id: bigint;
      first_month: string;
      last_month: string;
      synthetic: boolean;
      employers: bigint;
      imported_at: string;
      source: string;
      unit_set: string | null;
    }>(
      `SELECT id, strftime(first_month, '%Y-%m') AS first_month, strftime(last_month, '%Y-%m') AS last_month, synthetic,
        employers, strftime(imported_at, '%Y-%m-%dT%H:%M:%S') AS imported_at, source, unit_set
       FROM ledger_import ORDER BY id DESC LIMIT 1`,
    );
    const row = rows[0];
    if (!row) return null;
    return {
      importId: Number(row.id),
      firstMonth: row.first_month,
      lastMonth: row.last_month,
      synthetic: row.synthetic,
      employers: Number(row.employers),
      importedAt: row.imported_at,
      source: row.source,
      unitSet: row.unit_set ?? 'vn63-2004',
    };
  }

  async byProvince(asOf: string): Promise<ProvinceLateFigures[]> {
    const rows = await this.db.all<{
      province_code: string;
      employers: bigint;
      receivable: number;
      overdue: number;
      amount_under1: number;
      amount_1to3: number;
      amount_3plus: number;
      in_arrears: bigint;
      employers_under1: bigint;
      employers_1to3: bigint;
      employers_3plus: bigint;
    }>(byProvinceSql, { asOf });
    return rows.map((r) => ({
      provinceCode: r.province_code,
      employers: Number(r.employers),
      receivable: r.receivable,
      overdue: r.overdue,
      amounts: byBucket(r.amount_under1, r.amount_1to3, r.amount_3plus),
      inArrears: Number(r.in_arrears),
      employersByBucket: byBucket(Number(r.employers_under1), Number(r.employers_1to3), Number(r.employers_3plus)),
    }));
  }

  async trend(from: string, to: string, province: string | null): Promise<TrendPoint[]> {
    const rows = await this.db.all<{ month: string; as_of: string; receivable: number; overdue: number }>(trendSql, {
      from: `${from}-01`,
      to: `${to}-01`,
      province,
    });
    return rows.map((r) => ({ month: r.month, asOf: r.as_of, receivable: r.receivable, overdue: r.overdue }));
  }

  async employersInArrears(query: {
    asOf: string;
    province: string | null;
    bucket: ArrearsBucket | null;
    limit: number;
    after: { overdue: number; employerId: string } | null;
    /** Only the employers with these tax codes; default: any. */
    taxCodes?: readonly string[] | null;
    /** Only those owing 3 months or more without an open compliance case at the inspection stage. */
    toInspect?: boolean;
  }): Promise<EmployersInArrearsPage> {
    const rows = await this.db.all<{
      total: bigint;
      total_overdue: number;
      employer_id: string | null;
      tax_code: string | null;
      name: string;
      district: string;
      ownership: string;
      workers: number;
      receivable: number;
      overdue: number;
      amount_under1: number;
      amount_1to3: number;
      amount_3plus: number;
      bucket: ArrearsBucket;
      oldest_month: string;
    }>(employersInArrearsSql, {
      asOf: query.asOf,
      province: query.province,
      bucket: query.bucket,
      limit: query.limit,
      afterOverdue: query.after === null ? null : BigInt(Math.round(query.after.overdue)),
      afterId: query.after?.employerId ?? null,
      taxCodes: query.taxCodes ? listValue([...query.taxCodes]) : null,
      toInspect: query.toInspect ?? false,
      inspectionSteps: INSPECTION_STEPS,
    });
    const first = rows[0];
    return {
      total: first ? Number(first.total) : 0,
      totalOverdue: first ? first.total_overdue : 0,
      rows: rows
        .filter((r) => r.employer_id !== null)
        .map((r) => ({
          employerId: r.employer_id!,
          taxCode: r.tax_code,
          name: r.name,
          district: r.district,
          ownership: r.ownership,
          workers: r.workers,
          receivable: r.receivable,
          overdue: r.overdue,
          amounts: byBucket(r.amount_under1, r.amount_1to3, r.amount_3plus),
          bucket: r.bucket,
          oldestMonth: r.oldest_month,
        })),
    };
  }
}

/** The compliance steps from which an open case counts as being inspected (employers-in-arrears.sql). */
const INSPECTION_STEPS = listValue(COMPLIANCE_STEPS.slice(COMPLIANCE_STEPS.indexOf('INSPECTION_SCHEDULED')));

/** The parameters of employers-in-arrears.sql that keep every employer: no tax code filter, not only those to inspect. */
export const EVERY_EMPLOYER = { taxCodes: null, toInspect: false, inspectionSteps: INSPECTION_STEPS };

/** The three columns of the SQL (under 1 month, 1 to under 3, 3 or more) keyed by bucket. */
function byBucket(under1: number, from1to3: number, from3: number): ByBucket {
  return { UNDER_1_MONTH: under1, FROM_1_TO_3_MONTHS: from1to3, FROM_3_MONTHS: from3 };
}
