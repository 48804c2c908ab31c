import { describe, expect, it } from 'vitest';
import { latePaymentHeadline, ledgerDateFor } from './late-payment-summary';
import type { OverviewLatePayment } from './overview.queries';

const settings = { onTrack: 1, atRisk: 0.9, latePaymentAtRisk: 1.1 };
const references = [
  { label: 'Cả nước 9 tháng năm 2023', asOf: '2023-09-30', ratio: 0.0337 },
  { label: 'Cả nước cuối năm 2022', asOf: '2022-12-31', ratio: 0.0291 },
];

function answer(
  national: number | null,
  provinces: (number | null)[],
  bandReference = references[1]!,
): OverviewLatePayment {
  return {
    asOf: '2021-11-30',
    ledgerFrom: '2021-01-01',
    ledgerTo: '2023-12-31',
    synthetic: true,
    national: { ratio: national },
    provinces: provinces.map((ratio, i) => ({
      province: { code: String(i + 1).padStart(2, '0') },
      ratio,
      rank: null,
      overdue: 0,
      receivable: 0,
    })),
    references,
    bandReference,
  };
}

describe('latePaymentHeadline', () => {
  it('bands the national ratio lower-is-better: Đạt up to 2,91 %, Cần chú ý up to 1,1 × 2,91 %, Chậm above', () => {
    expect(latePaymentHeadline(answer(0.0291, []), settings).band).toBe('ON_TRACK');
    expect(latePaymentHeadline(answer(0.032, []), settings).band).toBe('AT_RISK');
    expect(latePaymentHeadline(answer(0.0337, []), settings).band).toBe('BEHIND');
    expect(latePaymentHeadline(answer(null, []), settings).band).toBeNull();
  });

  it('bands against the reference the answer names, and against the plan’s at-risk multiple', () => {
    const later = answer(0.0337, [], references[0]);
    expect(latePaymentHeadline(later, settings)).toMatchObject({ band: 'ON_TRACK', reference: { ratio: 0.0337 } });
    expect(latePaymentHeadline(answer(0.034, []), { ...settings, latePaymentAtRisk: 1.2 }).band).toBe('AT_RISK');
  });

  it('counts the provinces above the highest reference (3,37 %), a province at it not counted', () => {
    const headline = latePaymentHeadline(answer(0.03, [0.02, 0.0337, 0.034, 0.05, null]), settings);
    expect(headline.highest?.ratio).toBe(0.0337);
    expect(headline.aboveHighest).toBe(2);
    expect(headline.withRatio).toBe(4);
  });

  it('lists the references oldest first', () => {
    expect(latePaymentHeadline(answer(0.03, []), settings).references.map((r) => r.ratio)).toEqual([0.0291, 0.0337]);
  });
});

describe('ledgerDateFor', () => {
  it('keeps a date the ledger covers', () => {
    expect(ledgerDateFor('2021-11-15', '2021-01-01', '2023-12-31')).toBe('2021-11-15');
  });

  it('takes the ledger’s last day after it, and the end of its first month before it', () => {
    expect(ledgerDateFor('2025-03-31', '2021-01-01', '2023-12-31')).toBe('2023-12-31');
    expect(ledgerDateFor('2020-10-31', '2021-01-01', '2023-12-31')).toBe('2021-01-31');
  });
});
