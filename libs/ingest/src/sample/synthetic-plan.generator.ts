import { monthsBetween, predecessorsOf, type Province, type UnitCrosswalk } from '@scorecard/domain';
import type { PublishedPlan } from '../plan/published-plan';

// The shipped plan on the 34 units (data/plans/KH-2026-34-MAU): made up, marked synthetic everywhere, so every page,
// query and export can be seen working on the 34 units of the 2025 reform before headquarters issues such a plan
// to the scorecard. It is derived from the 2021 plan (2800/KH-BHXH) so its sizes are plausible:
//   annual quota of a unit = round(sum of its predecessors' 2021 four-month totals × 3 × growth of the metric),
//   month m of it = the annual quota × MONTH_PROFILE[m], rounded by largest remainder so the months add up,
//   the national row = the sums of the units (the made-up plan reconciles exactly).
// data/plans/KH-2026-34-MAU/README.md states the same; synthetic-plan.generator.spec.ts checks the shipped files
// are exactly what this writes (and writes them with WRITE_SYNTHETIC_PLAN=1).

export const SYNTHETIC_PLAN_ID = 'KH-2026-34-MAU';

/** Growth of each metric from the 2021 plan's pace to 2026 (a factor on the annualised 2021 quota). */
export const SYNTHETIC_PLAN_GROWTH: Readonly<Record<string, number>> = {
  dev_compulsory_si: 1.15,
  dev_voluntary_si: 1.3,
  dev_health_insurance: 1.05,
  // Wages and the contribution base rose from 2021 to 2026 (the base salary from 1.49 to 2.34 million đồng).
  revenue: 1.45,
  overdue_unit_inspections: 1.1,
  tax_data_reviews: 1.2,
  outreach_conferences: 0.9,
};

/** Share of the year's quota in each month, January to December (per mille; sums to 1,000): slow start after Tết, year-end push. */
export const MONTH_PROFILE: readonly number[] = [55, 60, 80, 80, 85, 85, 85, 85, 90, 90, 100, 105];

const YEAR = 2026;
const PERIOD_START = `${YEAR}-01-01`;
const PERIOD_END = `${YEAR}-12-31`;
const DOCUMENT = 'KH-MẪU/2026';

const APPENDICES: readonly { file: string; appendix: string; metrics: readonly string[]; title: string }[] = [
  {
    file: 'appendix-01.txt',
    appendix: '01',
    metrics: ['dev_compulsory_si', 'dev_voluntary_si', 'dev_health_insurance'],
    title: 'CHỈ TIÊU PHÁT TRIỂN NGƯỜI THAM GIA BHXH, BHYT NĂM 2026',
  },
  { file: 'appendix-02.txt', appendix: '02', metrics: ['revenue'], title: 'CHỈ TIÊU THU NĂM 2026 (triệu đồng)' },
  {
    file: 'appendix-03.txt',
    appendix: '03',
    metrics: ['overdue_unit_inspections'],
    title: 'CHỈ TIÊU THANH TRA ĐƠN VỊ NỢ TỪ 03 THÁNG TRỞ LÊN NĂM 2026',
  },
  {
    file: 'appendix-04.txt',
    appendix: '04',
    metrics: ['tax_data_reviews'],
    title: 'CHỈ TIÊU RÀ SOÁT DỮ LIỆU DO CƠ QUAN THUẾ CUNG CẤP NĂM 2026',
  },
  {
    file: 'appendix-05.txt',
    appendix: '05',
    metrics: ['outreach_conferences'],
    title: 'CHỈ TIÊU HỘI NGHỊ KHÁCH HÀNG TIỀM NĂNG THAM GIA BHXH TỰ NGUYỆN, BHYT NĂM 2026',
  },
];

// Block headings of appendix 01, as the 2021 plan prints them (the table reader knows them).
const BLOCK_HEADINGS: Readonly<Record<string, string>> = {
  dev_compulsory_si: 'BẢO HIỂM XÃ HỘI BẮT BUỘC',
  dev_voluntary_si: 'BẢO HIỂM XÃ HỘI TỰ NGUYỆN',
  dev_health_insurance: 'BẢO HIỂM Y TẾ',
};

export type SyntheticPlanFile = { name: string; text: string };

/** One unit's quota for the year and its months. */
type Quota = { total: number; months: number[] };

/** The plan directory's files (manifest.json first), from the 2021 plan, the 34 units and the crosswalk. */
export function syntheticPlanFiles(
  plan2021: PublishedPlan,
  units34: readonly Province[],
  crosswalk: UnitCrosswalk,
): SyntheticPlanFile[] {
  const members = predecessorsOf(crosswalk);
  const quotas = new Map<string, Map<string, Quota>>();
  for (const table of plan2021.tables) {
    const growth = SYNTHETIC_PLAN_GROWTH[table.metric];
    if (growth === undefined) throw new RangeError(`no growth rate for ${table.metric}`);
    const total2021 = new Map(table.provinces.map((row) => [row.code, row.total.value]));
    const byUnit = new Map<string, Quota>();
    for (const unit of units34) {
      const sum = (members.get(unit.code) ?? []).reduce((acc, code) => {
        const value = total2021.get(code);
        if (value === undefined) throw new RangeError(`the 2021 plan has no ${table.metric} row for ${code}`);
        return acc + value;
      }, 0);
      const total = Math.round(sum * 3 * growth);
      byUnit.set(unit.code, { total, months: spread(total, MONTH_PROFILE) });
    }
    quotas.set(table.metric, byUnit);
  }

  const manifest = {
    id: SYNTHETIC_PLAN_ID,
    title: 'Kế hoạch thu và phát triển người tham gia năm 2026 trên 34 tỉnh, thành phố (dữ liệu mẫu)',
    issuingDocument: DOCUMENT,
    issuedOn: '2025-12-15',
    issuer: 'BHXH Scorecard: kế hoạch mẫu, không phải văn bản do BHXH Việt Nam ban hành',
    periodStart: PERIOD_START,
    periodEnd: PERIOD_END,
    reportDays: [15, 'last'],
    unitSet: 'vn34-2025',
    synthetic: true,
    tables: APPENDICES.map(({ file, appendix, metrics }) => ({ file, appendix, metrics: [...metrics] })),
  };
  const files: SyntheticPlanFile[] = [{ name: 'manifest.json', text: `${JSON.stringify(manifest, null, 2)}\n` }];
  for (const appendix of APPENDICES) files.push({ name: appendix.file, text: appendixText(appendix, units34, quotas) });
  return files;
}

function appendixText(
  appendix: (typeof APPENDICES)[number],
  units: readonly Province[],
  quotas: ReadonlyMap<string, ReadonlyMap<string, Quota>>,
): string {
  const months = monthsBetween(PERIOD_START, PERIOD_END).map((month) => `Tháng ${Number(month.slice(5))}`);
  const blockWidth = 1 + months.length;
  const blocks = appendix.metrics;
  const lines = [
    appendix.title,
    '',
    `(Kèm theo Kế hoạch mẫu ${DOCUMENT}: dữ liệu mẫu, không phải văn bản ban hành)`,
    '',
  ];
  const heading = blocks.map((metric) => [BLOCK_HEADINGS[metric] ?? 'Tổng số', ...Array(blockWidth - 1).fill('')]);
  if (blocks.length > 1) {
    lines.push(['TT', 'BHXH tỉnh, thành phố', ...heading.flat()].join('\t'));
    lines.push(['', '', ...blocks.flatMap(() => ['Tổng số', ...months])].join('\t'));
  } else {
    lines.push(['TT', 'BHXH tỉnh, thành phố', 'Tổng số', 'Trong đó', ...Array(months.length - 1).fill('')].join('\t'));
    lines.push(['', '', '', ...months].join('\t'));
  }
  const national = blocks.flatMap((metric) => {
    const all = [...quotas.get(metric)!.values()];
    const total = all.reduce((acc, quota) => acc + quota.total, 0);
    return [total, ...months.map((_, m) => all.reduce((acc, quota) => acc + quota.months[m]!, 0))];
  });
  lines.push(['Toàn quốc', '', ...national.map(published)].join('\t'));
  units.forEach((unit, index) => {
    const cells = blocks.flatMap((metric) => {
      const quota = quotas.get(metric)!.get(unit.code)!;
      return [quota.total, ...quota.months];
    });
    lines.push([String(index + 1), publishedName(unit), ...cells.map(published)].join('\t'));
  });
  return `${lines.join('\n')}\n`;
}

/** Cities as a plan names them ("Thành phố Huế"), provinces by their name. */
function publishedName(unit: Province): string {
  return unit.type.startsWith('Thành phố') ? `Thành phố ${unit.nameVi}` : unit.nameVi;
}

/** As the 2021 plan prints numbers: thousands separated by commas. */
function published(value: number): string {
  return value.toLocaleString('en-US');
}

/** `total` split by `weights` (per mille), rounded by largest remainder so the parts add up to it exactly. */
export function spread(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((acc, part) => acc + part, 0);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] = parts[index]! + 1;
    left -= 1;
  }
  return parts;
}
