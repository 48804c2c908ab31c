import { describe, expect, it } from 'vitest';
import type { Metric } from '../../api/fields';
import { compositeStanding, latePaymentStanding } from './province-standing';
import type { ProvinceCompositeData, ProvinceLatePaymentAnswer } from './province.queries';

const metrics = [
  { key: 'dev_compulsory_si', shortLabelVi: 'BHXH bắt buộc' },
  { key: 'revenue', shortLabelVi: 'Số thu' },
] as Metric[];

const composite: ProvinceCompositeData = {
  compositeRanking: {
    asOf: '2021-10-31',
    provinces: [
      {
        province: { code: '79' },
        score: 0.95,
        rank: 1,
        band: 'ON_TRACK',
        missing: [],
        parts: [],
      },
      {
        province: { code: '01' },
        score: 0.6,
        rank: 2,
        band: 'BEHIND',
        missing: ['revenue'],
        parts: [
          {
            metric: 'dev_compulsory_si',
            weight: 2,
            share: 0.5,
            value: 0.9,
            score: 0.9,
            missing: false,
            leftOut: false,
          },
          { metric: 'revenue', weight: 1, share: 0.25, value: null, score: 0, missing: true, leftOut: false },
          { metric: 'late_payment', weight: 1, share: 0.25, value: 0.03, score: 0.6, missing: false, leftOut: false },
        ],
      },
    ],
  },
};

const ledger = (asOf: string): ProvinceLatePaymentAnswer => ({
  asOf,
  provinces: [
    { province: { code: '12' }, ratio: 0.01, rank: 1, band: 'ON_TRACK' },
    { province: { code: '01' }, ratio: 0.0312, rank: 2, band: 'AT_RISK' },
  ],
  bandReference: { label: 'Cuối năm 2022', labelEn: 'Cuối năm 2022', asOf: '2022-12-31', ratio: 0.0291 },
});

describe('compositeStanding', () => {
  it('picks the province’s score, rank among all listed, band and parts, naming metrics by their short names', () => {
    expect(compositeStanding(composite, '01', metrics)).toEqual({
      asOf: '2021-10-31',
      score: 0.6,
      rank: 2,
      total: 2,
      band: 'BEHIND',
      missing: ['Số thu'],
      parts: [
        expect.objectContaining({ metric: 'dev_compulsory_si', label: 'BHXH bắt buộc', share: 0.5, value: 0.9 }),
        expect.objectContaining({ metric: 'revenue', label: 'Số thu', missing: true, score: 0 }),
        expect.objectContaining({ metric: 'late_payment', label: 'Chậm đóng', value: 0.03 }),
      ],
    });
  });

  it('says the province is not there rather than showing a zero', () => {
    expect(compositeStanding(composite, '02', metrics)).toBeNull();
  });
});

describe('latePaymentStanding', () => {
  it('picks the province’s ratio, rank and band at the page’s date, with a link to its late-payment page', () => {
    const standing = latePaymentStanding({ data: ledger('2021-10-31'), asked: '2021-10-31' }, '01');
    expect(standing).toEqual({
      asOf: '2021-10-31',
      dateNote: 'Số liệu sổ thu đến ngày 31/10/2021',
      ratio: 0.0312,
      rank: 2,
      total: 2,
      band: 'AT_RISK',
      reference: { label: 'Cuối năm 2022', labelEn: 'Cuối năm 2022', asOf: '2022-12-31', ratio: 0.0291 },
      href: '/cham-dong?asOf=2021-10-31&province=01',
    });
  });

  it('says which date it shows when the ledger does not cover the page’s date', () => {
    const standing = latePaymentStanding({ data: ledger('2023-09-30'), asked: '2021-10-31' }, '01');
    expect(standing?.dateNote).toBe(
      'Sổ thu chưa có số liệu ngày 31/10/2021: hiển thị ngày cuối của sổ thu, 30/09/2023',
    );
    expect(standing?.href).toBe('/cham-dong?asOf=2023-09-30&province=01');
  });

  it('says the province is not there rather than showing a zero', () => {
    expect(latePaymentStanding({ data: ledger('2021-10-31'), asked: '2021-10-31' }, '02')).toBeNull();
  });
});
