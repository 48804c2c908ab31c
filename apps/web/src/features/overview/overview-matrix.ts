// The scorecard matrix of the overview: one row per province, one column per metric of the plan, late payment and
// the composite score. Pure, so building, sorting and grouping are tested without a browser.
import { regionName } from '../../i18n/server-text';
import {
  LATE_PAYMENT_PART,
  bandOfRatio,
  competitionRanks,
  compositeScore,
  latePaymentBand,
  type BandThresholds,
  type CompositeInput,
  type StatusBand,
} from '@scorecard/domain';
import type { RankBasis } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import type {
  OverviewAttainment,
  OverviewCompositeRow,
  OverviewLatePaymentProvince,
  OverviewProvince,
} from './overview.queries';

export const LATE_PAYMENT_COLUMN = LATE_PAYMENT_PART;
export const COMPOSITE_COLUMN = 'composite';

export type MatrixColumnKind = 'metric' | 'latePayment' | 'composite';
export type MatrixColumn = { key: string; kind: MatrixColumnKind; label: string; title: string };

/** VALUE: a figure with its band; the others say why there is none. */
export type CellState = 'VALUE' | 'NOT_REPORTED' | 'NO_TARGET' | 'NO_DATA';

export type MatrixCell = {
  state: CellState;
  /** Attainment on the basis, the late-payment ratio, or the composite score. */
  value: number | null;
  band: StatusBand | null;
  /** The report date of a figure older than the latest report date (shown as "số liệu ngày dd/mm"). */
  staleDate: IsoDate | null;
  /** Rank among the provinces (a region row: among the regions). */
  rank: number | null;
  /** Composite only: metrics scored 0 for want of a report, and metrics scored on an old report. */
  missing: number;
  staleParts: number;
};

/** What a province contributes to its region's figures. */
type MetricSums = { reported: boolean; actual: number; target: number; targetToDate: number };
type LateSums = { overdue: number; receivable: number };

export type MatrixRow = {
  province: OverviewProvince;
  cells: Readonly<Record<string, MatrixCell>>;
  sums: { metrics: Readonly<Record<string, MetricSums>>; late: LateSums | null };
};

/** Thresholds of the bands and the composite's weights and cap: the plan settings the scores were computed with. */
export type MatrixSettings = BandThresholds & {
  latePaymentReference: number;
  compositeCap: number;
  weights: Readonly<Record<string, number>>;
};

/** The plan settings as the API sends them (weights as a list) in the shape the matrix reads. */
export function matrixSettings(settings: {
  onTrack: number;
  atRisk: number;
  latePaymentAtRisk: number;
  latePaymentReference: number;
  compositeCap: number;
  weights: readonly { metric: string; weight: number }[];
}): MatrixSettings {
  return {
    onTrack: settings.onTrack,
    atRisk: settings.atRisk,
    latePaymentAtRisk: settings.latePaymentAtRisk,
    latePaymentReference: settings.latePaymentReference,
    compositeCap: settings.compositeCap,
    weights: Object.fromEntries(settings.weights.map((w) => [w.metric, w.weight])),
  };
}

export type MatrixInput = {
  /** Every province, in code order. */
  provinces: readonly OverviewProvince[];
  metrics: readonly { key: string; rows: readonly OverviewAttainment[] }[];
  /**
   * Null when the late-payment figures are not to hand: the column says "no data". `reference` is the ratio the
   * bands compare with (the answer's bandReference, as on the late-payment page).
   */
  latePayment: { provinces: readonly OverviewLatePaymentProvince[] } | null;
  composite: readonly OverviewCompositeRow[] | null;
  settings: MatrixSettings;
};

const EMPTY: Omit<MatrixCell, 'state'> = {
  value: null,
  band: null,
  staleDate: null,
  rank: null,
  missing: 0,
  staleParts: 0,
};

function cell(state: CellState, fields: Partial<MatrixCell> = {}): MatrixCell {
  return { ...EMPTY, ...fields, state };
}

function metricCell(row: OverviewAttainment | undefined): MatrixCell {
  if (!row) return cell('NO_DATA');
  switch (row.status) {
    case 'NOT_REPORTED':
      return cell('NOT_REPORTED');
    case 'NO_TARGET':
      return cell('NO_TARGET');
    case 'REPORTED':
      return row.figure === null
        ? cell('NO_DATA')
        : cell('VALUE', {
            value: row.figure,
            band: row.band,
            rank: row.rank,
            staleDate: row.stale ? row.reportDate : null,
          });
  }
}

/** A province's late payment as the server bands it (the plan's threshold): the overview recomputes no band. */
function lateCell(row: OverviewLatePaymentProvince | undefined): MatrixCell {
  if (!row || row.ratio === null) return cell('NO_DATA');
  return cell('VALUE', { value: row.ratio, band: row.band, rank: row.rank });
}

function compositeCell(row: OverviewCompositeRow | undefined): MatrixCell {
  if (!row || row.score === null) return cell('NO_DATA');
  return cell('VALUE', {
    value: row.score,
    band: row.band,
    rank: row.rank,
    missing: row.missing.length,
    staleParts: row.stale.length,
  });
}

/** One row per province (code order), its cells keyed by column. */
export function buildMatrixRows(input: MatrixInput): MatrixRow[] {
  const byMetric = input.metrics.map(({ key, rows }) => ({
    key,
    rows: new Map(rows.map((row) => [row.province.code, row])),
  }));
  const late = input.latePayment ? new Map(input.latePayment.provinces.map((row) => [row.province.code, row])) : null;
  const composite = input.composite ? new Map(input.composite.map((row) => [row.province.code, row])) : null;

  return input.provinces.map((province) => {
    const cells: Record<string, MatrixCell> = {};
    const metrics: Record<string, MetricSums> = {};
    for (const { key, rows } of byMetric) {
      const row = rows.get(province.code);
      cells[key] = metricCell(row);
      metrics[key] = {
        reported: row?.status === 'REPORTED',
        actual: row?.status === 'REPORTED' ? (row.actual ?? 0) : 0,
        target: row?.target ?? 0,
        targetToDate: row?.targetToDate ?? 0,
      };
    }
    const lateRow = late?.get(province.code);
    cells[LATE_PAYMENT_COLUMN] = lateCell(lateRow);
    cells[COMPOSITE_COLUMN] = compositeCell(composite?.get(province.code));
    return {
      province,
      cells,
      sums: {
        metrics,
        late: lateRow ? { overdue: lateRow.overdue, receivable: lateRow.receivable } : null,
      },
    };
  });
}

export type RegionSummary = {
  region: string;
  /** The region's name in the page's language. */
  regionName: string;
  provinces: number;
  /** Each column's figure for the region as a whole, its band and its rank among the regions. */
  cells: Readonly<Record<string, MatrixCell>>;
};

export type RegionContext = {
  basis: RankBasis;
  /** The reference of each metric on the basis (1, or the time elapsed): the same for every province. */
  references: Readonly<Record<string, number>>;
  /** The late-payment ratio the bands compare with; null without late-payment figures. */
  latePaymentReference: number | null;
  settings: MatrixSettings;
};

/**
 * Each region's figures, computed as the national figure is (docs/domain.md): the sum of the actuals of its provinces
 * that reported over the sum of their targets on the basis (to date, or the period plan); late payment as the sum
 * of the overdue over the sum of the receivable; the composite as the composite formula on the region's attainments
 * to date. Regions in order of their first province; ranks are competition ranks (1, 2, 2, 4) among the regions.
 */
export function regionSummaries(
  rows: readonly MatrixRow[],
  columns: readonly MatrixColumn[],
  context: RegionContext,
): RegionSummary[] {
  const regions = new Map<string, MatrixRow[]>();
  for (const row of rows) {
    const list = regions.get(row.province.region);
    if (list) list.push(row);
    else regions.set(row.province.region, [row]);
  }
  const metricColumns = columns.filter((column) => column.kind === 'metric');
  const summaries = [...regions].map(([region, members]) => {
    const cells: Record<string, MatrixCell> = {};
    const toDate: CompositeInput[] = [];
    for (const column of metricColumns) {
      const sum = sumMetric(members, column.key);
      const denominator = context.basis === 'TO_DATE' ? sum.targetToDate : sum.target;
      const reference = context.references[column.key] ?? 1;
      if (sum.target <= 0) cells[column.key] = cell('NO_TARGET');
      else if (sum.reported === 0 || denominator <= 0) cells[column.key] = cell('NOT_REPORTED');
      else {
        const value = sum.actual / denominator;
        cells[column.key] = cell('VALUE', {
          value,
          band: reference > 0 ? bandOfRatio(value / reference, context.settings) : null,
        });
      }
      toDate.push({
        metric: column.key,
        hasTarget: sum.target > 0,
        value: sum.reported > 0 && sum.targetToDate > 0 ? sum.actual / sum.targetToDate : null,
      });
    }
    const lateRatio = regionLateRatio(members);
    const lateReference = context.latePaymentReference;
    cells[LATE_PAYMENT_COLUMN] =
      lateRatio === null
        ? cell('NO_DATA')
        : cell('VALUE', {
            value: lateRatio,
            band: lateReference === null ? null : latePaymentBand(lateRatio, lateReference, context.settings),
          });
    if ((context.settings.weights[LATE_PAYMENT_PART] ?? 0) > 0)
      toDate.push({ metric: LATE_PAYMENT_PART, hasTarget: lateRatio !== null, value: lateRatio });
    const score = compositeScore(toDate, {
      weights: context.settings.weights,
      cap: context.settings.compositeCap,
      latePaymentReference: context.settings.latePaymentReference,
    }).score;
    cells[COMPOSITE_COLUMN] =
      score === null ? cell('NO_DATA') : cell('VALUE', { value: score, band: bandOfRatio(score, context.settings) });
    return { region, regionName: regionName(members[0]!.province), provinces: members.length, cells };
  });

  for (const column of columns) {
    const ranks = competitionRanks(
      summaries.map((summary) => summary.cells[column.key]?.value ?? null),
      column.kind === 'latePayment' ? 'LOWER_FIRST' : 'HIGHER_FIRST',
    );
    summaries.forEach((summary, index) => {
      const current = summary.cells[column.key];
      if (current)
        (summary.cells as Record<string, MatrixCell>)[column.key] = { ...current, rank: ranks[index] ?? null };
    });
  }
  return summaries;
}

function sumMetric(rows: readonly MatrixRow[], key: string) {
  let actual = 0;
  let target = 0;
  let targetToDate = 0;
  let reported = 0;
  for (const row of rows) {
    const sums = row.sums.metrics[key];
    // A province without a target adds nothing, as in the national figure.
    if (!sums || sums.target <= 0) continue;
    target += sums.target;
    targetToDate += sums.targetToDate;
    if (sums.reported) {
      actual += sums.actual;
      reported += 1;
    }
  }
  return { actual, target, targetToDate, reported };
}

function regionLateRatio(rows: readonly MatrixRow[]): number | null {
  let overdue = 0;
  let receivable = 0;
  for (const row of rows) {
    if (!row.sums.late) continue;
    overdue += row.sums.late.overdue;
    receivable += row.sums.late.receivable;
  }
  return receivable > 0 ? overdue / receivable : null;
}

export type SortKey = 'province' | 'region' | (string & {});
export type SortDirection = 'ascending' | 'descending';
export type SortState = { key: SortKey; direction: SortDirection };

const collator = new Intl.Collator('vi', { sensitivity: 'base' });

/** The first click on a header sorts best first: highest attainment and score, lowest late payment, names A–Z. */
export function firstDirection(key: SortKey): SortDirection {
  if (key === 'province' || key === 'region' || key === LATE_PAYMENT_COLUMN) return 'ascending';
  return 'descending';
}

export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key !== key) return { key, direction: firstDirection(key) };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** Sorted by the column; provinces without a figure last whichever the direction; ties by province code. */
export function sortRows(rows: readonly MatrixRow[], sort: SortState): MatrixRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byCode = (a: MatrixRow, b: MatrixRow) => a.province.code.localeCompare(b.province.code);
  return [...rows].sort((a, b) => {
    if (sort.key === 'province') return sign * collator.compare(a.province.nameVi, b.province.nameVi) || byCode(a, b);
    if (sort.key === 'region')
      return (
        sign * collator.compare(a.province.region, b.province.region) ||
        collator.compare(a.province.nameVi, b.province.nameVi)
      );
    return compareValues(a.cells[sort.key]?.value ?? null, b.cells[sort.key]?.value ?? null, sign) || byCode(a, b);
  });
}

function compareValues(a: number | null, b: number | null, sign: number): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return sign * (a - b);
}

export type RegionGroup = { summary: RegionSummary; rows: MatrixRow[] };

/**
 * The rows (already sorted and filtered) under their region. Sorted by a figure, the regions follow their own figure
 * in the same direction; sorted by name or region, they follow the region's name; regions with no row are left out.
 */
export function groupByRegion(
  rows: readonly MatrixRow[],
  summaries: readonly RegionSummary[],
  sort: SortState,
): RegionGroup[] {
  const groups = summaries
    .map((summary) => ({ summary, rows: rows.filter((row) => row.province.region === summary.region) }))
    .filter((group) => group.rows.length > 0);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (sort.key === 'province') return groups;
  if (sort.key === 'region') return groups.sort((a, b) => sign * collator.compare(a.summary.region, b.summary.region));
  return groups.sort((a, b) =>
    compareValues(a.summary.cells[sort.key]?.value ?? null, b.summary.cells[sort.key]?.value ?? null, sign),
  );
}
