// The Vietnamese catalogue: every user-facing text of the web app. An English catalogue can be
// added with the same shape (type Messages).
import type { AttainmentStatus, RankBasis } from '../api/graphql-types';
import type { GraphQLErrorKind } from '../api/graphql-client';

export const vi = {
  app: {
    productName: 'BHXH Scorecard',
    organisation: 'Bảo hiểm xã hội Việt Nam',
  },
  common: {
    loading: 'Đang tải dữ liệu…',
    updating: 'Đang cập nhật…',
    retry: 'Thử lại',
    technicalDetail: 'Chi tiết kỹ thuật',
    unit: (unitVi: string) => `Đơn vị: ${unitVi}`,
  },
  errors: {
    referenceTitle: 'Không tải được danh mục kế hoạch và chỉ tiêu',
    rankingTitle: 'Không tải được số liệu xếp hạng',
    noPlan: 'Hệ thống chưa có kế hoạch nào để xếp hạng.',
    noMetric: 'Hệ thống chưa có chỉ tiêu nào để xếp hạng.',
    byKind: {
      network: 'Không kết nối được tới máy chủ. Kiểm tra kết nối mạng hoặc liên hệ bộ phận kỹ thuật.',
      http: 'Máy chủ trả về lỗi khi xử lý yêu cầu.',
      graphql: 'Máy chủ không trả được số liệu đã yêu cầu.',
      'invalid-response': 'Máy chủ trả về dữ liệu không đúng định dạng.',
    } satisfies Record<GraphQLErrorKind, string>,
    unknown: 'Đã xảy ra lỗi không xác định.',
    invalidParams: (names: string) => `Liên kết có tham số không hợp lệ (${names}); đang hiển thị giá trị mặc định.`,
  },
  ranking: {
    pageTitle: 'Xếp hạng tỉnh',
    plan: 'Kế hoạch',
    issuingDocument: 'Văn bản',
    period: 'Kỳ kế hoạch',
    asOf: (date: string) => `Số liệu đến ngày ${date}`,
    syntheticBanner: 'Dữ liệu thực hiện là dữ liệu mẫu (tổng hợp), không phải số liệu báo cáo thật',
    controls: {
      metric: 'Chỉ tiêu',
      asOf: 'Đến ngày',
      reportDates: 'Kỳ báo cáo',
      latestWithData: 'kỳ mới nhất có số liệu',
      basis: 'Xếp hạng theo',
      basisOptions: {
        TO_DATE: 'Đạt so với chỉ tiêu đến ngày',
        PERIOD: 'Đạt so với kế hoạch kỳ',
      } satisfies Record<RankBasis, string>,
    },
    summary: {
      timeElapsed: 'Tiến độ thời gian',
      timeElapsedDetail: (elapsed: string, total: string, remaining: string) =>
        `Ngày ${elapsed}/${total} của kỳ, còn ${remaining} ngày`,
      nationalToDate: 'Toàn quốc: đạt so với chỉ tiêu đến ngày',
      nationalToDateDetail: (actual: string, targetToDate: string) =>
        `Thực hiện ${actual} / chỉ tiêu đến ngày ${targetToDate}`,
      nationalPeriod: 'Toàn quốc: đạt so với kế hoạch kỳ',
      sumOfProvinces: 'Tổng các tỉnh',
      published: 'Số công bố',
      difference: 'chênh lệch',
      onTrack: 'Tỉnh đúng tiến độ',
      onTrackValue: (onTrack: string, ranked: string) => `${onTrack}/${ranked}`,
      onTrackDetail: 'Số tỉnh đạt kế hoạch kỳ ≥ tiến độ thời gian / số tỉnh được xếp hạng',
      notReported: 'Chưa báo cáo',
      notReportedDetail: (reported: string) => `${reported} tỉnh đã báo cáo`,
      noTarget: (count: string) => `${count} tỉnh không có chỉ tiêu`,
    },
    chart: {
      title: 'Mức đạt kế hoạch kỳ theo thứ hạng',
      rankedCount: (count: string) => `${count} tỉnh được xếp hạng`,
      ariaLabel: 'Biểu đồ thanh: mức đạt kế hoạch kỳ của từng tỉnh, xếp theo hạng',
      onTrackSeries: 'Đúng tiến độ',
      behindSeries: 'Chậm tiến độ',
      expectedSeries: 'Mức cần đạt đến ngày',
      planComplete: 'Hoàn thành kế hoạch',
      timeElapsed: 'Tiến độ thời gian',
      empty: 'Chưa có tỉnh nào được xếp hạng cho chỉ tiêu và ngày đã chọn.',
      unrankedGroup: 'Không xếp hạng',
    },
    table: {
      caption: 'Bảng xếp hạng chi tiết',
      rank: 'Hạng',
      province: 'Tỉnh/thành phố',
      region: 'Vùng',
      target: 'Chỉ tiêu kỳ',
      targetToDate: 'Chỉ tiêu đến ngày',
      actual: 'Thực hiện',
      attainmentToDate: 'Đạt so với chỉ tiêu đến ngày',
      attainmentOfPeriod: 'Đạt so với kế hoạch kỳ',
      onTrack: 'Đúng tiến độ',
      requiredPacePerDay: 'Cần thực hiện/ngày',
      projectedAttainment: 'Dự báo cuối kỳ',
      onTrackYes: 'Đạt',
      onTrackNo: 'Chậm',
      paceDone: 'Đã đạt KH',
      reportDate: (date: string) => `Báo cáo ngày ${date}`,
    },
    tooltip: {
      rank: 'Hạng',
      actual: 'Thực hiện',
      targetToDate: 'Chỉ tiêu đến ngày',
      target: 'Chỉ tiêu kỳ',
      attainmentToDate: 'Đạt so với chỉ tiêu đến ngày',
      attainmentOfPeriod: 'Đạt so với kế hoạch kỳ',
    },
  },
} as const;

export type Messages = typeof vi;

export function statusLabel(status: AttainmentStatus): string {
  switch (status) {
    case 'REPORTED':
      return 'Đã báo cáo';
    case 'NOT_REPORTED':
      return 'Chưa báo cáo';
    case 'NO_TARGET':
      return 'Không có chỉ tiêu';
  }
}
