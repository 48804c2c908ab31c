import { describe, expect, it } from 'vitest';
import { toCsv } from '../../export/to-csv';
import { employerArrears, latePayment, latePaymentOn34, provinceLatePayment } from './late-payment.fixture';
import { toEmployersExport, toLatePaymentExport } from './late-payment-export';

describe('toLatePaymentExport', () => {
  const data = latePayment({
    provinces: [
      provinceLatePayment({ code: '01', name: 'Hà Nội', rank: 1, amounts: [1_000_000, 2_000_000, 3_000_000] }),
      provinceLatePayment({ code: '12', name: 'Lai Châu', rank: null, receivable: 0, amounts: [0, 0, 0] }),
    ],
  });
  const table = toLatePaymentExport(data);

  it('writes amounts in đồng and the ratio as a ratio with two decimals shown', () => {
    expect(table.rows[0]).toEqual([
      1,
      0,
      '01',
      'Hà Nội',
      1_000_000_000,
      6_000_000,
      0.006,
      12,
      120,
      1_000_000,
      2_000_000,
      3_000_000,
    ]);
    expect(table.columns[4]!.header).toBe('Phải thu từ đầu năm (đồng)');
    expect(table.columns[6]).toMatchObject({ kind: 'percent', fractionDigits: 2 });
  });

  it('keeps an unranked province without a ratio, not with zero', () => {
    expect(table.rows[1]!.slice(0, 2)).toEqual([null, null]);
    expect(table.rows[1]![6]).toBeNull();
  });

  it('adds the national figures as a total row after the provinces, left out of the CSV', () => {
    expect(table.totals?.placement).toBe('after');
    expect(table.totals!.rows[0]!.slice(3, 7)).toEqual(['Toàn quốc', 300_000_000_000, 9_600_000_000, 0.032]);
    expect(toCsv(table)).not.toContain('Toàn quốc');
    expect(table.synthetic).toBe(true);
    expect(table.source).toBe(
      'Nguồn: BHXH Scorecard, sổ thu 01/01/2022 – 31/12/2023, số liệu chậm đóng đến 30/09/2023',
    );
  });
});

describe('toLatePaymentExport on the 34', () => {
  const table = toLatePaymentExport(latePaymentOn34());

  it('writes the 34 units as the page ranks them, each with the provinces it sums', () => {
    expect(table.fileStem).toBe('cham-dong-34-tinh');
    expect(table.title).toContain('34 tỉnh, thành phố');
    expect(table.columns[4]!.header).toBe('Hợp nhất từ (63 tỉnh, thành phố)');
    expect(table.rows.map((row) => row.slice(0, 5))).toEqual([
      [1, 0, '01', 'Hà Nội', 'Hà Nội (01)'],
      [2, 0, '08', 'Tuyên Quang', 'Hà Giang (02); Tuyên Quang (08)'],
    ]);
    // The amounts follow in the same columns as on the 63: the unit's sums, and its ratio from them.
    expect(table.rows[1]!.slice(5, 8)).toEqual([3_000_000_000, 120_000_000, 0.04]);
    expect(table.columns[5]!.header).toBe('Phải thu từ đầu năm (đồng)');
    expect(table.totals!.rows[0]!.slice(3, 6)).toEqual(['Toàn quốc', null, 300_000_000_000]);
    expect(table.totals!.rows[0]).toHaveLength(table.columns.length);
  });

  it('says the ranks are among the 34 and every figure is a sum', () => {
    expect(table.notes).toContain('Xếp hạng trong 2 tỉnh, thành phố');
    expect(table.notes!.join(' ')).toContain('tỷ lệ tính lại từ tổng');
  });

  it('writes no such column or note on the 63', () => {
    const on63 = toLatePaymentExport(
      latePayment({ provinces: [provinceLatePayment({ code: '01', name: 'Hà Nội', rank: 1 })] }),
    );
    expect(on63.fileStem).toBe('cham-dong');
    expect(on63.columns.map((c) => c.header)).not.toContain('Hợp nhất từ (63 tỉnh, thành phố)');
    expect(on63.notes!.join(' ')).not.toContain('tổng của các tỉnh, thành phố hợp nhất');
  });
});

describe('toEmployersExport', () => {
  it('says on the 34 that the list is one province’s before the merger', () => {
    const data = latePaymentOn34();
    const table = toEmployersExport({
      data,
      province: { code: '02', nameVi: 'Hà Giang' },
      unitName: 'Tuyên Quang',
      asOf: data.asOf,
      bucket: null,
      rows: [employerArrears('DN1', 5_000_000)],
      totalCount: 1,
    });
    expect(table.fileStem).toBe('don-vi-cham-dong_02');
    expect(table.title).toBe('Đơn vị chậm đóng: Hà Giang');
    expect(table.notes![1]).toBe(
      'Danh sách của Hà Giang (02), một trong 63 tỉnh, thành phố trước sắp xếp; từ 01/7/2025 tỉnh này thuộc Tuyên Quang.',
    );
  });

  it('exports the employers the page shows, and says how many of how many', () => {
    const data = latePayment();
    const rows = [employerArrears('DN1', 5_000_000), employerArrears('DN2', 1_000_000)];
    const table = toEmployersExport({
      data,
      province: provinceLatePayment({ code: '01', name: 'Hà Nội', rank: 1 }).province,
      asOf: data.asOf,
      bucket: 'FROM_3_MONTHS',
      rows,
      totalCount: 120,
    });
    expect(table.fileStem).toBe('don-vi-cham-dong_01-from-3-months');
    expect(table.rows).toEqual([
      [
        'DN1',
        'Công ty DN1',
        'Quận Ba Đình',
        'Doanh nghiệp tư nhân',
        25,
        5_000_000,
        '2023-05',
        3,
        'Từ 3 tháng trở lên',
        'Thanh tra chuyên ngành đột xuất',
      ],
      [
        'DN2',
        'Công ty DN2',
        'Quận Ba Đình',
        'Doanh nghiệp tư nhân',
        25,
        1_000_000,
        '2023-05',
        3,
        'Từ 3 tháng trở lên',
        'Thanh tra chuyên ngành đột xuất',
      ],
    ]);
    expect(table.notes).toEqual([expect.stringContaining('2/120 đơn vị')]);
    expect(table.notes![0]).toContain('Từ 3 tháng trở lên');
  });
});
