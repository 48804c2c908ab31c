// The national reference points of the late-payment ratio (2,91% at the end of 2022, 3,37% after nine months
// of 2023): which one to put beside the figure of a date.
import type { LatePaymentReference } from '../../api/fields';
import type { IsoDate } from '../../api/scalars';

const DAY_MS = 86_400_000;

function dayNumber(date: IsoDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** The reference point nearest in time to the date; the earlier one on a tie; undefined when there is none. */
export function nearestReference(
  references: readonly LatePaymentReference[],
  asOf: IsoDate,
): LatePaymentReference | undefined {
  const day = dayNumber(asOf);
  let nearest: { reference: LatePaymentReference; distance: number } | undefined;
  for (const reference of references) {
    const distance = Math.abs(dayNumber(reference.asOf) - day);
    if (Number.isNaN(distance)) continue;
    const better =
      !nearest ||
      distance < nearest.distance ||
      (distance === nearest.distance && reference.asOf < nearest.reference.asOf);
    if (better) nearest = { reference, distance };
  }
  return nearest?.reference;
}
