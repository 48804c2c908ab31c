// The Vietnamese texts of exports (XLSX, CSV), the consolidated report and printing. Same shape rules as vi.ts.
import { enExportMessages } from './en-export';
import { inLanguage, type CatalogueShape } from './language';
export const viExportMessages = {
  buttons: {
    xlsx: 'Tải XLSX',
    csv: 'Tải CSV',
    consolidated: 'Báo cáo tổng hợp (XLSX)',
    group: (subject: string) => `Tải ${subject}`,
  },
  status: {
    working: (format: string) => `Đang tạo tệp ${format}…`,
    done: (format: string) => `Đã tạo tệp ${format}.`,
    failed: (reason: string) => `Không tạo được tệp: ${reason} Thử lại; nếu vẫn lỗi, báo bộ phận kỹ thuật.`,
  },
  sheet: {
    plan: (document: string, title: string) => `Kế hoạch: ${document} — ${title}`,
    asOf: 'Số liệu đến ngày:',
    syntheticMark: 'Dữ liệu mẫu — không phải số liệu thật',
  },
  source: {
    plan: (document: string, date: string) =>
      `Nguồn: BHXH Scorecard, kế hoạch ${document}, báo cáo đã duyệt đến ${date}`,
    ledger: (from: string, to: string, date: string) =>
      `Nguồn: BHXH Scorecard, sổ thu ${from} – ${to}, số liệu chậm đóng đến ${date}`,
  },
  columns: {
    provinceCode: 'Mã tỉnh',
    rankChange: 'Thay đổi hạng (+ tăng, − giảm)',
    unit: 'Đơn vị tính',
    status: 'Tình trạng',
    reportDate: 'Ngày báo cáo',
    pending: 'Số chờ duyệt (chưa tính)',
    ranked: 'Trong số (tỉnh)',
    employers: 'Đơn vị phải đóng',
    withUnit: (header: string, unit: string) => `${header} (${unit})`,
    vnd: 'đồng',
    month: 'tháng',
  },
  ranking: {
    subject: 'bảng xếp hạng',
    title: (metric: string) => `Xếp hạng tỉnh: ${metric}`,
    sheet: 'Xếp hạng',
    basis: (basis: string) => `Xếp hạng theo: ${basis}.`,
  },
  latePayment: {
    subject: 'bảng tỷ lệ chậm đóng',
    title: 'Tỷ lệ chậm đóng theo tỉnh',
    sheet: 'Chậm đóng',
    national: 'Toàn quốc',
    rankNote: 'Hạng 1 là tỉnh có tỷ lệ chậm đóng thấp nhất; dòng Toàn quốc là tổng của các tỉnh.',
  },
  employers: {
    subject: 'danh sách đơn vị chậm đóng',
    title: (province: string) => `Đơn vị chậm đóng: ${province}`,
    sheet: 'Đơn vị chậm đóng',
    shown: (shown: string, total: string, bucket: string) =>
      `Tệp gồm ${shown}/${total} đơn vị đang hiện trên trang (nhóm tuổi nợ: ${bucket}), xếp theo số tiền chậm đóng từ lớn đến nhỏ.`,
  },
  scorecard: {
    subject: 'bảng kết quả theo chỉ tiêu',
    title: (province: string) => `Kết quả theo chỉ tiêu: ${province}`,
    sheet: 'Kết quả theo chỉ tiêu',
  },
  consolidated: {
    subject: 'báo cáo tổng hợp',
    title: (document: string) => `Báo cáo tổng hợp kết quả thực hiện kế hoạch ${document} theo tỉnh, thành phố`,
    sheet: 'Tổng hợp',
    order: 'TT',
    province: 'BHXH tỉnh, thành phố',
    region: 'Vùng',
    national: 'Toàn quốc',
    target: 'Kế hoạch',
    actual: 'Thực hiện',
    ofYear: '% kế hoạch năm',
    ofPeriod: '% kế hoạch kỳ',
    toDate: '% so với chỉ tiêu đến ngày',
    nationalNote:
      'Dòng Toàn quốc = tổng thực hiện của các tỉnh đã báo cáo / tổng kế hoạch của các tỉnh (không lấy dòng toàn quốc in trong văn bản).',
    notReportedNote: 'Ô Thực hiện để trống: tỉnh chưa có báo cáo đã duyệt đến ngày này (không tính là 0).',
    publishedDiffers: (metric: string, published: string, provinces: string) =>
      `${metric}: kế hoạch toàn quốc in trong văn bản là ${published}, tổng các tỉnh là ${provinces}.`,
  },
  print: {
    plan: (document: string, title: string) => `Kế hoạch ${document}: ${title}`,
  },
} as const;

export type ExportMessages = CatalogueShape<typeof viExportMessages>;

/** These texts in the language of this page load (language.ts). */
export const textExport: ExportMessages = inLanguage<ExportMessages>(viExportMessages, enExportMessages);
