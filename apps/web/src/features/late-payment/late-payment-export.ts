// The late-payment page's tables as files: amounts in đồng (the page rounds them to triệu or tỷ đồng), the ratio as
// a ratio, the provinces in the page's rank order (the 63, or the 34 with the provinces each was formed from), the
// employers the page has loaded.
import type { ArrearsBucketFigure } from '../../api/fields';
import type { ArrearsBucket } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import type { EmployerArrears, LatePayment, ProvinceLatePayment } from './late-payment.queries';
import type { ExportColumn, ExportTable, ExportValue } from '../../export/export-table';
import { formatDate, formatInteger } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { textExport } from '../../i18n/vi-export';
import { textUnitSets } from '../../i18n/vi-unit-sets';
import { BUCKET_ORDER, bucketLabel } from './buckets';
import { isSummed, ledgerProvincesOf, type LedgerProvince } from './ledger-provinces';

const c = textExport.columns;
const inVnd = (header: string) => c.withUnit(header, c.vnd);

function ledgerSource(data: LatePayment): string {
  return textExport.source.ledger(formatDate(data.ledgerFrom), formatDate(data.ledgerTo), formatDate(data.asOf));
}

/**
 * The provinces' ratios as the table lists them, with the national figures as a total row under them. On the 34,
 * each unit also names the provinces it sums, and the notes say how the figures were made.
 */
export function toLatePaymentExport(data: LatePayment): ExportTable {
  const t = text.latePayment.table;
  const units = textUnitSets.field;
  const summed = isSummed(data);
  const formedFrom = (row: ProvinceLatePayment): ExportValue[] =>
    summed
      ? [
          ledgerProvincesOf(row, data)
            .map((p) => textUnitSets.predecessors.item(p.nameVi, p.code))
            .join('; '),
        ]
      : [];
  const buckets: ExportColumn[] = BUCKET_ORDER.map((bucket) => ({
    header: inVnd(bucketLabel(data.national.buckets, bucket)),
    kind: 'amount',
  }));
  const bucketAmounts = (figures: readonly ArrearsBucketFigure[]): ExportValue[] =>
    BUCKET_ORDER.map((bucket) => figures.find((figure) => figure.bucket === bucket)?.amount ?? null);
  const national = data.national;
  return {
    fileStem: summed ? 'cham-dong-34-tinh' : 'cham-dong',
    sheetName: textExport.latePayment.sheet,
    title: summed ? `${textExport.latePayment.title} — ${units.options[data.unitSet]}` : textExport.latePayment.title,
    plan: null,
    asOf: data.asOf,
    source: ledgerSource(data),
    synthetic: data.synthetic,
    columns: [
      { header: t.rank, kind: 'integer' },
      { header: c.rankChange, kind: 'integer' },
      { header: c.provinceCode, kind: 'text' },
      { header: t.province, kind: 'text' },
      ...(summed ? [{ header: textUnitSets.latePayment.predecessorsColumn, kind: 'text' } as const] : []),
      { header: inVnd(t.receivable), kind: 'amount' },
      { header: inVnd(t.overdue), kind: 'amount' },
      { header: t.ratio, kind: 'percent', fractionDigits: 2 },
      { header: t.employersInArrears, kind: 'integer' },
      { header: c.employers, kind: 'integer' },
      ...buckets,
    ],
    rows: data.provinces.map((row: ProvinceLatePayment) => [
      row.rank,
      row.rank === null ? null : row.rankChange,
      row.province.code,
      row.province.nameVi,
      ...formedFrom(row),
      row.receivable,
      row.overdue,
      row.ratio,
      row.employersInArrears,
      row.employers,
      ...bucketAmounts(row.buckets),
    ]),
    totals: {
      placement: 'after',
      rows: [
        [
          null,
          null,
          null,
          textExport.latePayment.national,
          ...(summed ? [null] : []),
          national.receivable,
          national.overdue,
          national.ratio,
          national.employersInArrears,
          national.employers,
          ...bucketAmounts(national.buckets),
        ],
      ],
    },
    notes: [
      textExport.latePayment.rankNote,
      textUnitSets.rankedAmong(formatInteger(data.provinces.length)),
      ...(summed ? [`${units.options[data.unitSet]}: ${units.summedNote}`] : []),
    ],
    frozenColumns: 4,
  };
}

export type EmployersExportInput = {
  data: LatePayment;
  /** A province of the ledger: the employer lists are per province of the 63, on either unit set. */
  province: LedgerProvince;
  /** On the 34, the unit the province was merged into: the file says the list is the province's only. */
  unitName?: string | null;
  asOf: IsoDate;
  bucket: ArrearsBucket | null;
  /** The rows the page shows: the pages loaded so far. */
  rows: readonly EmployerArrears[];
  totalCount: number;
};

/** A province's employers in arrears as the panel lists them: the loaded rows, under the chosen filter. */
export function toEmployersExport({
  data,
  province,
  unitName = null,
  asOf,
  bucket,
  rows,
  totalCount,
}: EmployersExportInput): ExportTable {
  const t = text.latePayment.arrears.columns;
  const labels = data.national.buckets;
  const bucketText = bucket === null ? text.latePayment.arrears.allBuckets : bucketLabel(labels, bucket);
  return {
    fileStem: `don-vi-cham-dong_${province.code}${bucket === null ? '' : `-${bucket.toLowerCase().replace(/_/g, '-')}`}`,
    sheetName: textExport.employers.sheet,
    title: textExport.employers.title(province.nameVi),
    plan: null,
    asOf,
    source: ledgerSource(data),
    synthetic: data.synthetic || rows.some((row) => row.employer.synthetic),
    columns: [
      { header: t.id, kind: 'text' },
      { header: t.name, kind: 'text' },
      { header: t.district, kind: 'text' },
      { header: t.ownership, kind: 'text' },
      { header: t.workers, kind: 'integer' },
      { header: inVnd(t.overdue), kind: 'amount' },
      { header: t.oldestMonth, kind: 'text' },
      { header: c.withUnit(t.age, c.month), kind: 'integer' },
      { header: t.bucket, kind: 'text' },
      { header: t.action, kind: 'text' },
    ],
    rows: rows.map((row) => [
      row.employer.id,
      row.employer.name,
      row.employer.district,
      row.employer.ownership,
      row.employer.workers,
      row.overdue,
      row.oldestOverdueMonth,
      row.ageMonths,
      bucketLabel(labels, row.bucket),
      row.actionVi,
    ]),
    notes: [
      textExport.employers.shown(formatInteger(rows.length), formatInteger(totalCount), bucketText),
      ...(unitName === null ? [] : [textUnitSets.latePayment.employersNote(province.nameVi, province.code, unitName)]),
    ],
    frozenColumns: 2,
  };
}
