import { describe, expect, it } from 'vitest';
import { latePayment, latePaymentOn34, provinceLatePayment } from './late-payment.fixture';
import {
  employersProvinceForRow,
  isMergedUnit,
  isSummed,
  ledgerProvinces,
  ledgerProvincesOf,
  rowOfLedgerProvince,
} from './ledger-provinces';

const on63 = latePayment({
  provinces: [
    provinceLatePayment({ code: '08', name: 'Tuyên Quang', rank: 1 }),
    provinceLatePayment({ code: '02', name: 'Hà Giang', rank: 2 }),
  ],
});
const on34 = latePaymentOn34();
const tuyenQuang34 = on34.provinces[1]!;
const haNoi34 = on34.provinces[0]!;

describe('isSummed', () => {
  it('is false on the ledger’s own 63 and true on the 34', () => {
    expect(isSummed(on63)).toBe(false);
    expect(isSummed(on34)).toBe(true);
  });
});

describe('ledgerProvinces', () => {
  it('lists the rows’ own provinces on the 63, in code order', () => {
    expect(ledgerProvinces(on63)).toEqual([
      { code: '02', nameVi: 'Hà Giang' },
      { code: '08', nameVi: 'Tuyên Quang' },
    ]);
  });

  it('lists the predecessors of every unit on the 34, never a unit’s own code as if it were the ledger’s', () => {
    expect(ledgerProvinces(on34)).toEqual([
      { code: '01', nameVi: 'Hà Nội' },
      { code: '02', nameVi: 'Hà Giang' },
      { code: '08', nameVi: 'Tuyên Quang' },
    ]);
    expect(ledgerProvincesOf(tuyenQuang34, on34).map((p) => p.code)).toEqual(['02', '08']);
  });
});

describe('rowOfLedgerProvince', () => {
  it('finds the province’s own row on the 63', () => {
    expect(rowOfLedgerProvince(on63, '02')?.province.nameVi).toBe('Hà Giang');
  });

  it('finds the unit a province was merged into on the 34', () => {
    expect(rowOfLedgerProvince(on34, '02')?.province.code).toBe('08');
    expect(rowOfLedgerProvince(on34, '08')?.province.code).toBe('08');
    expect(rowOfLedgerProvince(on34, '01')?.province.code).toBe('01');
  });

  it('finds nothing for no province or an unknown code', () => {
    expect(rowOfLedgerProvince(on34, null)).toBeUndefined();
    expect(rowOfLedgerProvince(on34, '99')).toBeUndefined();
  });
});

describe('isMergedUnit', () => {
  it('marks a unit formed from several provinces, not one that kept its boundaries, nor any province of the 63', () => {
    expect(isMergedUnit(tuyenQuang34, on34)).toBe(true);
    expect(isMergedUnit(haNoi34, on34)).toBe(false);
    expect(isMergedUnit(on63.provinces[0]!, on63)).toBe(false);
  });
});

describe('employersProvinceForRow', () => {
  it('opens a province’s own list on the 63', () => {
    expect(employersProvinceForRow(on63.provinces[1]!, on63, null, null)).toBe('02');
  });

  it('opens the first predecessor of a unit of the 34, or keeps the one already open in it', () => {
    expect(employersProvinceForRow(tuyenQuang34, on34, null, null)).toBe('02');
    expect(employersProvinceForRow(tuyenQuang34, on34, '08', null)).toBe('08');
    expect(employersProvinceForRow(tuyenQuang34, on34, '01', null)).toBe('02');
  });

  it('opens only the provincial user’s own province, and nothing for a unit without it', () => {
    expect(employersProvinceForRow(tuyenQuang34, on34, null, '08')).toBe('08');
    expect(employersProvinceForRow(haNoi34, on34, null, '08')).toBeNull();
  });
});
