import { Inject, Injectable } from '@nestjs/common';
import {
  ARREARS_BUCKETS,
  LATE_PAYMENT_REFERENCES,
  addDays,
  bucketDefinition,
  competitionRanks,
  firstDayOfMonth,
  lastDayOfMonth,
  latePaymentRatio,
  monthIndex,
  monthOf,
  rankChange,
  type ArrearsBucket,
  type IsoDate,
  type Province,
  type YearMonth,
  latePaymentBand,
  type LatePaymentReference,
  STATUS_BAND_LABELS_VI,
  type StatusBand,
  DEFAULT_BAND_THRESHOLDS,
  type BandThresholds,
  type UnitSet,
  aggregateToSuccessors,
} from '@scorecard/domain';
import {
  LedgerRepository,
  WarehouseDatabase,
  type ByBucket,
  type EmployersInArrearsPage,
  type LedgerCoverage,
  type ProvinceLateFigures,
} from '@scorecard/warehouse';
import { ComputedCache, cacheKey } from '../cache/computed-cache';
import { checkFirst, decodeCursor, pageOf } from '../graphql/connection';
import { ScorecardError } from '../graphql/scorecard.errors';
import { ReferenceService } from '../reference/reference.service';

// Late payment per the domain definitions (libs/domain late-payment/*): the SQL in libs/warehouse sums the
// ledger; ratios, ranks, rank change and actions are applied here from the domain.

/** A figure for each bucket of the domain's list (ARREARS_BUCKETS). */
function perBucket(value: (bucket: ArrearsBucket) => number): ByBucket {
  return Object.fromEntries(ARREARS_BUCKETS.map((b) => [b.key, value(b.key)])) as ByBucket;
}

export type BucketFigure = {
  bucket: ArrearsBucket;
  labelVi: string;
  labelEn: string;
  actionVi: string;
  actionEn: string;
  amount: number;
  employers: number;
};
export type LateFigures = {
  receivable: number;
  overdue: number;
  ratio: number | null;
  /** The ratio against the answer's band reference (lower is better); null without a ratio. */
  band: StatusBand | null;
  bandLabel: string | null;
  employers: number;
  employersInArrears: number;
  buckets: BucketFigure[];
};
export type ProvinceLate = LateFigures & {
  province: Province;
  rank: number | null;
  previousRank: number | null;
  rankChange: number | null;
};

function bucketsOf(amounts: ByBucket, employers: ByBucket): BucketFigure[] {
  return ARREARS_BUCKETS.map((b) => ({
    bucket: b.key,
    labelVi: b.labelVi,
    labelEn: b.labelEn,
    actionVi: b.actionVi,
    actionEn: b.actionEn,
    amount: amounts[b.key],
    employers: employers[b.key],
  }));
}

function figuresOf(rows: readonly ProvinceLateFigures[]): Omit<LateFigures, 'band' | 'bandLabel'> {
  const sum = (pick: (row: ProvinceLateFigures) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const receivable = sum((r) => r.receivable);
  const overdue = sum((r) => r.overdue);
  return {
    receivable,
    overdue,
    ratio: latePaymentRatio(overdue, receivable),
    employers: sum((r) => r.employers),
    employersInArrears: sum((r) => r.inArrears),
    buckets: bucketsOf(
      perBucket((bucket) => sum((r) => r.amounts[bucket])),
      perBucket((bucket) => sum((r) => r.employersByBucket[bucket])),
    ),
  };
}

/** The figures of several units as one: every amount and count summed (ratios are computed from the sums later). */
function sumLateFigures(members: readonly ProvinceLateFigures[], provinceCode: string): ProvinceLateFigures {
  const sum = (pick: (row: ProvinceLateFigures) => number) => members.reduce((total, row) => total + pick(row), 0);
  return {
    provinceCode,
    employers: sum((r) => r.employers),
    receivable: sum((r) => r.receivable),
    overdue: sum((r) => r.overdue),
    amounts: perBucket((bucket) => sum((r) => r.amounts[bucket])),
    inArrears: sum((r) => r.inArrears),
    employersByBucket: perBucket((bucket) => sum((r) => r.employersByBucket[bucket])),
  };
}

export type TrendAnswer = { month: string; asOf: string; receivable: number; overdue: number; ratio: number | null }[];

/** The name of the employers list in its cursors; a cursor is the sort key (overdue, employer id). */
const EMPLOYERS = 'employers-in-arrears';
const MAX_EMPLOYERS_PAGE = 500;
const readEmployerKey = ([overdue, employerId]: unknown[]) =>
  typeof overdue === 'number' && typeof employerId === 'string' ? { overdue, employerId } : null;

export type LatePaymentAnswer = {
  asOf: string;
  previousAsOf: string | null;
  ledgerFrom: string;
  ledgerTo: string;
  /** The unit set of the ledger's own province codes; `unitSet` the one the answer is on. */
  ledgerUnitSet: UnitSet;
  unitSet: UnitSet;
  synthetic: boolean;
  national: LateFigures;
  provinces: ProvinceLate[];
  references: { label: string; labelEn: string; asOf: string; ratio: number }[];
  /** The published reference the bands compare with: the latest on or before asOf, else the earliest. */
  bandReference: { label: string; labelEn: string; asOf: string; ratio: number };
  /** Cần chú ý up to this multiple of the reference: the plan's setting when a plan was named, else the default. */
  bandThreshold: number;
};

/** The bands of a ratio against a reference, lower is better (docs/domain.md, "Status bands"). */
function banded<T extends Omit<LateFigures, 'band' | 'bandLabel'>>(
  figures: T,
  reference: number,
  thresholds: BandThresholds,
): T & LateFigures {
  const band = figures.ratio === null ? null : latePaymentBand(figures.ratio, reference, thresholds);
  return { ...figures, band, bandLabel: band === null ? null : STATUS_BAND_LABELS_VI[band] } as T & LateFigures;
}

// The ledger changes only by an import, which swaps in a whole new ledger with a new ledger_import id in one
// transaction. So the ledger's record is read again after any committed write (one row), and the answers are kept
// per ledger import: other writes (sign-ins, reports, approvals) do not throw them away. A day's figures are 63
// rows, a page of employers at most 500.
const LATE_PAYMENT_CACHE_ENTRIES = 200;
const EMPLOYER_PAGE_CACHE_ENTRIES = 200;

@Injectable()
export class LatePaymentService {
  private readonly coverageCache: ComputedCache<LedgerCoverage | null>;
  private readonly figuresCache: ComputedCache<ProvinceLateFigures[]>;
  private readonly answers: ComputedCache<LatePaymentAnswer>;
  private readonly trends: ComputedCache<TrendAnswer>;
  private readonly employerPages: ComputedCache<EmployersInArrearsPage>;
  /** The ledger import the kept answers were computed from; a new one drops them. */
  private ledgerImportId = 0;

  constructor(
    @Inject(LedgerRepository) private readonly ledger: LedgerRepository,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(WarehouseDatabase) private readonly db: WarehouseDatabase,
  ) {
    this.coverageCache = new ComputedCache({ capacity: 1, generation: () => db.dataVersion });
    const generation = () => this.ledgerImportId;
    this.figuresCache = new ComputedCache({ capacity: LATE_PAYMENT_CACHE_ENTRIES, generation });
    this.answers = new ComputedCache({ capacity: LATE_PAYMENT_CACHE_ENTRIES, generation });
    this.trends = new ComputedCache({ capacity: LATE_PAYMENT_CACHE_ENTRIES, generation });
    this.employerPages = new ComputedCache({ capacity: EMPLOYER_PAGE_CACHE_ENTRIES, generation });
  }

  async coverage(): Promise<LedgerCoverage> {
    const coverage = await this.coverageCache.get('coverage', () => this.ledger.coverage());
    if (coverage) this.ledgerImportId = coverage.importId;
    if (!coverage) {
      throw new ScorecardError(
        'NO_LEDGER',
        'No contribution ledger is loaded. Import one with "npx scorecard import-ledger <dir>" or start with the sample data on.',
        'Chưa nạp sổ thu. Nhập sổ thu bằng lệnh "npx scorecard import-ledger <thư mục>" hoặc khởi động máy chủ với dữ liệu mẫu.',
      );
    }
    return coverage;
  }

  /**
   * The as-of date asked for (a date already: the LocalDate scalar refused any other), or the ledger's last day;
   * refused outside the ledger.
   */
  async resolveAsOf(asOf: IsoDate | null | undefined): Promise<{ asOf: string; coverage: LedgerCoverage }> {
    const coverage = await this.coverage();
    const from = firstDayOfMonth(coverage.firstMonth);
    const to = lastDayOfMonth(coverage.lastMonth);
    if (asOf === null || asOf === undefined) return { asOf: to, coverage };
    if (asOf < from || asOf > to) {
      throw new ScorecardError(
        'DATE_OUTSIDE_LEDGER',
        `asOf ${asOf} is outside the ledger, which covers ${from} to ${to}.`,
        `Ngày xem số liệu (asOf) ${asOf} nằm ngoài sổ thu; sổ thu có số liệu từ ${from} đến ${to}.`,
      );
    }
    return { asOf, coverage };
  }

  /** Per province at one date: kept per date, so a month end read for one answer serves the next. */
  private byProvince(importId: number, asOf: string): Promise<ProvinceLateFigures[]> {
    return this.figuresCache.get(cacheKey(importId, asOf), () => this.ledger.byProvince(asOf));
  }

  /**
   * Computed once per date, band threshold and ledger import; every caller gets the same answer (no role changes
   * it). The threshold is a plan's latePaymentAtRisk setting, so a view of that plan bands as its overview does.
   * `unitSet` vn34-2025 carries the ledger's 63 units onto the 34 of the 2025 reform: each unit's amounts are the
   * sums of its predecessors', its ratio is recomputed from them, and the 34 are ranked among themselves.
   */
  async latePayment(
    asOfArg?: IsoDate | null,
    thresholds: BandThresholds = DEFAULT_BAND_THRESHOLDS,
    unitSet: UnitSet = 'vn63-2004',
  ): Promise<LatePaymentAnswer> {
    const { asOf, coverage } = await this.resolveAsOf(asOfArg);
    return this.answers.get(cacheKey(coverage.importId, asOf, thresholds.latePaymentAtRisk, unitSet), () =>
      this.computeLatePayment(asOf, coverage, thresholds, unitSet),
    );
  }

  /** A date's figures per unit of `unitSet` (the ledger's own 63, or summed onto the 34). */
  private async figuresIn(importId: number, asOf: string, unitSet: UnitSet): Promise<ProvinceLateFigures[]> {
    const rows = await this.byProvince(importId, asOf);
    if (unitSet === 'vn63-2004') return rows;
    const crosswalk = await this.reference.crosswalk('vn63-2004', unitSet);
    return aggregateToSuccessors(rows, crosswalk, sumLateFigures);
  }

  private async computeLatePayment(
    asOf: string,
    coverage: LedgerCoverage,
    thresholds: BandThresholds,
    unitSet: UnitSet,
  ): Promise<LatePaymentAnswer> {
    const reference =
      LATE_PAYMENT_REFERENCES.filter((r) => r.asOf <= asOf).at(-1) ??
      (LATE_PAYMENT_REFERENCES[0] as LatePaymentReference);
    const previousAsOf = addDays(firstDayOfMonth(monthOf(asOf)), -1);
    const hasPrevious = monthIndex(monthOf(previousAsOf)) >= monthIndex(coverage.firstMonth);
    const [rows, previousRows, provinces] = await Promise.all([
      this.figuresIn(coverage.importId, asOf, unitSet),
      hasPrevious ? this.figuresIn(coverage.importId, previousAsOf, unitSet) : Promise.resolve([]),
      this.reference.provinces(unitSet),
    ]);
    const ranked = (figures: readonly ProvinceLateFigures[]) => {
      const byCode = new Map(figures.map((f) => [f.provinceCode, f]));
      const ranks = competitionRanks(
        provinces.map((p) => {
          const f = byCode.get(p.code);
          return f ? latePaymentRatio(f.overdue, f.receivable) : null;
        }),
        'LOWER_FIRST',
      );
      return new Map(provinces.map((p, i) => [p.code, ranks[i] ?? null]));
    };
    const ranks = ranked(rows);
    const previousRanks = hasPrevious ? ranked(previousRows) : new Map<string, number | null>();
    const byCode = new Map(rows.map((r) => [r.provinceCode, r]));
    const empty: ProvinceLateFigures = {
      provinceCode: '',
      employers: 0,
      receivable: 0,
      overdue: 0,
      amounts: perBucket(() => 0),
      inArrears: 0,
      employersByBucket: perBucket(() => 0),
    };
    const perProvince: ProvinceLate[] = provinces.map((province) => {
      const rank = ranks.get(province.code) ?? null;
      const previousRank = previousRanks.get(province.code) ?? null;
      return {
        province,
        ...banded(
          figuresOf([byCode.get(province.code) ?? { ...empty, provinceCode: province.code }]),
          reference.ratio,
          thresholds,
        ),
        rank,
        previousRank,
        rankChange: rankChange(previousRank, rank),
      };
    });
    perProvince.sort(
      (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.province.code.localeCompare(b.province.code),
    );
    return {
      asOf,
      previousAsOf: hasPrevious ? previousAsOf : null,
      ledgerFrom: firstDayOfMonth(coverage.firstMonth),
      ledgerTo: lastDayOfMonth(coverage.lastMonth),
      ledgerUnitSet: coverage.unitSet as UnitSet,
      unitSet,
      synthetic: coverage.synthetic,
      national: banded(figuresOf(rows), reference.ratio, thresholds),
      provinces: perProvince,
      references: LATE_PAYMENT_REFERENCES.map((r) => ({
        label: r.labelVi,
        labelEn: r.labelEn,
        asOf: r.asOf,
        ratio: r.ratio,
      })),
      bandReference: {
        label: reference.labelVi,
        labelEn: reference.labelEn,
        asOf: reference.asOf,
        ratio: reference.ratio,
      },
      bandThreshold: thresholds.latePaymentAtRisk,
    };
  }

  /** Months from `from` to `to` (months already: the YearMonth scalar refused any other), default the whole ledger. */
  async trend(from?: YearMonth | null, to?: YearMonth | null, province?: string | null): Promise<TrendAnswer> {
    const coverage = await this.coverage();
    const first = from ?? coverage.firstMonth;
    const last = to ?? coverage.lastMonth;
    if (first > last)
      throw new ScorecardError(
        'INVALID_DATE',
        `from ${first} is after to ${last}.`,
        `Tháng bắt đầu (from) ${first} sau tháng kết thúc (to) ${last}.`,
      );
    // A range that misses the ledger has no figures at all: said, never an empty list that reads as "no debt".
    if (last < coverage.firstMonth || first > coverage.lastMonth)
      throw new ScorecardError(
        'DATE_OUTSIDE_LEDGER',
        `The ledger covers ${coverage.firstMonth} to ${coverage.lastMonth}; ${first}..${last} has no month of it.`,
        `Sổ thu có số liệu từ ${coverage.firstMonth} đến ${coverage.lastMonth}; khoảng ${first}..${last} không có tháng nào trong đó.`,
      );
    // A province named by name is read by its code, as every other answer is.
    const code = province ? (await this.reference.province(province)).code : null;
    return this.trends.get(cacheKey(coverage.importId, first, last, code), async () => {
      const points = await this.ledger.trend(first, last, code);
      return points.map((p) => ({ ...p, ratio: latePaymentRatio(p.overdue, p.receivable) }));
    });
  }

  async employersInArrears(args: {
    province: string;
    asOf?: IsoDate | null;
    bucket?: ArrearsBucket | null;
    toInspect?: boolean;
    first: number;
    after?: string | null;
  }) {
    checkFirst(args.first, MAX_EMPLOYERS_PAGE);
    const province = await this.reference.province(args.province);
    const { asOf, coverage } = await this.resolveAsOf(args.asOf);
    const after = args.after ? decodeCursor(EMPLOYERS, args.after, readEmployerKey) : null;
    const bucket = args.bucket ?? null;
    const toInspect = args.toInspect ?? false;
    const page = await this.employerPages.get(
      // Who should be inspected also follows the compliance cases: such a page is kept only until the next write.
      cacheKey(
        coverage.importId,
        toInspect ? this.db.dataVersion : 0,
        asOf,
        province.code,
        bucket,
        toInspect,
        args.first,
        after?.overdue,
        after?.employerId,
      ),
      () =>
        this.ledger.employersInArrears({
          asOf,
          province: province.code,
          bucket,
          toInspect,
          limit: args.first + 1,
          after,
        }),
    );
    const current = monthIndex(monthOf(asOf));
    const connection = pageOf(
      EMPLOYERS,
      page.rows,
      args.first,
      (row) => [row.overdue, row.employerId],
      (row) => ({
        employer: {
          id: row.employerId,
          taxCode: row.taxCode,
          name: row.name,
          district: row.district,
          ownership: row.ownership,
          workers: row.workers,
          province,
          synthetic: coverage.synthetic,
        },
        receivable: row.receivable,
        overdue: row.overdue,
        oldestOverdueMonth: row.oldestMonth,
        ageMonths: current - monthIndex(row.oldestMonth) - 1,
        bucket: row.bucket,
        actionVi: bucketDefinition(row.bucket).actionVi,
        actionEn: bucketDefinition(row.bucket).actionEn,
        byBucket: bucketsOf(
          row.amounts,
          perBucket((bucket) => (row.amounts[bucket] > 0 ? 1 : 0)),
        ),
      }),
    );
    return { totalCount: page.total, totalOverdue: page.totalOverdue, ...connection };
  }
}
