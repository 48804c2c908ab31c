// The page's choices live in the URL (?asOf=…&units=…&province=…&bucket=…) so a link shows the same view. Without
// asOf the page shows the latest month of the ledger; without units, the ledger's own provinces.
import { isIsoDate } from '@scorecard/domain';
import type { ArrearsBucket, UnitSet } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import { UNITS_PARAM, resolveUnitSet, writeUnitSet } from '../../plan/unit-set-view';
import { isArrearsBucket } from './buckets';

/**
 * The contribution ledger's own unit set (LatePayment.ledgerUnitSet, and the API's default): the 63. It plays the
 * part a plan plays on the other pages: the page shows it unless the address asks for the 34 (units=34), each unit
 * then summing its predecessors.
 */
export const LEDGER_UNITS: { readonly unitSet: UnitSet } = { unitSet: 'VN63' };

export type LatePaymentParams = {
  /** Any day (the page offers the report dates); null: the latest month end the ledger covers. */
  asOf: IsoDate | null;
  /** The units the table, the chart and the export rank: the ledger's 63, or the 34. */
  unitSet: UnitSet;
  /**
   * The province whose employers in arrears are listed (two-digit code), or none: always one of the ledger's own
   * provinces, on either unit set, since the ledger lists employers per province of the 63.
   */
  province: string | null;
  /** Only the employers of this bucket; null: all. */
  bucket: ArrearsBucket | null;
};
export type LatePaymentParamName = 'asOf' | typeof UNITS_PARAM | 'province' | 'bucket';

export type ResolvedLatePaymentParams = {
  params: LatePaymentParams;
  /** Parameters present in the URL but not usable; they were ignored. */
  invalid: LatePaymentParamName[];
};

const PROVINCE_CODE = /^\d{2}$/;

export function resolveLatePaymentParams(search: string): ResolvedLatePaymentParams {
  const query = new URLSearchParams(search);
  const invalid: LatePaymentParamName[] = [];

  const asOfParam = query.get('asOf');
  const asOfOk = asOfParam !== null && isIsoDate(asOfParam);
  if (asOfParam !== null && !asOfOk) invalid.push('asOf');

  const units = resolveUnitSet(query, LEDGER_UNITS);
  if (units.invalid) invalid.push(UNITS_PARAM);

  const provinceParam = query.get('province');
  const provinceOk = provinceParam !== null && PROVINCE_CODE.test(provinceParam);
  if (provinceParam !== null && !provinceOk) invalid.push('province');

  const bucketParam = query.get('bucket');
  const bucketOk = isArrearsBucket(bucketParam);
  if (bucketParam !== null && !bucketOk) invalid.push('bucket');

  return {
    params: {
      asOf: asOfOk ? asOfParam : null,
      unitSet: units.unitSet,
      province: provinceOk ? provinceParam : null,
      bucket: bucketOk ? bucketParam : null,
    },
    invalid,
  };
}

/** The query string for the params, keeping any other parameters already in the URL; '' when there are none. */
export function toLatePaymentSearch(params: LatePaymentParams, currentSearch: string): string {
  const query = new URLSearchParams(currentSearch);
  for (const name of ['asOf', 'province', 'bucket'] as const) {
    const value = params[name];
    if (value === null) query.delete(name);
    else query.set(name, value);
  }
  writeUnitSet(query, params.unitSet, LEDGER_UNITS);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/**
 * Whose employers the page lists: the one in the URL, or for a provincial user always their own province (the
 * server refuses any other). `refused` is the other province a link asked for, which the page then says it cannot
 * show.
 */
export function employersProvince(
  requested: string | null,
  ownOnly: string | null,
): { province: string | null; refused: string | null } {
  if (ownOnly === null) return { province: requested, refused: null };
  return { province: ownOnly, refused: requested !== null && requested !== ownOnly ? requested : null };
}
