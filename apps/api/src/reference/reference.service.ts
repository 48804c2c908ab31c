import { Inject, Injectable } from '@nestjs/common';
import {
  createProvinceNameMatcher,
  formerUnitsOf,
  isProvinceCode,
  predecessorsOf,
  type Province,
  type ProvinceNameMatcher,
  type UnitCrosswalk,
  type UnitSet,
} from '@scorecard/domain';
import { ReferenceRepository, type MetricRecord } from '@scorecard/warehouse';
import { ScorecardError } from '../graphql/scorecard.errors';

// Reference lists change only with a new release of data/, so they are read once and kept.
@Injectable()
export class ReferenceService {
  private readonly provincesCache = new Map<UnitSet, Promise<Province[]>>();
  private readonly crosswalks = new Map<string, Promise<UnitCrosswalk>>();
  private metricsCache: Promise<MetricRecord[]> | undefined;
  private readonly matchers = new Map<UnitSet, Promise<ProvinceNameMatcher>>();

  constructor(@Inject(ReferenceRepository) private readonly repository: ReferenceRepository) {}

  /**
   * The units of a unit set (default: the 63 of 2004–June 2025), in code order; a unit of the 34 with its
   * predecessors among the 63.
   */
  provinces(unitSet: UnitSet = 'vn63-2004'): Promise<Province[]> {
    let units = this.provincesCache.get(unitSet);
    if (!units) {
      units = unitSet === 'vn63-2004' ? this.repository.provinces(unitSet) : this.withPredecessors(unitSet);
      units.catch(() => this.provincesCache.delete(unitSet));
      this.provincesCache.set(unitSet, units);
    }
    return units;
  }

  private async withPredecessors(unitSet: UnitSet): Promise<Province[]> {
    const [units, earlier, crosswalk] = await Promise.all([
      this.repository.provinces(unitSet),
      this.provinces('vn63-2004'),
      this.crosswalk('vn63-2004', unitSet),
    ]);
    const members = predecessorsOf(crosswalk);
    const byCode = new Map(earlier.map((province) => [province.code, province]));
    return units.map((unit) => ({
      ...unit,
      predecessors: (members.get(unit.code) ?? []).flatMap((code) => byCode.get(code) ?? []),
    }));
  }

  /** Reads names of `unitSet`; one of the 34 refuses a name of the 63 with the unit it became. */
  private matcher(unitSet: UnitSet): Promise<ProvinceNameMatcher> {
    let matcher = this.matchers.get(unitSet);
    if (!matcher) {
      matcher = (async () => {
        const units = await this.provinces(unitSet);
        if (unitSet === 'vn63-2004') return createProvinceNameMatcher(units);
        const formerUnits = formerUnitsOf(
          await this.provinces('vn63-2004'),
          units,
          await this.crosswalk('vn63-2004', unitSet),
        );
        return createProvinceNameMatcher(units, { formerUnits });
      })();
      this.matchers.set(unitSet, matcher);
    }
    return matcher;
  }

  /** Which unit of `to` each unit of `from` became. */
  crosswalk(from: UnitSet, to: UnitSet): Promise<UnitCrosswalk> {
    const key = `${from}>${to}`;
    let crosswalk = this.crosswalks.get(key);
    if (!crosswalk) this.crosswalks.set(key, (crosswalk = this.repository.crosswalk(from, to)));
    return crosswalk;
  }

  metrics(): Promise<MetricRecord[]> {
    this.metricsCache ??= this.repository.metrics();
    return this.metricsCache;
  }

  /**
   * A province of `unitSet` (default: the 63) by official code ("01") or by any name the importers accept ("Hà Nội",
   * "Ha Noi", "TP HCM").
   */
  async province(codeOrName: string, unitSet: UnitSet = 'vn63-2004'): Promise<Province> {
    const provinces = await this.provinces(unitSet);
    // Two digits are a code: one that is no province's is refused as a code, not matched as a name.
    const isCode = isProvinceCode(codeOrName);
    const byCode = isCode ? provinces.find((candidate) => candidate.code === codeOrName) : undefined;
    if (byCode) return byCode;
    const match = isCode ? { code: null, suggestions: [] } : (await this.matcher(unitSet)).match(codeOrName);
    const province = match.code === null ? undefined : provinces.find((candidate) => candidate.code === match.code);
    if (!province) {
      const code = codeOrName;
      const suggestions = match.code === null ? match.suggestions : [];
      const former = match.code === null ? match.former : undefined;
      if (former)
        throw new ScorecardError(
          'UNKNOWN_PROVINCE',
          `"${code}" is ${former.nameVi} (${former.code}), a unit of the 63 before 1 July 2025; on the 34 units it is part of ${former.successor.nameVi} (${former.successor.code}). Ask for ${former.successor.code}, or for the 63 units.`,
          `"${code}" là ${former.nameVi} (mã ${former.code}), đơn vị thuộc 63 tỉnh, thành phố trước ngày 01/7/2025; theo 34 tỉnh, thành phố đơn vị này thuộc ${former.successor.nameVi} (mã ${former.successor.code}). Hỏi theo mã ${former.successor.code}, hoặc theo 63 tỉnh, thành phố.`,
        );
      if (suggestions.length > 0)
        throw new ScorecardError(
          'UNKNOWN_PROVINCE',
          `No province "${code}". Did you mean ${suggestions.join(', ')}? Give a name as the plan tables write it or the two-digit code.`,
          `Không có tỉnh "${code}". Có phải ${suggestions.join(', ')}? Ghi tên như trong bảng kế hoạch hoặc mã hai chữ số.`,
        );
      const kind = isCode ? { en: 'with code', vi: 'mã' } : { en: 'named', vi: 'tên' };
      throw new ScorecardError(
        'UNKNOWN_PROVINCE',
        `No province ${kind.en} "${code}". Use a two-digit official code such as 01 (Hà Nội) or 79 (TP Hồ Chí Minh), or the province's name.`,
        `Không có tỉnh ${kind.vi} "${code}". Dùng mã chính thức hai chữ số, ví dụ 01 (Hà Nội) hoặc 79 (TP Hồ Chí Minh), hoặc tên tỉnh.`,
      );
    }
    return province;
  }

  /** The provinces named (codes or names) and in the regions named (Vietnamese or English), in code order. */
  async filterProvinces(
    names: readonly string[] | null,
    regions: readonly string[] | null,
    unitSet: UnitSet = 'vn63-2004',
  ): Promise<Province[]> {
    const provinces = await this.provinces(unitSet);
    const chosen = names
      ? new Set((await Promise.all(names.map((name) => this.province(name, unitSet)))).map((p) => p.code))
      : null;
    if (regions) {
      const known = new Set(provinces.flatMap((p) => [p.regionVi, p.regionEn]));
      const unknown = regions.filter((region) => !known.has(region));
      if (unknown.length > 0)
        throw new ScorecardError(
          'UNKNOWN_PROVINCE',
          `Unknown region ${unknown.map((r) => `"${r}"`).join(', ')}. Regions: ${[...new Set(provinces.map((p) => p.regionEn))].join(', ')}.`,
          `Không có vùng ${unknown.map((r) => `"${r}"`).join(', ')}. Các vùng: ${[...new Set(provinces.map((p) => p.regionVi))].join(', ')}.`,
        );
    }
    const inRegions = regions ? new Set(regions) : null;
    return provinces
      .filter((p) => chosen === null || chosen.has(p.code))
      .filter((p) => inRegions === null || inRegions.has(p.regionVi) || inRegions.has(p.regionEn))
      .sort((a, b) => a.code.localeCompare(b.code));
  }

  async metric(key: string): Promise<MetricRecord> {
    const metrics = await this.metrics();
    const metric = metrics.find((candidate) => candidate.key === key);
    if (!metric) {
      throw new ScorecardError(
        'UNKNOWN_METRIC',
        `Unknown metric "${key}". Use one of: ${metrics.map((m) => m.key).join(', ')}.`,
        `Không có chỉ tiêu "${key}". Dùng một trong các chỉ tiêu: ${metrics.map((m) => m.key).join(', ')}.`,
      );
    }
    return metric;
  }
}
