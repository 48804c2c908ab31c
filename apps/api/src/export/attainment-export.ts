import type { RankBasis } from '@scorecard/domain';
import type { ProvinceAttainmentRow } from '../attainment/attainment.service';
import type { ExportColumn, ExportTable, ExportValue } from './export-table';

type Field = { name: string; type: ExportColumn['type']; value: (row: ProvinceAttainmentRow) => ExportValue };

// The columns of the attainment dataset: one row per metric and province, the same figures as the GraphQL field
// `attainment` (docs/domain.md for their definitions), in snake_case as analysts' tools expect.
const FIELDS: readonly Field[] = [
  { name: 'as_of', type: 'DATE', value: (r) => r.asOf },
  { name: 'basis', type: 'VARCHAR', value: (r) => r.basis },
  { name: 'metric', type: 'VARCHAR', value: (r) => r.metric },
  { name: 'unit_set', type: 'VARCHAR', value: (r) => r.unitSet },
  { name: 'province_code', type: 'VARCHAR', value: (r) => r.province.code },
  { name: 'province_name', type: 'VARCHAR', value: (r) => r.province.nameVi },
  { name: 'region', type: 'VARCHAR', value: (r) => r.province.regionVi },
  { name: 'status', type: 'VARCHAR', value: (r) => r.status },
  { name: 'rank', type: 'INTEGER', value: (r) => r.rank },
  // "Rank 5 of 34": how many units the rank is among.
  { name: 'unit_count', type: 'INTEGER', value: (r) => r.unitCount },
  { name: 'figure', type: 'DOUBLE', value: (r) => r.figure },
  { name: 'reference', type: 'DOUBLE', value: (r) => r.reference },
  { name: 'band', type: 'VARCHAR', value: (r) => r.band },
  { name: 'stale', type: 'BOOLEAN', value: (r) => r.stale },
  { name: 'report_date', type: 'DATE', value: (r) => r.actualSource?.reportDate ?? null },
  { name: 'actual', type: 'DOUBLE', value: (r) => r.actual },
  { name: 'target', type: 'DOUBLE', value: (r) => r.target },
  { name: 'target_to_date', type: 'DOUBLE', value: (r) => r.targetToDate },
  { name: 'attainment_to_date', type: 'DOUBLE', value: (r) => r.attainmentToDate },
  { name: 'attainment_of_period', type: 'DOUBLE', value: (r) => r.attainmentOfPeriod },
  { name: 'synthetic', type: 'BOOLEAN', value: (r) => r.actualSource?.synthetic ?? false },
];

/** Every metric × province at one date on one basis, metric by metric in catalogue order, provinces by code. */
export function attainmentTable(plan: string, basis: RankBasis, rows: readonly ProvinceAttainmentRow[]): ExportTable {
  return {
    dataset: 'attainment',
    columns: [
      { name: 'plan_id', type: 'VARCHAR', values: rows.map(() => plan) },
      ...FIELDS.map((field) => ({ name: field.name, type: field.type, values: rows.map(field.value) })),
    ],
  };
}
