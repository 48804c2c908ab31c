// The Vietnamese texts of the unit sets (docs/domain.md "Organisation"): the 63 provinces and cities of 2004 to
// June 2025 and the 34 from 1 July 2025 (Nghị quyết 202/2025/QH15), on the overview, ranking, province and
// late-payment pages.
// Numbers come in already formatted (i18n/format.ts).
import type { UnitSet } from '../api/generated/graphql';
import { enUnitSetMessages } from './en-unit-sets';
import { inLanguage, type CatalogueShape } from './language';

export const viUnitSetMessages = {
  field: {
    legend: 'Đơn vị hành chính cấp tỉnh',
    options: {
      VN63: '63 tỉnh, thành phố (trước 01/7/2025)',
      VN34: '34 tỉnh, thành phố (từ 01/7/2025)',
    } satisfies Record<UnitSet, string>,
    /** A plan given on the 34: nothing to choose. */
    fixedNote: 'Kế hoạch này giao chỉ tiêu theo 34 tỉnh, thành phố nên chỉ xem được theo 34.',
    /** A plan on the 63 seen on the 34. */
    summedNote:
      'Số liệu của mỗi tỉnh, thành phố là tổng của các tỉnh, thành phố hợp nhất thành; tỷ lệ tính lại từ tổng.',
  },
  plan: {
    sample: '(dữ liệu mẫu)',
    sampleBadge: 'Dữ liệu mẫu',
    sampleTitle: 'Kế hoạch do hệ thống tạo để minh họa, không phải kế hoạch đã ban hành',
    unitSet: 'Giao theo',
  },
  /** "Xếp hạng trong 34 tỉnh, thành phố". */
  rankedAmong: (count: string) => `Xếp hạng trong ${count} tỉnh, thành phố`,
  province: {
    unitSet: 'Đơn vị',
    /** A code of the 63 that is no unit of the 34 (merged into another). */
    mergedInto: (code: string, name: string) =>
      `Mã ${code} không phải là một trong 34 tỉnh, thành phố: từ 01/7/2025 tỉnh này thuộc ${name}.`,
    openSuccessor: (name: string) => `Mở trang ${name} (34 tỉnh, thành phố)`,
    summedHistory:
      'Số liệu lũy kế của tỉnh, thành phố sau sắp xếp (tổng các tỉnh hợp nhất thành) tại các kỳ báo cáo đến ngày đang xem.',
    summedOnly:
      'Báo cáo, lần sửa và cảnh báo số liệu là của từng tỉnh trước sắp xếp: xem trên trang của từng tỉnh ở mục “Trước sắp xếp”.',
  },
  predecessors: {
    title: 'Trước sắp xếp (63 tỉnh, thành phố)',
    intro: (name: string, list: string) => `${name} được hợp nhất từ: ${list}.`,
    notMerged: (name: string) => `${name} giữ nguyên địa giới, không hợp nhất với tỉnh nào.`,
    item: (name: string, code: string) => `${name} (${code})`,
    listLabel: 'Các tỉnh trước sắp xếp',
    planOn34: (name: string) =>
      `Kế hoạch này giao chỉ tiêu theo 34 tỉnh, thành phố: không có số liệu riêng của từng tỉnh hợp nhất thành ${name}.`,
    caption: (date: string) =>
      `Mức đạt so với chỉ tiêu đến ngày ${date} và thứ hạng trong 63 tỉnh, thành phố của từng tỉnh trước sắp xếp, cùng kế hoạch.`,
    metric: 'Chỉ tiêu',
    rankOf: (rank: string, total: string) => `hạng ${rank}/${total}`,
    error: 'Không tải được số liệu các tỉnh trước sắp xếp',
  },
  errors: {
    provinces: 'Không tải được danh sách 34 tỉnh, thành phố',
  },
  /** Chậm đóng on the 34: the ledger lists its employers per province of the 63. */
  latePayment: {
    provinceField: 'Xem đơn vị chậm đóng của tỉnh (trước sắp xếp)',
    /** Under a merged unit's name in the table. */
    formedFrom: (list: string) => `Hợp nhất từ ${list}`,
    /** A province of the ledger named on the 34, e.g. in the employer list's title. */
    ledgerProvince: (name: string, code: string) => `${name} (${code}), trước sắp xếp`,
    chooseProvince:
      'Danh sách đơn vị chậm đóng được lập theo từng tỉnh trước sắp xếp (63 tỉnh, thành phố). Chọn một tỉnh, thành phố trong bảng để xem các tỉnh hợp nhất thành, hoặc chọn tỉnh ở ô “Xem đơn vị chậm đóng của tỉnh (trước sắp xếp)”.',
    perProvince: (unit: string, list: string) =>
      `Danh sách đơn vị chậm đóng được lập theo từng tỉnh trước sắp xếp. ${unit} được hợp nhất từ ${list}: số liệu của ${unit} trong bảng là tổng của các tỉnh này.`,
    predecessorLegend: (unit: string) => `Các tỉnh hợp nhất thành ${unit}`,
    predecessorsColumn: 'Hợp nhất từ (63 tỉnh, thành phố)',
    employersNote: (name: string, code: string, unit: string) =>
      `Danh sách của ${name} (${code}), một trong 63 tỉnh, thành phố trước sắp xếp; từ 01/7/2025 tỉnh này thuộc ${unit}.`,
  },
} as const;

export type UnitSetMessages = CatalogueShape<typeof viUnitSetMessages>;

/** These texts in the language of this page load (language.ts). */
export const textUnitSets: UnitSetMessages = inLanguage<UnitSetMessages>(viUnitSetMessages, enUnitSetMessages);
