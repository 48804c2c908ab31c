// The Vietnamese catalogue: every user-facing text of the web app. An English catalogue can be
// added with the same shape (type Messages).
import type {
  AttainmentStatus,
  RankBasis,
  ReconciliationKind,
  ReconciliationSeverity,
  ReportStatus,
} from '../api/graphql-types';
import type { GraphQLErrorKind } from '../api/graphql-client';
import type { RouteId } from '../navigation/routes';

const pageTitles = {
  ranking: 'Xếp hạng tỉnh',
  plans: 'Kế hoạch',
  report: 'Nhập báo cáo',
  province: 'Tỉnh/thành phố',
} as const satisfies Record<RouteId, string>;

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
    withUnit: (value: string, unitVi: string) => `${value} ${unitVi}`,
    synthetic: 'mẫu',
    syntheticTitle: 'Dữ liệu mẫu (tổng hợp), không phải số liệu báo cáo thật',
    onTrackYes: 'Đạt',
    onTrackNo: 'Chậm',
    paceDone: 'Đã đạt KH',
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
  rankChange: {
    column: 'Thay đổi',
    columnTitle: 'Thay đổi thứ hạng so với kỳ báo cáo trước',
    tooltipLabel: 'Thay đổi hạng',
    up: (places: string) => `▲${places}`,
    down: (places: string) => `▼${places}`,
    unchanged: '–',
    new: 'mới',
    since: (date: string, rank: string) => `So với kỳ báo cáo ${date}: hạng ${rank}`,
    sinceUnranked: (date: string) => `So với kỳ báo cáo ${date}: chưa được xếp hạng`,
    noPrevious: 'Không có kỳ báo cáo trước để so sánh',
    spoken: {
      up: (places: string) => `tăng ${places} hạng`,
      down: (places: string) => `giảm ${places} hạng`,
      unchanged: 'giữ nguyên hạng',
      new: 'mới được xếp hạng',
    },
  },
  reportingStatus: {
    title: (date: string) => `Chưa báo cáo kỳ ${date}`,
    deadline: (when: string) => `Hạn nộp: ${when}`,
    deadlineDay: (date: string) => `Hạn nộp: hết ngày ${date}`,
    // "Kỳ này": unlike the ranking's "Chưa báo cáo" (no report on or before the date), about this report date only.
    counts: {
      notReported: 'Chưa báo cáo kỳ này',
      partial: 'Báo cáo thiếu',
      late: 'Nộp muộn',
      reported: 'Đã báo cáo đủ',
    },
    groups: {
      notReported: 'Chưa báo cáo kỳ này',
      partial: 'Báo cáo thiếu chỉ tiêu',
      late: 'Đã báo cáo đủ nhưng nộp muộn',
    },
    lastReport: (date: string) => `báo cáo gần nhất: ${date}`,
    neverReported: 'chưa từng báo cáo',
    partial: (reported: string, expected: string) => `${reported}/${expected} chỉ tiêu`,
    late: 'nộp muộn',
    submittedAt: (when: string) => `nộp lúc ${when}`,
    allReported: (count: string) => `Cả ${count} tỉnh/thành phố đã báo cáo đủ và đúng hạn.`,
    beforeFirstReportDate: (date: string) => `Chưa đến kỳ báo cáo đầu tiên (${date}): chưa tỉnh nào phải báo cáo.`,
    errorTitle: 'Không tải được tình hình báo cáo',
    statuses: {
      REPORTED: 'Đã báo cáo đủ',
      PARTIAL: 'Báo cáo thiếu',
      NOT_REPORTED: 'Chưa báo cáo',
    } satisfies Record<ReportStatus, string>,
  },
  importProblems: {
    file: 'Tệp',
    line: 'Dòng',
    column: 'Cột',
    value: 'Giá trị',
    problem: 'Vấn đề',
    fix: 'Cách sửa',
  },
  dataQuality: {
    kinds: {
      DECREASING_CUMULATIVE: 'Lũy kế thấp hơn kỳ trước',
      JUMP_ABOVE_QUOTA: 'Vượt nhiều lần chỉ tiêu kỳ',
      OFF_SCHEDULE_DATE: 'Ngày báo cáo ngoài lịch',
    } as Readonly<Record<string, string>>,
    decreasing: (value: string, previous: string) => `Lũy kế ${value} thấp hơn kỳ trước (${previous}).`,
    jump: (rise: string, periodTotal: string) =>
      `Tăng ${rise} so với kỳ trước, gấp nhiều lần chỉ tiêu kỳ (${periodTotal}).`,
    offSchedule: (date: string) => `Ngày ${date} không thuộc lịch báo cáo của kế hoạch.`,
    value: (value: string) => `Số đã gửi: ${value}.`,
    reportDate: (date: string) => `Kỳ ${date}`,
    source: (source: string) => `Nguồn: ${source}`,
    detectedAt: (when: string) => `ghi nhận lúc ${when}`,
    serverMessage: 'Thông báo của máy chủ',
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
      // No report on or before the date at all; a province late for this report date keeps its last figure.
      notReported: 'Chưa có số liệu',
      notReportedDetail: (reported: string) => `${reported} tỉnh có số liệu đến ngày này`,
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
  province: {
    pageTitle: pageTitles.province,
    documentTitle: (name: string) => `${name} · BHXH Scorecard`,
    code: 'Mã',
    region: 'Vùng',
    type: 'Loại',
    picker: 'Tỉnh/thành phố',
    unknown: (code: string) => `Không có tỉnh/thành phố mã “${code}”. Chọn một tỉnh/thành phố ở danh sách trên.`,
    reportLink: 'Nhập báo cáo cho tỉnh này',
    rankingLink: (date: string) => `Xem bảng xếp hạng ngày ${date}`,
    errors: {
      reference: 'Không tải được danh mục tỉnh, kế hoạch và chỉ tiêu',
      scorecard: 'Không tải được kết quả của tỉnh',
      history: 'Không tải được diễn biến số liệu',
      warnings: 'Không tải được cảnh báo chất lượng số liệu',
    },
    scorecard: {
      title: 'Kết quả theo chỉ tiêu',
      metric: 'Chỉ tiêu',
      rank: 'Hạng',
      rankOf: (rank: string, total: string) => `${rank}/${total}`,
      rankTitle: (total: string) => `Thứ hạng trong ${total} tỉnh/thành phố`,
      target: 'Chỉ tiêu kỳ',
      targetToDate: 'Chỉ tiêu đến ngày',
      actual: 'Thực hiện',
      attainmentToDate: 'Đạt so với chỉ tiêu đến ngày',
      attainmentOfPeriod: 'Đạt so với kế hoạch kỳ',
      onTrack: 'Đúng tiến độ',
      pacePerDay: 'Cần thực hiện/ngày',
      pacePerMonth: 'Cần thực hiện/tháng',
      projected: 'Dự báo cuối kỳ',
      reportDate: 'Số liệu kỳ',
    },
    history: {
      title: 'Diễn biến thực hiện lũy kế so với chỉ tiêu lũy kế',
      targetSeries: 'Chỉ tiêu lũy kế',
      actualSeries: 'Thực hiện lũy kế',
      revisedSeries: 'Số liệu đã sửa',
      ariaLabel: (metric: string) =>
        `Biểu đồ đường: thực hiện lũy kế và chỉ tiêu lũy kế của chỉ tiêu ${metric} qua các kỳ báo cáo`,
      reportDate: (date: string) => `Kỳ báo cáo ${date}`,
      attainmentToDate: 'Đạt so với chỉ tiêu đến ngày',
      notReported: 'chưa báo cáo',
      revisions: (count: string) => `Các lần gửi (${count})`,
      inForce: 'đang dùng',
      superseded: 'đã được thay',
      submitted: (when: string, source: string) => `gửi ${when} · ${source}`,
      empty: 'Tỉnh chưa gửi số liệu nào cho chỉ tiêu này.',
    },
    warnings: {
      title: 'Cảnh báo chất lượng số liệu',
      intro: 'Số liệu vẫn được lưu như đã gửi; các điểm dưới đây cần tỉnh kiểm tra lại.',
      empty: 'Không có cảnh báo chất lượng số liệu nào cho tỉnh này.',
    },
  },
  report: {
    pageTitle: pageTitles.report,
    intro:
      'Báo cáo số liệu lũy kế từ đầu kỳ kế hoạch đến kỳ báo cáo. Chỉ tiêu chưa có số liệu thì để trống. Gửi lại cùng kỳ là một lần sửa: số đã gửi trước vẫn được lưu.',
    province: 'Tỉnh/thành phố',
    chooseProvince: '— Chọn tỉnh/thành phố —',
    reportDate: 'Kỳ báo cáo',
    submittedBy: 'Người gửi',
    optional: '(không bắt buộc)',
    valuesTitle: (date: string) => `Số liệu lũy kế đến ngày ${date}`,
    target: (value: string) => `Chỉ tiêu kỳ: ${value}`,
    noTarget: 'Không có chỉ tiêu kỳ',
    previous: (date: string, value: string) => `Lũy kế kỳ trước (${date}): ${value}`,
    noPrevious: 'Chưa có số liệu kỳ trước',
    current: (value: string) => `Đã gửi cho kỳ này: ${value} — số mới sẽ là một lần sửa`,
    chooseProvinceFirst: 'Chọn tỉnh/thành phố để xem chỉ tiêu và số liệu kỳ trước.',
    loadingReference: 'Đang tải chỉ tiêu và số liệu kỳ trước…',
    submit: 'Gửi báo cáo',
    running: 'Đang gửi báo cáo…',
    issues: {
      noProvince: 'Chọn tỉnh/thành phố.',
      noValues: 'Nhập số liệu cho ít nhất một chỉ tiêu.',
      fixFields: (count: string) => `${count} ô chưa đọc được thành số: sửa các ô được đánh dấu đỏ rồi gửi lại.`,
      notANumber: (text: string) =>
        `“${text}” không phải là số. Chỉ nhập chữ số; dấu chấm ngăn cách hàng nghìn (1.234.567), dấu phẩy trước phần thập phân.`,
      negative: 'Số lũy kế không được âm.',
      decimalPoint: (text: string) =>
        `“${text}”: dấu chấm chỉ dùng ngăn cách hàng nghìn; phần thập phân viết sau dấu phẩy (ví dụ 12,5).`,
    },
    result: {
      saved: (count: string) => `Đã lưu ${count} số liệu`,
      unchanged: (count: string) => `${count} số liệu trùng với số đang dùng, không cần lưu lại`,
      alreadyImported: 'Báo cáo này đã được gửi trước đó: không có gì thay đổi',
      nothingSaved: 'Không có số liệu mới nào được lưu',
      what: (province: string, date: string) => `${province}, kỳ báo cáo ${date}`,
      metric: 'Chỉ tiêu',
      value: 'Số lũy kế đã gửi',
      warningsTitle: (count: string) => `${count} cảnh báo chất lượng số liệu`,
      warningsIntro: 'Số liệu đã được lưu như đã gửi. Kiểm tra lại các số dưới đây; nếu sai, gửi lại để sửa.',
      viewRanking: (date: string) => `Xem bảng xếp hạng kỳ ${date}`,
      viewProvince: (name: string) => `Xem trang ${name}`,
    },
    problems: {
      title: (count: string) => `Không lưu được báo cáo: ${count} vấn đề cần sửa`,
      intro: 'Chưa có số liệu nào được lưu. Sửa các vấn đề dưới đây rồi gửi lại.',
    },
    failedTitle: 'Không gửi được báo cáo',
    forbidden: 'Tài khoản này không có quyền gửi báo cáo.',
    errors: {
      reference: 'Không tải được danh mục tỉnh, kế hoạch và chỉ tiêu',
      scorecard: 'Không tải được chỉ tiêu và số liệu kỳ trước của tỉnh',
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

// Kinds of import problem the server sends today (libs/ingest plan-import.errors.ts, actual-import.errors.ts). The kind is an open
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
  // Reported actuals (libs/ingest actual-import.errors.ts)
  UNSUPPORTED_FILE: 'Loại tệp không được hỗ trợ',
  UNREADABLE_FILE: 'Không đọc được tệp',
  EMPTY_FILE: 'Không có số liệu',
  MISSING_COLUMN: 'Thiếu cột',
  UNKNOWN_COLUMN: 'Không nhận ra cột',
  DUPLICATE_COLUMN: 'Cột bị lặp',
  MALFORMED_ROW: 'Dòng sai cấu trúc',
  EMPTY_CELL: 'Ô trống',
  UNKNOWN_METRIC: 'Không nhận ra chỉ tiêu',
  INVALID_DATE: 'Ngày không hợp lệ',
  DATE_OUTSIDE_PERIOD: 'Ngày nằm ngoài kỳ kế hoạch',
  NOT_A_WHOLE_NUMBER: 'Phải là số nguyên',
  INVALID_TIMESTAMP: 'Thời điểm gửi không hợp lệ',
  CONFLICTING_ROWS: 'Các dòng mâu thuẫn nhau',
};

export function importProblemKindLabel(kind: string): string {
  return importProblemKinds[kind] ?? kind;
}

/** The Vietnamese name of a data-quality warning; a kind not known here is shown as sent. */
export function dataQualityKindLabel(kind: string): string {
  return vi.dataQuality.kinds[kind] ?? kind;
}
