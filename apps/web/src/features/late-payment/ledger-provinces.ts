// The ledger's provinces behind the rows. The contribution ledger (sổ thu) keeps its employers per province of its
// own set, the 63; on the 34 each row sums several of them (LatePayment.unitSet), so whatever is per province of
// the ledger (the employers in arrears) is found through a unit's predecessors, one province at a time.
import type { LatePayment, ProvinceLatePayment } from './late-payment.queries';

/** One of the ledger's own provinces: the code the employer list is asked for. */
export type LedgerProvince = { code: string; nameVi: string };

type UnitSets = Pick<LatePayment, 'unitSet' | 'ledgerUnitSet'>;

/** The rows are units of another set than the ledger's (the 34): each is the sum of its predecessors. */
export function isSummed(data: UnitSets): boolean {
  return data.unitSet !== data.ledgerUnitSet;
}

/** The ledger provinces a row is made of: the row's own province, or on the 34 the unit's predecessors. */
export function ledgerProvincesOf(row: ProvinceLatePayment, data: UnitSets): LedgerProvince[] {
  const { code, nameVi, predecessors } = row.province;
  return isSummed(data) ? predecessors.map((p) => ({ code: p.code, nameVi: p.nameVi })) : [{ code, nameVi }];
}

/** Every province of the ledger, in code order, whichever set the rows are of. */
export function ledgerProvinces(data: UnitSets & Pick<LatePayment, 'provinces'>): LedgerProvince[] {
  return data.provinces.flatMap((row) => ledgerProvincesOf(row, data)).sort((a, b) => a.code.localeCompare(b.code));
}

/** The row a ledger province counts in: its own, or on the 34 the unit it was merged into; undefined when none. */
export function rowOfLedgerProvince(
  data: UnitSets & Pick<LatePayment, 'provinces'>,
  code: string | null,
): ProvinceLatePayment | undefined {
  if (code === null) return undefined;
  return data.provinces.find((row) => ledgerProvincesOf(row, data).some((p) => p.code === code));
}

/**
 * A unit of the 34 that is more than one province of the ledger, or another: its employer list is not its own.
 * A unit that kept its boundaries and its code (Hà Nội) has the one list, the same on both sets.
 */
export function isMergedUnit(row: ProvinceLatePayment, data: UnitSets): boolean {
  const provinces = ledgerProvincesOf(row, data);
  return isSummed(data) && (provinces.length !== 1 || provinces[0]?.code !== row.province.code);
}

/**
 * The ledger province whose employers a row's button lists: the one already open when the row holds it, else the
 * first of the row's the viewer may see (`employersOf`: a provincial user's own, null for every one); null when the
 * viewer may see none of them.
 */
export function employersProvinceForRow(
  row: ProvinceLatePayment,
  data: UnitSets,
  current: string | null,
  employersOf: string | null,
): string | null {
  const allowed = ledgerProvincesOf(row, data).filter((p) => employersOf === null || p.code === employersOf);
  return (allowed.find((p) => p.code === current) ?? allowed[0])?.code ?? null;
}
