// Small, readable late-payment figures for the unit tests; only what a test cares about is given.
import type { ArrearsBucketFigure } from '../../api/fields';
import type {
  EmployerArrears,
  EmployerArrearsConnection,
  LatePayment,
  ProvinceLatePayment,
} from './late-payment.queries';

const LABELS = [
  ['UNDER_1_MONTH', 'Dưới 1 tháng', 'Nhắc nợ qua điện thoại, Zalo, thư điện tử; gửi thông báo'],
  ['FROM_1_TO_3_MONTHS', 'Từ 1 đến dưới 3 tháng', 'Đến làm việc với đơn vị, lập biên bản (Mẫu D04h-TS)'],
  ['FROM_3_MONTHS', 'Từ 3 tháng trở lên', 'Thanh tra chuyên ngành đột xuất, xử phạt vi phạm hành chính'],
] as const;

/** The three buckets with these amounts (VND) and employer counts, youngest first. */
export function bucketFigures(
  amounts: readonly number[],
  employers: readonly number[] = [1, 1, 1],
): ArrearsBucketFigure[] {
  return LABELS.map(([bucket, labelVi, actionVi], i) => ({
    bucket,
    labelVi,
    labelEn: bucket,
    actionVi,
    actionEn: bucket,
    amount: amounts[i] ?? 0,
    employers: employers[i] ?? 0,
  }));
}

type ProvinceInput = {
  code: string;
  name: string;
  rank: number | null;
  receivable?: number;
  /** Overdue per bucket, youngest first; the overdue total and ratio follow from them. */
  amounts?: readonly number[];
  previousRank?: number | null;
  rankChange?: number | null;
  /** A unit of the 34: the ledger's provinces merged into it, [code, name] in code order. */
  predecessors?: readonly (readonly [string, string])[];
};

export function provinceLatePayment({
  code,
  name,
  rank,
  receivable = 1_000_000_000,
  amounts = [10_000_000, 5_000_000, 15_000_000],
  previousRank = rank,
  rankChange = rank === null || previousRank === null ? null : previousRank - rank,
  predecessors = [],
}: ProvinceInput): ProvinceLatePayment {
  const overdue = amounts.reduce((sum, amount) => sum + amount, 0);
  const ratio = receivable > 0 ? overdue / receivable : null;
  return {
    province: {
      code,
      nameVi: name,
      nameEn: name,
      type: 'Tỉnh',
      region: 'Vùng thử',
      regionEn: 'Test region',
      predecessors: predecessors.map(([predecessorCode, nameVi]) => ({ code: predecessorCode, nameVi })),
    },
    rank,
    previousRank,
    rankChange,
    receivable,
    overdue,
    ratio,
    ...bandAgainst(ratio, REFERENCE),
    employers: 120,
    employersInArrears: 12,
    buckets: bucketFigures(amounts, [6, 4, 2]),
  };
}

/** The fixture's band reference: 3.37 % (September 2023), as the API would give at 30/09/2023. */
const REFERENCE = 0.0337;

/** The band of a ratio as the API computes it (lower is better; Cần chú ý up to 1.1 × the reference). */
function bandAgainst(ratio: number | null, reference: number): Pick<ProvinceLatePayment, 'band' | 'bandLabel'> {
  if (ratio === null) return { band: null, bandLabel: null };
  if (ratio <= reference) return { band: 'ON_TRACK', bandLabel: 'Đạt' };
  return ratio <= reference * 1.1 ? { band: 'AT_RISK', bandLabel: 'Cần chú ý' } : { band: 'BEHIND', bandLabel: 'Chậm' };
}

export function latePayment(fields: Partial<LatePayment> = {}): LatePayment {
  return {
    asOf: '2023-09-30',
    previousAsOf: '2023-08-31',
    ledgerFrom: '2022-01-01',
    ledgerTo: '2023-12-31',
    ledgerUnitSet: 'VN63',
    unitSet: 'VN63',
    synthetic: true,
    national: {
      receivable: 300_000_000_000,
      overdue: 9_600_000_000,
      ratio: 0.032,
      ...bandAgainst(0.032, REFERENCE),
      employers: 7560,
      employersInArrears: 810,
      buckets: bucketFigures([3_000_000_000, 2_600_000_000, 4_000_000_000], [500, 200, 110]),
    },
    provinces: [],
    references: [
      { label: 'Cuối năm 2022', labelEn: 'Cuối năm 2022', asOf: '2022-12-31', ratio: 0.0291 },
      { label: '9 tháng năm 2023', labelEn: '9 tháng năm 2023', asOf: '2023-09-30', ratio: 0.0337 },
    ],
    bandReference: { label: '9 tháng năm 2023', labelEn: '9 tháng năm 2023', asOf: '2023-09-30', ratio: REFERENCE },
    ...fields,
  };
}

/**
 * The same date on the 34: Tuyên Quang (08) formed from Hà Giang (02) and Tuyên Quang (08), Hà Nội (01) unchanged,
 * each unit's amounts the sums of its predecessors'.
 */
export function latePaymentOn34(): LatePayment {
  return latePayment({
    unitSet: 'VN34',
    provinces: [
      provinceLatePayment({ code: '01', name: 'Hà Nội', rank: 1, predecessors: [['01', 'Hà Nội']] }),
      provinceLatePayment({
        code: '08',
        name: 'Tuyên Quang',
        rank: 2,
        receivable: 3_000_000_000,
        amounts: [40_000_000, 20_000_000, 60_000_000],
        predecessors: [
          ['02', 'Hà Giang'],
          ['08', 'Tuyên Quang'],
        ],
      }),
    ],
  });
}

export function employerArrears(id: string, overdue: number): EmployerArrears {
  return {
    employer: {
      id,
      name: `Công ty ${id}`,
      district: 'Quận Ba Đình',
      ownership: 'Doanh nghiệp tư nhân',
      workers: 25,
      synthetic: true,
    },
    receivable: overdue * 3,
    overdue,
    oldestOverdueMonth: '2023-05',
    ageMonths: 3,
    bucket: 'FROM_3_MONTHS',
    actionVi: 'Thanh tra chuyên ngành đột xuất',
    actionEn: 'Unannounced specialised inspection',
    byBucket: bucketFigures([0, 0, overdue]),
  };
}

export function employerPage(
  rows: readonly EmployerArrears[],
  { totalCount = rows.length, hasNextPage = false }: { totalCount?: number; hasNextPage?: boolean } = {},
): EmployerArrearsConnection {
  return {
    totalCount,
    totalOverdue: 123_000_000,
    edges: rows.map((node) => ({ cursor: `c-${node.employer.id}`, node })),
    pageInfo: { hasNextPage, endCursor: rows.length > 0 ? `c-${rows.at(-1)!.employer.id}` : null },
  };
}
