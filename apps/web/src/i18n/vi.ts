// The Vietnamese catalogue: every user-facing text of the web app. An English catalogue can be
// added with the same shape (type Messages).
import type { AttainmentStatus, RankBasis, ReconciliationKind, ReconciliationSeverity } from '../api/graphql-types';
import type { GraphQLErrorKind } from '../api/graphql-client';
import type { RouteId } from '../navigation/routes';

const pageTitles = { ranking: 'Xếp hạng tỉnh', plans: 'Kế hoạch' } as const satisfies Record<RouteId, string>;

export const vi = {
  app: {
    productName: 'BHXH Scorecard',
    organisation: 'Bảo hiểm xã hội Việt Nam',
    documentTitle: (page: string) => `${page} · BHXH Scorecard`,
  },
  nav: {
    label: 'Các trang',
    pages: pageTitles,
  },
  notFound: {
    title: 'Không có trang này',
    message: (path: string) => `Địa chỉ “${path}” không thuộc BHXH Scorecard. Chọn một trang ở thanh phía trên.`,
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
    pageTitle: pageTitles.ranking,
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
  plans: {
    pageTitle: pageTitles.plans,
    intro: 'Các bảng chỉ tiêu đã công bố, các phiên bản đã nhập và kết quả đối chiếu số liệu của từng phiên bản.',
    listTitle: 'Danh sách kế hoạch',
    errors: {
      listTitle: 'Không tải được danh sách kế hoạch',
      reconciliationTitle: 'Không tải được kết quả đối chiếu',
      totalsTitle: 'Không tải được bảng tổng hợp chỉ tiêu',
      noPlans: 'Hệ thống chưa có kế hoạch nào. Nhập kế hoạch mới ở biểu mẫu bên dưới, kèm tệp manifest.json.',
    },
    card: {
      issuingDocument: 'Văn bản',
      issuedOn: (document: string, date: string) => `${document}, ngày ${date}`,
      issuer: 'Cơ quan ban hành',
      period: 'Kỳ kế hoạch',
      reportDates: (count: string) => `Kỳ báo cáo (${count})`,
      versions: 'Phiên bản bảng chỉ tiêu',
      version: (version: string) => `Phiên bản ${version}`,
      current: 'hiện hành',
      shown: 'Đang xem',
      imported: (when: string, by: string) => `Nhập lúc ${when}, bởi ${by}`,
      source: 'Tệp nguồn',
      contentHash: 'Mã nội dung (SHA-256)',
      noVersions: 'Chưa có phiên bản nào được nhập.',
    },
    reconciliation: {
      title: (document: string, version: string) => `Đối chiếu bảng chỉ tiêu ${document}, phiên bản ${version}`,
      explanation:
        'Số công bố được giữ nguyên như văn bản đã ban hành; số toàn quốc trên bảng điều khiển là tổng của các tỉnh.',
      counts: {
        label: 'Kết quả đối chiếu',
        cellsChecked: 'Số ô đã kiểm tra',
        rounding: 'Chênh lệch làm tròn',
        errors: 'Lỗi số liệu',
      },
      filter: {
        label: 'Hiển thị',
        errorsOnly: (count: string) => `Chỉ lỗi số liệu (${count})`,
        all: (count: string) => `Tất cả chênh lệch (${count})`,
      },
      showRounding: (count: string) => `Hiện ${count} chênh lệch làm tròn`,
      hideRounding: (count: string) => `Ẩn ${count} chênh lệch làm tròn`,
      roundingGroup: (count: string) => `Chênh lệch làm tròn (${count})`,
      noErrors: 'Không có lỗi số liệu: mọi chênh lệch đều nằm trong sai số làm tròn.',
      noFindings: 'Các bảng khớp hoàn toàn: không có chênh lệch nào.',
      columns: {
        metric: 'Chỉ tiêu',
        kind: 'Loại đối chiếu',
        row: 'Dòng',
        month: 'Tháng',
        published: 'Số công bố',
        computed: 'Số tính lại',
        difference: 'Chênh lệch',
        severity: 'Mức độ',
        source: 'Nguồn (tệp:dòng)',
      },
      kinds: {
        ROW_MONTHS_VS_TOTAL: 'Các tháng so với tổng kỳ',
        PROVINCES_VS_NATIONAL: 'Tổng các tỉnh so với dòng Toàn quốc',
      } satisfies Record<ReconciliationKind, string>,
      severities: {
        ERROR: 'Lỗi số liệu',
        ROUNDING: 'Sai số làm tròn',
      } satisfies Record<ReconciliationSeverity, string>,
      national: 'Toàn quốc',
      printedAs: (name: string) => `in là “${name}”`,
    },
    periodTotal: 'Tổng kỳ',
    month: (monthYear: string) => `Tháng ${monthYear}`,
    totals: {
      title: 'Tổng hợp theo chỉ tiêu: số công bố toàn quốc và tổng các tỉnh',
      metric: 'Chỉ tiêu',
      measure: 'Số liệu',
      publishedNational: 'Số công bố toàn quốc',
      provinces: 'Tổng các tỉnh',
      difference: 'Chênh lệch',
      empty: 'Phiên bản này chưa có chỉ tiêu nào.',
    },
    import: {
      title: 'Nhập bảng chỉ tiêu đã công bố',
      intro:
        'Dành cho cán bộ BHXH Việt Nam. Chọn các tệp bảng chỉ tiêu (.txt, .xlsx, .csv); với kế hoạch mới, chọn thêm tệp manifest.json mô tả kế hoạch.',
      files: 'Tệp bảng chỉ tiêu',
      chooseFiles: 'Chọn tệp…',
      noFilesChosen: 'Chưa chọn tệp nào',
      filesChosen: (count: string) => `Đã chọn ${count} tệp`,
      plan: 'Nhập vào kế hoạch',
      newPlan: 'Kế hoạch mới (cần tệp manifest.json)',
      planOption: (document: string, title: string) => `${document} — ${title}`,
      dryRun: 'Chỉ kiểm tra, không lưu',
      submit: 'Nhập kế hoạch',
      submitDryRun: 'Kiểm tra tệp',
      running: 'Đang đọc và kiểm tra tệp…',
      issues: {
        noFiles: 'Chọn ít nhất một tệp bảng chỉ tiêu.',
        newPlanNeedsManifest: 'Kế hoạch mới cần tệp manifest.json trong các tệp đã chọn.',
      },
      problems: {
        title: (count: string) => `Không nhập được: ${count} vấn đề cần sửa`,
        intro: 'Chưa có gì được lưu. Sửa các vấn đề dưới đây trong tệp nguồn rồi nhập lại.',
        file: 'Tệp',
        line: 'Dòng',
        column: 'Cột',
        value: 'Giá trị',
        problem: 'Vấn đề',
        fix: 'Cách sửa',
      },
      result: {
        saved: (version: string) => `Đã lưu phiên bản ${version}`,
        unchanged: (version: string) => `Nội dung trùng phiên bản ${version} — không có gì thay đổi`,
        dryRun: 'Kiểm tra xong — chưa lưu',
        plan: (planId: string) => `Kế hoạch ${planId}`,
        view: (version: string) => `Xem đối chiếu phiên bản ${version}`,
      },
      failedTitle: 'Không nhập được kế hoạch',
      forbidden: 'Tài khoản này không có quyền nhập kế hoạch; chỉ cán bộ BHXH Việt Nam (trụ sở) được nhập.',
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

// Kinds of import problem the server sends today (libs/ingest plan-import.errors.ts). The kind is an open
// string in the API: a kind not listed here is shown as sent, beside the server's message.
const importProblemKinds: Readonly<Record<string, string>> = {
  INVALID_MANIFEST: 'Tệp manifest.json không hợp lệ',
  MISSING_MANIFEST: 'Thiếu tệp manifest.json',
  MISSING_FILE: 'Thiếu tệp',
  EMPTY_TABLE: 'Không có bảng chỉ tiêu',
  UNKNOWN_PLAN: 'Không có kế hoạch này',
  MISSING_HEADER: 'Thiếu dòng tiêu đề bảng',
  UNEXPECTED_HEADER: 'Tiêu đề cột không đúng mẫu',
  UNKNOWN_MONTH: 'Không nhận ra tháng',
  UNKNOWN_PROVINCE: 'Không nhận ra tên tỉnh',
  DUPLICATE_PROVINCE: 'Tỉnh bị lặp',
  MISSING_PROVINCE: 'Thiếu tỉnh',
  MISSING_NATIONAL_ROW: 'Thiếu dòng Toàn quốc',
  NATIONAL_ROW_MISMATCH: 'Dòng Toàn quốc không khớp',
  NOT_A_NUMBER: 'Ô không phải là số',
  NEGATIVE_NUMBER: 'Số âm',
  CELL_COUNT: 'Số ô trên dòng không đúng',
  INVALID_REFERENCE: 'Tham chiếu không hợp lệ',
};

export function importProblemKindLabel(kind: string): string {
  return importProblemKinds[kind] ?? kind;
}
