// National late-payment ratios published by BHXH Việt Nam (seeds 002, 003; docs/domain.md): the reference
// points the trend is drawn against.
export type LatePaymentReference = { labelVi: string; labelEn: string; asOf: string; ratio: number };

export const LATE_PAYMENT_REFERENCES: readonly LatePaymentReference[] = [
  { labelVi: 'Cả nước cuối năm 2022', labelEn: 'National, end of 2022', asOf: '2022-12-31', ratio: 0.0291 },
  { labelVi: 'Cả nước 9 tháng năm 2023', labelEn: 'National, nine months of 2023', asOf: '2023-09-30', ratio: 0.0337 },
];
