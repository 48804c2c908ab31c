import { describe, expect, it } from 'vitest';
import { BUCKET_ORDER, bucketLabel, figuresInOrder, formatArrearsAge, isArrearsBucket } from './buckets';
import { bucketFigures } from './late-payment.fixture';

describe('arrears buckets', () => {
  it('orders the buckets from the youngest arrears to the oldest', () => {
    expect(BUCKET_ORDER).toEqual(['UNDER_1_MONTH', 'FROM_1_TO_3_MONTHS', 'FROM_3_MONTHS']);
  });

  it('recognises only the three bucket keys', () => {
    expect(isArrearsBucket('FROM_3_MONTHS')).toBe(true);
    expect(isArrearsBucket('from_3_months')).toBe(false);
    expect(isArrearsBucket(null)).toBe(false);
  });

  it('puts the figures in ladder order whatever order they come in, and leaves a missing one missing', () => {
    const [under1, from1to3] = bucketFigures([100, 200, 300]);
    const ordered = figuresInOrder([from1to3!, under1!]);
    expect(ordered.map((entry) => [entry.bucket, entry.figure?.amount])).toEqual([
      ['UNDER_1_MONTH', 100],
      ['FROM_1_TO_3_MONTHS', 200],
      ['FROM_3_MONTHS', undefined],
    ]);
  });

  it('labels a bucket with the text the API gives', () => {
    expect(bucketLabel(bucketFigures([1, 2, 3]), 'FROM_3_MONTHS')).toBe('Từ 3 tháng trở lên');
    expect(bucketLabel([], 'FROM_3_MONTHS')).toBe('FROM_3_MONTHS');
  });

  it('writes an arrears age in whole months, age 0 as under one month', () => {
    expect(formatArrearsAge(0)).toBe('dưới 1 tháng');
    expect(formatArrearsAge(1)).toBe('1 tháng');
    expect(formatArrearsAge(14)).toBe('14 tháng');
  });
});
