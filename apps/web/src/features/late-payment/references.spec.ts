import { describe, expect, it } from 'vitest';
import { nearestReference } from './references';

const endOf2022 = { label: 'Cuối năm 2022', labelEn: 'Cuối năm 2022', asOf: '2022-12-31', ratio: 0.0291 };
const nineMonths2023 = { label: '9 tháng năm 2023', labelEn: '9 tháng năm 2023', asOf: '2023-09-30', ratio: 0.0337 };
const references = [nineMonths2023, endOf2022];

describe('nearestReference', () => {
  it('picks the reference point nearest in time to the date shown', () => {
    expect(nearestReference(references, '2023-03-31')).toBe(endOf2022);
    expect(nearestReference(references, '2023-06-30')).toBe(nineMonths2023);
    expect(nearestReference(references, '2024-06-30')).toBe(nineMonths2023);
    expect(nearestReference(references, '2022-01-31')).toBe(endOf2022);
  });

  it('takes the earlier point when the date is exactly between two', () => {
    const a = { label: 'a', labelEn: 'a', asOf: '2023-01-01', ratio: 0.01 };
    const b = { label: 'b', labelEn: 'b', asOf: '2023-01-05', ratio: 0.02 };
    expect(nearestReference([b, a], '2023-01-03')).toBe(a);
  });

  it('has nothing to show without reference points', () => {
    expect(nearestReference([], '2023-06-30')).toBeUndefined();
  });
});
