import type { MetricDefinition, Province, UnitCrosswalk, UnitSet } from '@scorecard/domain';
import { insertColumns } from '../connection/bulk-insert';
import type { WarehouseDatabase } from '../connection/warehouse-database';
import provincesSql from '../queries/provinces.sql?raw';
import metricsSql from '../queries/metrics.sql?raw';

/** A metric as stored: the catalogue entry without the header keywords the table readers use. */
// The English short label is not stored: the API takes it from the catalogue (data/reference/metrics.json).
export type MetricRecord = Omit<MetricDefinition, 'headerKeywords' | 'shortLabelEn'>;

type ProvinceRow = {
  code: string;
  name_vi: string;
  name_en: string;
  type: string;
  region_vi: string;
  region_en: string;
};
type MetricRow = {
  key: string;
  label_vi: string;
  short_label_vi: string;
  label_en: string;
  unit: string;
  unit_vi: string;
  higher_is_better: boolean;
  appendix: string;
  block: number;
};

export class ReferenceRepository {
  constructor(private readonly db: WarehouseDatabase) {}

  async provinces(unitSet: UnitSet = 'vn63-2004'): Promise<Province[]> {
    const rows = await this.db.all<ProvinceRow>(provincesSql, { unitSet });
    return rows.map((row) => ({
      code: row.code,
      nameVi: row.name_vi,
      nameEn: row.name_en,
      type: row.type,
      regionVi: row.region_vi,
      regionEn: row.region_en,
      unitSet,
    }));
  }

  async metrics(): Promise<MetricRecord[]> {
    const rows = await this.db.all<MetricRow>(metricsSql);
    return rows.map((row) => ({
      key: row.key,
      labelVi: row.label_vi,
      shortLabelVi: row.short_label_vi,
      labelEn: row.label_en,
      unit: row.unit,
      unitVi: row.unit_vi,
      higherIsBetter: row.higher_is_better,
      appendix: row.appendix,
      block: Number(row.block),
    }));
  }

  /**
   * Loads a later unit set and its crosswalk from the 63 units once, in one transaction; a database that has the
   * set is left alone. Works on a database created before the set existed.
   */
  async loadUnitSetIfEmpty(units: readonly Province[], crosswalk: UnitCrosswalk): Promise<boolean> {
    return this.db.transaction(async (connection) => {
      const count = (
        await connection.runAndReadAll('SELECT count(*) FROM province WHERE unit_set = $unitSet', {
          unitSet: crosswalk.to,
        })
      ).getRowsJS()[0]?.[0];
      if (Number(count) > 0) return false;
      await insertColumns(connection, 'province', [
        { name: 'unit_set', type: 'VARCHAR', values: units.map(() => crosswalk.to) },
        { name: 'code', type: 'VARCHAR', values: units.map((p) => p.code) },
        { name: 'name_vi', type: 'VARCHAR', values: units.map((p) => p.nameVi) },
        { name: 'name_en', type: 'VARCHAR', values: units.map((p) => p.nameEn) },
        { name: 'type', type: 'VARCHAR', values: units.map((p) => p.type) },
        { name: 'region_vi', type: 'VARCHAR', values: units.map((p) => p.regionVi) },
        { name: 'region_en', type: 'VARCHAR', values: units.map((p) => p.regionEn) },
      ]);
      const pairs = [...crosswalk.successor];
      await insertColumns(connection, 'unit_crosswalk', [
        { name: 'from_set', type: 'VARCHAR', values: pairs.map(() => crosswalk.from) },
        { name: 'from_code', type: 'VARCHAR', values: pairs.map(([from]) => from) },
        { name: 'to_set', type: 'VARCHAR', values: pairs.map(() => crosswalk.to) },
        { name: 'to_code', type: 'VARCHAR', values: pairs.map(([, to]) => to) },
      ]);
      return true;
    });
  }

  /** The crosswalk from one unit set to another as stored. */
  async crosswalk(from: UnitSet, to: UnitSet): Promise<UnitCrosswalk> {
    const rows = await this.db.all<{ from_code: string; to_code: string }>(
      'SELECT from_code, to_code FROM unit_crosswalk WHERE from_set = $from AND to_set = $to ORDER BY from_code',
      { from, to },
    );
    return { from, to, successor: new Map(rows.map((row) => [row.from_code, row.to_code])) };
  }

  /** Loads the reference lists once, in one transaction; a database that has them is left alone. */
  async loadIfEmpty(
    unitSet: UnitSet,
    provinces: readonly Province[],
    metrics: readonly MetricDefinition[],
  ): Promise<boolean> {
    return this.db.transaction(async (connection) => {
      const count = (
        await connection.runAndReadAll('SELECT count(*) FROM province WHERE unit_set = $unitSet', { unitSet })
      ).getRowsJS()[0]?.[0];
      if (Number(count) > 0) return false;
      await insertColumns(connection, 'province', [
        { name: 'unit_set', type: 'VARCHAR', values: provinces.map(() => unitSet) },
        { name: 'code', type: 'VARCHAR', values: provinces.map((p) => p.code) },
        { name: 'name_vi', type: 'VARCHAR', values: provinces.map((p) => p.nameVi) },
        { name: 'name_en', type: 'VARCHAR', values: provinces.map((p) => p.nameEn) },
        { name: 'type', type: 'VARCHAR', values: provinces.map((p) => p.type) },
        { name: 'region_vi', type: 'VARCHAR', values: provinces.map((p) => p.regionVi) },
        { name: 'region_en', type: 'VARCHAR', values: provinces.map((p) => p.regionEn) },
      ]);
      await insertColumns(connection, 'metric', [
        { name: 'key', type: 'VARCHAR', values: metrics.map((m) => m.key) },
        { name: 'label_vi', type: 'VARCHAR', values: metrics.map((m) => m.labelVi) },
        { name: 'short_label_vi', type: 'VARCHAR', values: metrics.map((m) => m.shortLabelVi) },
        { name: 'label_en', type: 'VARCHAR', values: metrics.map((m) => m.labelEn) },
        { name: 'unit', type: 'VARCHAR', values: metrics.map((m) => m.unit) },
        { name: 'unit_vi', type: 'VARCHAR', values: metrics.map((m) => m.unitVi) },
        { name: 'higher_is_better', type: 'BOOLEAN', values: metrics.map((m) => m.higherIsBetter) },
        { name: 'appendix', type: 'VARCHAR', values: metrics.map((m) => m.appendix) },
        { name: 'block', type: 'INTEGER', values: metrics.map((m) => m.block) },
      ]);
      return true;
    });
  }
}
