// The Vietnamese texts of coverage (độ bao phủ, docs/coverage.md) on the overview: social-insurance participants over
// the working-age labour force, health-insurance participants over the population, against the points of seed 003
// and the goals of Resolution 28-NQ/TW. Numbers come in already formatted (i18n/format.ts).
import type { CoverageKind, GoalComparison } from '../api/generated/graphql';
import { enCoverageMessages } from './en-coverage';
import { inLanguage, type CatalogueShape } from './language';

export const viCoverageMessages = {
  heading: 'Tỷ lệ bao phủ BHXH, BHYT',
  title: (year: string) => `Tỷ lệ bao phủ BHXH, BHYT năm ${year}`,
  intro:
    'Số người tham gia BHXH so với lực lượng lao động trong độ tuổi và số người tham gia BHYT so với dân số, đặt cạnh mốc đã công bố và mục tiêu của Nghị quyết 28-NQ/TW. Cả nước là tổng của các tỉnh, thành phố.',
  controls: {
    label: 'Chọn năm và cách xếp hạng tỷ lệ bao phủ',
    year: 'Năm số liệu',
    yearOption: (year: string, sample: boolean) => (sample ? `${year} (dữ liệu mẫu)` : year),
    rankBy: 'Xếp hạng theo',
  },
  sample: 'Dữ liệu mẫu',
  sampleTitle: 'Số liệu giả lập để minh họa, không phải số liệu thống kê đã công bố',
  sampleNote: (year: string) =>
    `Dữ liệu mẫu: bảng tỷ lệ bao phủ năm ${year} là số liệu giả lập, không phải số liệu thống kê của các tỉnh, thành phố.`,
  summedNote: (year: string) =>
    `Bảng năm ${year} lập theo 63 tỉnh, thành phố: mỗi tỉnh, thành phố sau sắp xếp là tổng của các tỉnh hợp nhất thành, tỷ lệ tính lại từ tổng.`,
  moved: (asked: string, shown: string, count: string) =>
    `Không có bảng tỷ lệ bao phủ năm ${asked} xem được theo ${count} tỉnh, thành phố: hiển thị năm ${shown}.`,
  noTables: (count: string) =>
    `Chưa có bảng tỷ lệ bao phủ nào xem được theo ${count} tỉnh, thành phố. Cán bộ số liệu nhập bảng lực lượng lao động, dân số và số người tham gia (docs/coverage.md).`,
  kinds: {
    SI: 'Tỷ lệ bao phủ BHXH',
    HI: 'Tỷ lệ bao phủ BHYT',
  } satisfies Record<CoverageKind, string>,
  /** Within a sentence: "xếp theo tỷ lệ bao phủ BHXH". */
  kindsInSentence: {
    SI: 'tỷ lệ bao phủ BHXH',
    HI: 'tỷ lệ bao phủ BHYT',
  } satisfies Record<CoverageKind, string>,
  kindsShort: {
    SI: 'BHXH',
    HI: 'BHYT',
  } satisfies Record<CoverageKind, string>,
  national: {
    label: 'Cả nước',
    /** "17.311.000 người tham gia / 46.535.000 người trong lực lượng lao động trong độ tuổi". */
    base: {
      SI: (participants: string, base: string) =>
        `${participants} người tham gia / ${base} người trong lực lượng lao động trong độ tuổi`,
      HI: (participants: string, base: string) => `${participants} người tham gia / ${base} dân số`,
    } satisfies Record<CoverageKind, (participants: string, base: string) => string>,
    figureTitle: {
      SI: 'Số người tham gia BHXH / lực lượng lao động trong độ tuổi, cả nước (tổng các tỉnh)',
      HI: 'Số người tham gia BHYT / dân số, cả nước (tổng các tỉnh)',
    } satisfies Record<CoverageKind, string>,
    noFigure: 'Chưa có số liệu',
    reference: (date: string, ratio: string, participants: string) =>
      `Mốc đã công bố ngày ${date}: ${ratio} (${participants} người)`,
    noReference: 'Chưa có mốc công bố',
    goal: (year: string, goal: string) => `Mục tiêu năm ${year}: ${goal}`,
    noGoal: 'Không có mục tiêu cho năm này (Nghị quyết 28-NQ/TW đặt mục tiêu đến năm 2030)',
    short: (points: string) => `còn thiếu ${points} điểm %`,
    beyond: (points: string) => `vượt ${points} điểm %`,
    onGoal: 'bằng mục tiêu',
    /** The note of a goal is written in English by the API (the source still to check). */
    note: 'Lưu ý về nguồn của mục tiêu (bằng tiếng Anh)',
  },
  comparison: {
    ABOUT: (ratio: string) => `khoảng ${ratio}`,
    AT_LEAST: (ratio: string) => `ít nhất ${ratio}`,
    ABOVE: (ratio: string) => `trên ${ratio}`,
  } satisfies Record<GoalComparison, (ratio: string) => string>,
  standing: {
    MET: 'Đạt mục tiêu',
    NOT_MET: 'Chưa đạt mục tiêu',
  },
  goals: {
    summary: 'Các mục tiêu của Nghị quyết 28-NQ/TW',
    caption: 'Mục tiêu tỷ lệ bao phủ đến cuối mỗi năm, theo Nghị quyết 28-NQ/TW',
    year: 'Năm',
    noGoal: 'Không có',
    noteMark: 'có lưu ý về nguồn',
  },
  ranking: {
    title: (count: string, kind: string) => `Xếp hạng ${count} tỉnh, thành phố theo ${kind}`,
    caption: (count: string, year: string, kind: string) =>
      `${count} tỉnh, thành phố năm ${year}, xếp theo ${kind} từ cao xuống thấp; điểm % so với mục tiêu: dương là vượt, âm là còn thiếu.`,
    rank: 'Hạng',
    province: 'Tỉnh/thành phố',
    coverage: {
      SI: 'Bao phủ BHXH',
      HI: 'Bao phủ BHYT',
    } satisfies Record<CoverageKind, string>,
    difference: {
      SI: 'BHXH so với mục tiêu (điểm %)',
      HI: 'BHYT so với mục tiêu (điểm %)',
    } satisfies Record<CoverageKind, string>,
    rankOf: (rank: string, total: string) => `${rank}/${total}`,
    unranked: 'Không xếp hạng',
    hidden: (count: string) => `… ${count} tỉnh, thành phố khác`,
    showAll: (count: string) => `Xem đủ ${count} tỉnh, thành phố`,
    showEnds: (count: string) => `Chỉ xem ${count} tỉnh đầu và ${count} tỉnh cuối`,
    openProvince: 'Mở trang của tỉnh, thành phố',
  },
  sources: {
    label: 'Nguồn',
    figures: 'Số liệu:',
    reference: 'Mốc đã công bố:',
    goals: 'Mục tiêu:',
  },
  /** On paper the section is one line under the lists: the overview prints on one page. */
  print: {
    summary: (year: string, sample: boolean, figures: string) =>
      `Tỷ lệ bao phủ năm ${year}${sample ? ' (dữ liệu mẫu)' : ''}: ${figures}`,
    figure: (kind: string, value: string, goal: string) => `${kind} ${value} (mục tiêu ${goal})`,
    figureWithoutGoal: (kind: string, value: string) => `${kind} ${value}`,
  },
  errors: {
    years: 'Không tải được danh sách bảng tỷ lệ bao phủ',
    coverage: 'Không tải được tỷ lệ bao phủ',
  },
} as const;

export type CoverageMessages = CatalogueShape<typeof viCoverageMessages>;

/** These texts in the language of this page load (language.ts). */
export const textCoverage: CoverageMessages = inLanguage<CoverageMessages>(viCoverageMessages, enCoverageMessages);
