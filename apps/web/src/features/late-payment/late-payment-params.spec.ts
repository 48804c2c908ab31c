import { describe, expect, it } from 'vitest';
import { employersProvince, resolveLatePaymentParams, toLatePaymentSearch } from './late-payment-params';

describe('resolveLatePaymentParams', () => {
  it('shows the latest month, no province and every bucket by default', () => {
    expect(resolveLatePaymentParams('')).toEqual({
      params: { asOf: null, province: null, bucket: null },
      invalid: [],
    });
  });

  it('takes the date (a report date or any other day), the province code (leading zero kept) and the bucket from the URL', () => {
    expect(resolveLatePaymentParams('?asOf=2023-09-10').params.asOf).toBe('2023-09-10');
    expect(resolveLatePaymentParams('?asOf=2023-09-30&province=01&bucket=FROM_3_MONTHS').params).toEqual({
      asOf: '2023-09-30',
      province: '01',
      bucket: 'FROM_3_MONTHS',
    });
  });

  it('reports unusable parameters and ignores them', () => {
    const resolved = resolveLatePaymentParams('?asOf=2023-09-31&province=1&bucket=OLD');
    expect(resolved.invalid).toEqual(['asOf', 'province', 'bucket']);
    expect(resolved.params).toEqual({ asOf: null, province: null, bucket: null });
  });
});

describe('toLatePaymentSearch', () => {
  it('writes the choices, keeps other parameters and drops the ones set to nothing', () => {
    expect(toLatePaymentSearch({ asOf: '2023-06-30', province: '79', bucket: null }, '?x=1&bucket=UNDER_1_MONTH')).toBe(
      '?x=1&asOf=2023-06-30&province=79',
    );
  });

  it('gives an empty query when nothing is chosen', () => {
    expect(toLatePaymentSearch({ asOf: null, province: null, bucket: null }, '?province=01')).toBe('');
  });

  it('round-trips through the URL', () => {
    const params = { asOf: '2023-12-31', province: '96', bucket: 'FROM_1_TO_3_MONTHS' as const };
    expect(resolveLatePaymentParams(toLatePaymentSearch(params, '')).params).toEqual(params);
  });
});

describe('employersProvince', () => {
  it('lists the province the link names for headquarters, or none', () => {
    expect(employersProvince('01', null)).toEqual({ province: '01', refused: null });
    expect(employersProvince(null, null)).toEqual({ province: null, refused: null });
  });

  it('opens a provincial user on their own province and never on another', () => {
    expect(employersProvince(null, '12')).toEqual({ province: '12', refused: null });
    expect(employersProvince('12', '12')).toEqual({ province: '12', refused: null });
    expect(employersProvince('01', '12')).toEqual({ province: '12', refused: '01' });
  });
});
