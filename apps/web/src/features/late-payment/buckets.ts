// The three arrears-age buckets as the page shows them: one order, one colour and one style per bucket. Their
// labels and actions come from the API (libs/domain decides them), so they are never spelt twice.
import { bucketName } from '../../i18n/server-text';
import type { ArrearsBucketFigure } from '../../api/fields';
import type { ArrearsBucket } from '../../api/generated/graphql';
import { formatInteger } from '../../i18n/format';
import { text } from '../../i18n/vi';

/** Youngest arrears first: the order of the action ladder, the stacked bars and the filter. */
export const BUCKET_ORDER: readonly ArrearsBucket[] = ['UNDER_1_MONTH', 'FROM_1_TO_3_MONTHS', 'FROM_3_MONTHS'];

/** Amber → orange → red as the action escalates (styles/app.css .bucket--* use the same). */
export const BUCKET_COLOURS: Readonly<Record<ArrearsBucket, string>> = {
  UNDER_1_MONTH: '#f59f00',
  FROM_1_TO_3_MONTHS: '#e8590c',
  FROM_3_MONTHS: '#b02525',
};

/** The CSS modifier of a bucket: badge bucket--from-3-months. */
export const BUCKET_CLASS: Readonly<Record<ArrearsBucket, string>> = {
  UNDER_1_MONTH: 'bucket--under-1-month',
  FROM_1_TO_3_MONTHS: 'bucket--from-1-to-3-months',
  FROM_3_MONTHS: 'bucket--from-3-months',
};

export function isArrearsBucket(value: string | null | undefined): value is ArrearsBucket {
  return BUCKET_ORDER.some((bucket) => bucket === value);
}

/** The figure of each bucket in ladder order; undefined where the API sent none (shown as missing, not zero). */
export function figuresInOrder(
  figures: readonly ArrearsBucketFigure[],
): Array<{ bucket: ArrearsBucket; figure: ArrearsBucketFigure | undefined }> {
  return BUCKET_ORDER.map((bucket) => ({ bucket, figure: figures.find((f) => f.bucket === bucket) }));
}

/** The Vietnamese label of a bucket as the API gives it; the key itself if no figure carries it. */
export function bucketLabel(figures: readonly ArrearsBucketFigure[], bucket: ArrearsBucket): string {
  const figure = figures.find((f) => f.bucket === bucket);
  return figure ? bucketName(figure) : bucket;
}

/** An employer's arrears age: "dưới 1 tháng" for age 0 (overdue this month), else "4 tháng". */
export function formatArrearsAge(ageMonths: number): string {
  const t = text.latePayment.arrears;
  return ageMonths < 1 ? t.underOneMonth : t.ageMonths(formatInteger(ageMonths));
}
