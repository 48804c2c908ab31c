// The age buckets of overdue contributions and the action each calls for (seeds 002 and 004; docs/domain.md).
// An amount's age is counted in whole months since it became overdue (see contribution-ledger.ts).

export type ArrearsBucket = 'UNDER_1_MONTH' | 'FROM_1_TO_3_MONTHS' | 'FROM_3_MONTHS';

export type ArrearsBucketDefinition = {
  key: ArrearsBucket;
  labelVi: string;
  labelEn: string;
  /** Ages in whole months, from (inclusive) and to (exclusive; null: no upper end). */
  fromMonths: number;
  toMonths: number | null;
  actionVi: string;
  actionEn: string;
};

export const ARREARS_BUCKETS: readonly ArrearsBucketDefinition[] = [
  {
    key: 'UNDER_1_MONTH',
    labelVi: 'Dưới 1 tháng',
    labelEn: 'Under 1 month',
    fromMonths: 0,
    toMonths: 1,
    actionVi: 'Nhắc nợ qua điện thoại, Zalo, thư điện tử; gửi thông báo',
    actionEn: 'Remind by phone, Zalo, e-mail; send a notice',
  },
  {
    key: 'FROM_1_TO_3_MONTHS',
    labelVi: 'Từ 1 đến dưới 3 tháng',
    labelEn: '1 to under 3 months',
    fromMonths: 1,
    toMonths: 3,
    actionVi: 'Đến làm việc với đơn vị, lập biên bản (Mẫu D04h-TS), gửi thông báo đôn đốc',
    actionEn: 'Visit the employer, record a working minute (form D04h-TS), send a reminder notice',
  },
  {
    key: 'FROM_3_MONTHS',
    labelVi: 'Từ 3 tháng trở lên',
    labelEn: '3 months or more',
    fromMonths: 3,
    toMonths: null,
    actionVi:
      'Thanh tra chuyên ngành đột xuất, xử phạt vi phạm hành chính; kéo dài thì chuyển cơ quan công an (Điều 216 BLHS); công khai tên đơn vị',
    actionEn:
      'Unannounced specialised inspection, administrative fine; if it persists, file to the police (Article 216, Criminal Code); publish the name',
  },
];

export function bucketOfAge(ageMonths: number): ArrearsBucket {
  if (!Number.isInteger(ageMonths) || ageMonths < 0) {
    throw new RangeError(`bucketOfAge: an age is a whole number of months ≥ 0, got ${ageMonths}`);
  }
  if (ageMonths < 1) return 'UNDER_1_MONTH';
  if (ageMonths < 3) return 'FROM_1_TO_3_MONTHS';
  return 'FROM_3_MONTHS';
}

export function bucketDefinition(key: ArrearsBucket): ArrearsBucketDefinition {
  const found = ARREARS_BUCKETS.find((bucket) => bucket.key === key);
  if (!found) throw new RangeError(`unknown arrears bucket ${String(key)}`);
  return found;
}
