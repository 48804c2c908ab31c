import { describe, expect, it } from 'vitest';
import { employersProvince, resolveLatePaymentParams, toLatePaymentSearch } from './late-payment-params';

describe('resolveLatePaymentParams', () => {
  it('shows the latest month on the ledger’s 63 provinces, no province and every bucket by default', () => {
    expect(resolveLatePaymentParams('')).toEqual({
      params: { asOf: null, unitSet: 'VN63', province: null, bucket: null },
      invalid: [],
    });
  });

  it('shows the 34 units when the address asks for them (units=34), the 63 for units=63', () => {
    expect(resolveLatePaymentParams('?units=34').params.unitSet).toBe('VN34');
    expect(resolveLatePaymentParams('?units=63').params.unitSet).toBe('VN63');
  });

  it('keeps the province a code of the ledger’s 63 on the 34 too', () => {
    expect(resolveLatePaymentParams('?units=34&province=02').params).toMatchObject({ unitSet: 'VN34', province: '02' });
  });

  it('takes the date (a report date or any other day), the province code (leading zero kept) and the bucket from the URL', () => {
    expect(resolveLatePaymentParams('?asOf=2023-09-10').params.asOf).toBe('2023-09-10');
    expect(resolveLatePaymentParams('?asOf=2023-09-30&province=01&bucket=FROM_3_MONTHS').params).toEqual({
      asOf: '2023-09-30',
      unitSet: 'VN63',
      province: '01',
      bucket: 'FROM_3_MONTHS',
    });
  });

  it('reports unusable parameters and ignores them', () => {
    const resolved = resolveLatePaymentParams('?asOf=2023-09-31&units=VN34&province=1&bucket=OLD');
    expect(resolved.invalid).toEqual(['asOf', 'units', 'province', 'bucket']);
    expect(resolved.params).toEqual({ asOf: null, unitSet: 'VN63', province: null, bucket: null });
  });
});

describe('toLatePaymentSearch', () => {
  it('writes the choices, keeps other parameters and drops the ones set to nothing', () => {
    expect(
      toLatePaymentSearch(
        { asOf: '2023-06-30', unitSet: 'VN63', province: '79', bucket: null },
        '?x=1&bucket=UNDER_1_MONTH',
      ),
    ).toBe('?x=1&asOf=2023-06-30&province=79');
  });

  it('writes units=34 for the 34 and leaves the ledger’s own 63 out of the address', () => {
    const on34 = { asOf: null, unitSet: 'VN34', province: null, bucket: null } as const;
    expect(toLatePaymentSearch(on34, '')).toBe('?units=34');
    expect(toLatePaymentSearch({ ...on34, unitSet: 'VN63' }, '?units=34&asOf=2023-06-30')).toBe('');
  });

  it('gives an empty query when nothing is chosen', () => {
    expect(toLatePaymentSearch({ asOf: null, unitSet: 'VN63', province: null, bucket: null }, '?province=01')).toBe('');
  });

  it('round-trips through the URL', () => {
    const params = { asOf: '2023-12-31', unitSet: 'VN34', province: '96', bucket: 'FROM_1_TO_3_MONTHS' } as const;
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
