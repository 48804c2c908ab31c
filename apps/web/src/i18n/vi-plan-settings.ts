// The Vietnamese texts of "Cài đặt kế hoạch": the status-band thresholds and the composite score's weights per plan.
import { enPlanSettingsMessages } from './en-plan-settings';
import { inLanguage, type CatalogueShape } from './language';

export const viPlanSettingsMessages = {
  pageTitle: 'Cài đặt kế hoạch',
  intro:
    'Ngưỡng xếp loại Đạt / Cần chú ý / Chậm và trọng số của điểm tổng hợp (chấm điểm thi đua) theo từng kế hoạch. Mỗi lần thay đổi là một phiên bản mới, có lý do và người đặt; các phiên bản cũ vẫn được giữ.',
  plan: 'Kế hoạch',
  errors: {
    reference: 'Không tải được danh sách kế hoạch và chỉ tiêu',
    settings: 'Không tải được cài đặt của kế hoạch',
    noPlan: 'Hệ thống chưa có kế hoạch nào.',
  },
  inForce: {
    title: 'Cài đặt đang áp dụng',
    version: (version: number) => (version === 0 ? 'Mặc định (phiên bản 0)' : `Phiên bản ${version}`),
    bands: 'Xếp loại chỉ tiêu',
    latePayment: 'Tỷ lệ chậm đóng',
    cap: 'Trần mỗi chỉ tiêu trong điểm tổng hợp',
    reference: 'Tỷ lệ chậm đóng tham chiếu (điểm tổng hợp)',
    setBy: 'Người đặt',
    setAt: 'Thời điểm',
    note: 'Lý do',
    defaults: 'Mặc định',
    weightsTitle: 'Trọng số điểm tổng hợp',
    metric: 'Chỉ tiêu',
    weight: 'Trọng số',
    share: 'Tỷ trọng',
    leftOut: 'Không tính',
  },
  summary: {
    bands: (onTrack: string, atRisk: string) =>
      `Đạt khi đạt ≥ ${onTrack} mốc; Cần chú ý từ ${atRisk}; Chậm dưới ${atRisk}`,
    latePayment: (multiple: string) => `Đạt khi ≤ mốc; Cần chú ý đến ${multiple} × mốc; Chậm trên ${multiple} × mốc`,
    bandsShort: (onTrack: string, atRisk: string) => `Đạt ≥ ${onTrack}; Cần chú ý ≥ ${atRisk}`,
    latePaymentShort: (multiple: string) => `Chậm đóng: Cần chú ý đến ${multiple} × mốc`,
    capShort: (cap: string) => `Trần ${cap}`,
    referenceShort: (reference: string) => `Tham chiếu chậm đóng ${reference}`,
  },
  latePaymentMetric: 'Tỷ lệ chậm đóng',
  history: {
    title: 'Lịch sử cài đặt',
    intro: 'Mọi phiên bản, mới nhất trước; phiên bản 0 là mặc định.',
    version: 'Phiên bản',
    setAt: 'Thời điểm',
    setBy: 'Người đặt',
    note: 'Lý do',
    thresholds: 'Ngưỡng',
    weights: 'Trọng số',
    inForce: 'đang áp dụng',
  },
  form: {
    title: 'Đặt phiên bản mới',
    hint: 'Điền sẵn theo cài đặt đang áp dụng. Nhập số thập phân với dấu phẩy, ví dụ 92,5.',
    thresholdsLegend: 'Ngưỡng xếp loại',
    onTrack: 'Đạt khi đạt từ (% mốc)',
    onTrackHint: 'Trên 0 đến 200 %; mặc định 100.',
    atRisk: 'Cần chú ý từ (% mốc)',
    atRiskHint: 'Trên 0 và không quá ngưỡng Đạt; mặc định 90.',
    latePaymentAtRisk: 'Chậm đóng: Cần chú ý đến (× mốc)',
    latePaymentAtRiskHint: 'Bội số của mốc, từ 1 đến 3; mặc định 1,1.',
    compositeLegend: 'Điểm tổng hợp',
    compositeCap: 'Trần mỗi chỉ tiêu (%)',
    compositeCapHint: 'Từ 100 đến 300 %; mặc định 120.',
    latePaymentReference: 'Tỷ lệ chậm đóng tham chiếu (%)',
    latePaymentReferenceHint: 'Trên 0 và dưới 100 %; mặc định 2,91.',
    weightsLegend: 'Trọng số (0 là không tính chỉ tiêu)',
    weightHint: 'Từ 0 đến 100.',
    note: 'Lý do thay đổi',
    noteHint: 'Bắt buộc: được lưu cùng phiên bản và trong nhật ký.',
    submit: 'Lưu phiên bản mới',
    running: 'Đang lưu…',
    failed: 'Không lưu được cài đặt',
    saved: (version: number) => `Đã lưu phiên bản ${version}`,
  },
  issues: {
    notANumber: 'Nhập một số, ví dụ 92,5.',
    onTrack: 'Ngưỡng Đạt phải trên 0 % và không quá 200 %.',
    atRisk: 'Ngưỡng Cần chú ý phải trên 0 % và không cao hơn ngưỡng Đạt.',
    latePaymentAtRisk: 'Bội số phải từ 1 đến 3.',
    compositeCap: 'Trần phải từ 100 % đến 300 %.',
    latePaymentReference: 'Tỷ lệ tham chiếu phải trên 0 % và dưới 100 %.',
    weight: 'Trọng số phải từ 0 đến 100.',
    weights: 'Cho ít nhất một chỉ tiêu trọng số lớn hơn 0.',
    note: 'Ghi lý do thay đổi cài đặt.',
    other: (problem: string) => problem,
  },
} as const;

export type PlanSettingsMessages = CatalogueShape<typeof viPlanSettingsMessages>;

/** These texts in the language of this page load (language.ts). */
export const textPlanSettings: PlanSettingsMessages = inLanguage<PlanSettingsMessages>(
  viPlanSettingsMessages,
  enPlanSettingsMessages,
);
