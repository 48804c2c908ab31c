import { roundForRanking } from '../ranking/competition-rank';

// The published national coverage points (seed 003) and the goals coverage is measured against (Resolution
// 28-NQ/TW), stored here as data with where each comes from (docs/coverage.md, "Sources").

/** SI: participants in social insurance over the working-age labour force; HI: health insurance over the population. */
export type CoverageKind = 'SI' | 'HI';

/** A national coverage point published by BHXH Việt Nam. */
export type CoverageReference = {
  kind: CoverageKind;
  asOf: string;
  /** Persons, as published ("17,311 triệu người" = 17,311,000). */
  participants: number;
  /** The ratio published, a fraction (0.372 = 37.2 %). */
  ratio: number;
  labelVi: string;
  labelEn: string;
  document: string;
  /** The sentence as the document writes it. */
  textVi: string;
};

const SEED_003 =
  'Công văn của BHXH Việt Nam gửi BHXH các tỉnh, thành phố về kết quả chín tháng đầu năm 2023 và nhiệm vụ ba tháng cuối năm (seed 003, dòng 7–9)';

export const COVERAGE_REFERENCES: readonly CoverageReference[] = [
  {
    kind: 'SI',
    asOf: '2023-09-30',
    participants: 17_311_000,
    ratio: 0.372,
    labelVi: 'Cả nước 9 tháng năm 2023: tham gia BHXH / lực lượng lao động trong độ tuổi',
    labelEn: 'National, nine months of 2023: social-insurance participants / working-age labour force',
    document: SEED_003,
    textVi: 'số người tham gia BHXH đạt khoảng 17,311 triệu người, chiếm khoảng 37,2% lực lượng lao động trong độ tuổi',
  },
  {
    kind: 'HI',
    asOf: '2023-09-30',
    participants: 91_465_000,
    ratio: 0.924,
    labelVi: 'Cả nước 9 tháng năm 2023: tham gia BHYT / dân số',
    labelEn: 'National, nine months of 2023: health-insurance participants / population',
    document: SEED_003,
    textVi: 'có 91,465 triệu người tham gia BHYT, đạt tỷ lệ bao phủ khoảng 92,4% dân số',
  },
];

/** How a goal is worded: "khoảng" (about), "ít nhất"/"đạt" (at least), "trên" (above). */
export type GoalComparison = 'ABOUT' | 'AT_LEAST' | 'ABOVE';

export type CoverageGoal = {
  kind: CoverageKind;
  /** The goal is for the end of this year. */
  year: number;
  ratio: number;
  comparison: GoalComparison;
  textVi: string;
  textEn: string;
  document: string;
  /** What is known to be uncertain about the goal's source; null when nothing is. */
  note: string | null;
};

const RESOLUTION_28 =
  'Nghị quyết số 28-NQ/TW ngày 23/5/2018 của Ban Chấp hành Trung ương Đảng (khóa XII) về cải cách chính sách bảo hiểm xã hội';
const HI_SOURCE_NOTE =
  'Cited from Resolution 28-NQ/TW as issue #10 gives it; published summaries of Resolution 28 list goals for social insurance only, and a health-insurance goal of more than 95 % of the population by 2025 and 2030 is also that of Resolution 20-NQ/TW (25/10/2017). To be checked against the text of the resolution.';

export const COVERAGE_GOALS: readonly CoverageGoal[] = [
  {
    kind: 'SI',
    year: 2021,
    ratio: 0.35,
    comparison: 'ABOUT',
    textVi: 'Khoảng 35% lực lượng lao động trong độ tuổi tham gia BHXH (BHXH tự nguyện khoảng 1%)',
    textEn: 'About 35 % of the working-age labour force in social insurance (voluntary about 1 %)',
    document: RESOLUTION_28,
    note: null,
  },
  {
    kind: 'SI',
    year: 2025,
    ratio: 0.45,
    comparison: 'ABOUT',
    textVi: 'Khoảng 45% lực lượng lao động trong độ tuổi tham gia BHXH (BHXH tự nguyện khoảng 2,5%)',
    textEn: 'About 45 % of the working-age labour force in social insurance (voluntary about 2.5 %)',
    document: RESOLUTION_28,
    note: null,
  },
  {
    kind: 'SI',
    year: 2030,
    ratio: 0.6,
    comparison: 'ABOUT',
    textVi: 'Khoảng 60% lực lượng lao động trong độ tuổi tham gia BHXH (BHXH tự nguyện khoảng 5%)',
    textEn: 'About 60 % of the working-age labour force in social insurance (voluntary about 5 %)',
    document: RESOLUTION_28,
    note: null,
  },
  {
    kind: 'HI',
    year: 2021,
    ratio: 0.9,
    comparison: 'AT_LEAST',
    textVi: 'Ít nhất 90% dân số tham gia BHYT',
    textEn: 'At least 90 % of the population in health insurance',
    document: RESOLUTION_28,
    note: HI_SOURCE_NOTE,
  },
  {
    kind: 'HI',
    year: 2025,
    ratio: 0.95,
    comparison: 'AT_LEAST',
    textVi: 'Ít nhất 95% dân số tham gia BHYT',
    textEn: 'At least 95 % of the population in health insurance',
    document: RESOLUTION_28,
    note: HI_SOURCE_NOTE,
  },
  {
    kind: 'HI',
    year: 2030,
    ratio: 0.95,
    comparison: 'ABOVE',
    textVi: 'Trên 95% dân số tham gia BHYT',
    textEn: 'More than 95 % of the population in health insurance',
    document: RESOLUTION_28,
    note: HI_SOURCE_NOTE,
  },
];

/**
 * The goal a year is measured against: the first goal due in that year or after (2023 → the 2025 goal); null after
 * the last goal year.
 */
export function goalInForce(
  kind: CoverageKind,
  year: number,
  goals: readonly CoverageGoal[] = COVERAGE_GOALS,
): CoverageGoal | null {
  const ahead = goals.filter((goal) => goal.kind === kind && goal.year >= year).sort((a, b) => a.year - b.year);
  return ahead[0] ?? null;
}

/** goal − coverage, a fraction (0.05 = five percentage points short; negative: beyond the goal); null without a ratio. */
export function gapToGoal(coverage: number | null, goal: CoverageGoal | null): number | null {
  return coverage === null || goal === null ? null : goal.ratio - coverage;
}

/** Whether coverage reaches the goal as worded ("trên 95%" needs more than 95 %); compared after rounding to six places. */
export function meetsGoal(coverage: number | null, goal: CoverageGoal | null): boolean | null {
  if (coverage === null || goal === null) return null;
  const [value, target] = [roundForRanking(coverage), roundForRanking(goal.ratio)];
  return goal.comparison === 'ABOVE' ? value > target : value >= target;
}

/**
 * Participants still to add to reach the goal on the same denominator (0 when reached); null without the numbers.
 * "About" and "at least" need ⌈goal × denominator⌉ participants, "above" one more than ⌊goal × denominator⌋.
 */
export function participantsToGoal(
  participants: number | null,
  denominator: number | null,
  goal: CoverageGoal | null,
): number | null {
  if (participants === null || denominator === null || denominator === 0 || goal === null) return null;
  // Rounded first so that 0.45 × 200 is 90, not 90.00000000000001.
  const exact = roundForRanking(goal.ratio * denominator);
  const needed = goal.comparison === 'ABOVE' ? Math.floor(exact) + 1 : Math.ceil(exact);
  return Math.max(0, needed - participants);
}
