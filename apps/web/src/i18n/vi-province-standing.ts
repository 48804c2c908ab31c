// The Vietnamese texts of the province page's panel "Điểm thi đua và chậm đóng". Numbers come in already formatted
// (i18n/format.ts).
import { enProvinceStandingMessages } from './en-province-standing';
import { inLanguage, type CatalogueShape } from './language';

export const viProvinceStandingMessages = {
  title: 'Điểm thi đua và chậm đóng',
  composite: {
    title: 'Điểm thi đua',
    asOf: (date: string) => `Đến ngày ${date}`,
    score: 'Điểm',
    rank: 'Xếp hạng',
    rankOf: (rank: string, total: string) => `hạng ${rank}/${total}`,
    unranked: 'không xếp hạng',
    band: 'Mức',
    missing: 'Tính 0 điểm vì chưa báo cáo',
    noMissing: 'không có',
    notListed: (code: string) => `Tỉnh ${code} không có trong bảng điểm thi đua của ngày này.`,
    partsCaption: 'Các thành phần của điểm thi đua',
    parts: {
      metric: 'Chỉ tiêu',
      share: 'Trọng số',
      value: 'Mức đạt',
      score: 'Điểm',
      leftOut: 'không tính',
      notReported: 'chưa báo cáo',
    },
    latePaymentPart: 'Chậm đóng',
  },
  latePayment: {
    title: 'Tỷ lệ chậm đóng',
    ratio: 'Tỷ lệ',
    rank: 'Xếp hạng',
    band: 'Mức',
    against: (label: string, ratio: string) => `so với ${label} (${ratio})`,
    date: (date: string) => `Số liệu sổ thu đến ngày ${date}`,
    outsideLedger: (asked: string, shown: string) =>
      `Sổ thu chưa có số liệu ngày ${asked}: hiển thị ngày cuối của sổ thu, ${shown}`,
    notListed: (code: string) => `Tỉnh ${code} không có trong số liệu chậm đóng của ngày này.`,
    link: 'Xem đơn vị chậm đóng của tỉnh',
  },
  errors: {
    composite: 'Không tải được điểm thi đua',
    latePayment: 'Không tải được tỷ lệ chậm đóng',
  },
};

export type ProvinceStandingMessages = CatalogueShape<typeof viProvinceStandingMessages>;

/** These texts in the language of this page load (language.ts). */
export const textProvinceStanding: ProvinceStandingMessages = inLanguage<ProvinceStandingMessages>(
  viProvinceStandingMessages,
  enProvinceStandingMessages,
);
