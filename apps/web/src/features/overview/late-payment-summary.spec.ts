import { describe, expect, it } from 'vitest';
import { latePaymentHeadline, ledgerDateFor } from './late-payment-summary';
import type { StatusBand } from '@scorecard/domain';
import type { OverviewLatePayment } from './overview.queries';

const references = [
  { label: 'Cả nước 9 tháng năm 2023', labelEn: 'Cả nước 9 tháng năm 2023', asOf: '2023-09-30', ratio: 0.0337 },
  { label: 'Cả nước cuối năm 2022', labelEn: 'Cả nước cuối năm 2022', asOf: '2022-12-31', ratio: 0.0291 },
];

function answer(
  national: number | null,
  provinces: (number | null)[],
  bandReference = references[1]!,
  band: StatusBand | null = null,
): OverviewLatePayment {
  return {
    asOf: '2021-11-30',
    ledgerFrom: '2021-01-01',
    ledgerTo: '2023-12-31',
    synthetic: true,
    national: { ratio: national, band },
    provinces: provinces.map((ratio, i) => ({
      province: { code: String(i + 1).padStart(2, '0') },
      ratio,
      band: null,
      rank: null,
      overdue: 0,
      receivable: 0,
    })),
    references,
    bandReference,
  };
}

describe('latePaymentHeadline', () => {
  it('takes the national band as the server gives it, with the reference it was banded against', () => {
    const later = answer(0.0337, [], references[0], 'ON_TRACK');
    expect(latePaymentHeadline(later)).toMatchObject({ band: 'ON_TRACK', reference: { ratio: 0.0337 } });
    expect(latePaymentHeadline(answer(0.034, [], references[1], 'BEHIND')).band).toBe('BEHIND');
    expect(latePaymentHeadline(answer(null, [])).band).toBeNull();
  });

  it('counts the provinces above the highest reference (3,37 %), a province at it not counted', () => {
    const headline = latePaymentHeadline(answer(0.03, [0.02, 0.0337, 0.034, 0.05, null]));
    expect(headline.highest?.ratio).toBe(0.0337);
    expect(headline.aboveHighest).toBe(2);
    expect(headline.withRatio).toBe(4);
  });

  it('lists the references oldest first', () => {
    expect(latePaymentHeadline(answer(0.03, [])).references.map((r) => r.ratio)).toEqual([0.0291, 0.0337]);
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
