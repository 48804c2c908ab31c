import { describe, expect, it } from 'vitest';
import { asciiSlug, exportFileName, sheetNameOf } from './export-table';

describe('exportFileName', () => {
  it('names the file after the view and the as-of date, in ASCII', () => {
    expect(exportFileName({ fileStem: 'xep-hang_revenue', asOf: '2021-10-31', synthetic: false }, 'xlsx')).toBe(
      'xep-hang_revenue_2021-10-31.xlsx',
    );
  });

  it('marks sample data in the name, since a CSV has no title rows to say so', () => {
    expect(exportFileName({ fileStem: 'cham-dong', asOf: '2021-10-31', synthetic: true }, 'csv')).toBe(
      'cham-dong_2021-10-31_du-lieu-mau.csv',
    );
  });

  it('turns Vietnamese into ASCII', () => {
    expect(asciiSlug('Đơn vị chậm đóng_Hà Nội')).toBe('don-vi-cham-dong_ha-noi');
    expect(asciiSlug('2800/KH-BHXH')).toBe('2800-kh-bhxh');
    expect(exportFileName({ fileStem: 'Tỉnh Đắk Lắk', asOf: '2021-10-31', synthetic: false }, 'csv')).toMatch(
      /^[\x20-\x7e]+$/,
    );
  });
});

describe('sheetNameOf', () => {
  it('keeps a sheet name within 31 characters without []:*?/\\', () => {
    const name = sheetNameOf('Xếp hạng: Phát triển BHXH [bắt buộc] / tự nguyện? *\\');
    expect(Array.from(name).length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[[\]:*?/\\]/);
    expect(name.startsWith('Xếp hạng')).toBe(true);
  });

  it('never gives an empty name', () => {
    expect(sheetNameOf('///')).toBe('Sheet1');
  });
});
