// The Vietnamese texts of "Ngưỡng cảnh báo": headquarters' thresholds per plan and agency-wide, their history, and
// the log of what was sent (docs/alerts.md "Thresholds"). Numbers and times come in formatted (i18n/format.ts).
import { enAlertThresholdsMessages } from './en-alert-thresholds';
import { inLanguage, type CatalogueShape } from './language';

export const viAlertThresholdsMessages = {
  intro:
    'Ngưỡng để hệ thống phát cảnh báo, theo từng kế hoạch hoặc toàn ngành. Giá trị kế hoạch không đặt thì lấy theo toàn ngành, toàn ngành không đặt thì lấy mặc định. Mỗi lần thay đổi là một phiên bản mới, có lý do và người đặt; các phiên bản cũ vẫn được giữ.',
  scope: {
    label: 'Phạm vi',
    agencyWide: 'Toàn ngành',
  },
  errors: {
    plans: 'Không tải được danh sách kế hoạch',
    thresholds: 'Không tải được ngưỡng cảnh báo',
  },
  /** Each threshold's name, with its unit where it has one. */
  fields: {
    rankDrop: 'Tụt hạng (bậc)',
    paceMultiple: 'Hệ số nhịp độ',
    latePaymentRatio: 'Tỷ lệ chậm đóng',
    approvalWaitDays: 'Chờ duyệt (ngày)',
  },
  /** What each threshold does. */
  meanings: {
    rankDrop: 'Cảnh báo khi một tỉnh tụt từ số bậc này trở lên giữa hai kỳ báo cáo.',
    paceMultiple: 'Cảnh báo khi nhịp độ cần thiết vượt quá bội số này của nhịp độ đã đạt.',
    latePaymentRatio: 'Cảnh báo khi tỷ lệ chậm đóng vượt ngưỡng này (chỉ đặt toàn ngành).',
    approvalWaitDays: 'Cảnh báo khi báo cáo chờ duyệt lâu hơn số ngày này.',
  },
  inForce: {
    title: 'Ngưỡng đang áp dụng',
    version: (version: number) => (version === 0 ? 'chưa đặt phiên bản nào' : `phiên bản ${version}`),
    fromPlanScope: 'kế thừa từ toàn ngành/mặc định',
    fromDefaults: 'kế thừa từ mặc định',
    setBy: 'Người đặt',
    setAt: 'Lúc',
    note: 'Lý do',
  },
  form: {
    title: 'Đặt phiên bản mới',
    hint: 'Để trống một ô để kế thừa giá trị từ toàn ngành hoặc mặc định. Số thập phân dùng dấu phẩy, ví dụ 1,5.',
    hints: {
      rankDrop: 'Số nguyên từ 1 đến 62.',
      paceMultiple: 'Từ 1 đến 10, ví dụ 1,5.',
      latePaymentRatio: 'Phần trăm, trên 0 và dưới 100, ví dụ 3,37.',
      approvalWaitDays: 'Số nguyên từ 1 đến 60.',
    },
    latePaymentLabel: 'Tỷ lệ chậm đóng (%)',
    inherits: (value: string) => `Đang kế thừa: ${value}.`,
    latePaymentAgencyWide:
      'Ngưỡng tỷ lệ chậm đóng áp dụng toàn ngành (sổ thu không thuộc kế hoạch nào): chọn phạm vi Toàn ngành để đặt.',
    note: 'Lý do thay đổi',
    noteHint: 'Bắt buộc: lưu cùng phiên bản và trong nhật ký.',
    submit: 'Lưu phiên bản mới',
    running: 'Đang lưu…',
    failed: 'Chưa lưu được ngưỡng cảnh báo',
    saved: (version: number, scope: string) => `Đã lưu phiên bản ${version} cho ${scope}`,
  },
  issues: {
    notANumber: 'Nhập một số, ví dụ 1,5.',
    rankDrop: 'Tụt hạng phải là số nguyên từ 1 đến 62.',
    paceMultiple: 'Hệ số nhịp độ phải từ 1 đến 10.',
    latePaymentRatio: 'Tỷ lệ chậm đóng phải trên 0 % và dưới 100 %.',
    approvalWaitDays: 'Số ngày chờ duyệt phải là số nguyên từ 1 đến 60.',
    note: 'Ghi lý do thay đổi.',
  },
  history: {
    title: 'Lịch sử ngưỡng',
    caption: (scope: string) => `Các phiên bản ngưỡng của ${scope}, mới nhất trước`,
    version: 'Phiên bản',
    setBy: 'Người đặt',
    setAt: 'Lúc',
    note: 'Lý do',
    inherited: 'kế thừa',
    empty: 'Chưa có phiên bản nào: mọi ngưỡng đang kế thừa.',
  },
  delivery: {
    title: 'Nhật ký gửi',
    caption: 'Bản tin thư điện tử và tin gửi webhook, mới nhất trước, cùng bước gửi gần nhất của mỗi tin.',
    loadFailed: 'Không tải được nhật ký gửi',
    empty: 'Chưa có tin nào được soạn để gửi.',
    channel: 'Kênh',
    address: 'Người nhận',
    slot: 'Kỳ',
    subject: 'Tiêu đề',
    alertCount: 'Số cảnh báo',
    state: 'Trạng thái',
    attempts: 'Lần thử',
    stateAt: 'Lúc',
    detail: 'Chi tiết',
    channels: { EMAIL: 'Thư điện tử', WEBHOOK: 'Webhook' } as Readonly<Record<string, string>>,
    states: {
      PENDING: 'Chờ gửi',
      SENDING: 'Đang gửi',
      SENT: 'Đã gửi',
      RETRY: 'Sẽ thử lại',
      FAILED: 'Lỗi',
    } as Readonly<Record<string, string>>,
    slots: {
      DAILY: (date: string) => `Hằng ngày ${date}`,
      BEFORE: (date: string) => `Trước kỳ báo cáo ${date}`,
      AFTER: (date: string) => `Sau kỳ báo cáo ${date}`,
    },
    more: 'Xem thêm',
    loadingMore: 'Đang tải thêm…',
    shown: (count: string) => `Đang xem ${count} tin mới nhất.`,
  },
};

export type AlertThresholdsMessages = CatalogueShape<typeof viAlertThresholdsMessages>;

/** These texts in the language of this page load (language.ts). */
export const textAlertThresholds: AlertThresholdsMessages = inLanguage<AlertThresholdsMessages>(
  viAlertThresholdsMessages,
  enAlertThresholdsMessages,
);
