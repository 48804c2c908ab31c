import { readFileSync, statSync } from 'node:fs';
import { parseGeoJSON } from 'echarts/core';
import { describe, expect, it } from 'vitest';
// The script that makes the file under test: outside the web project, and only this spec imports it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { buildVietnam34Map } from '../../../../../../tools/map/build-vietnam-34-map.mjs';
import geoJson63 from './vietnam-63.geo.json';
import geoJson34 from './vietnam-34.geo.json';
import { ARCHIPELAGO_CODES, ARCHIPELAGO_NAMES } from './vietnam-map-names';

const FILE_63 = new URL('./vietnam-63.geo.json', import.meta.url);
const FILE_34 = new URL('./vietnam-34.geo.json', import.meta.url);
const CROSSWALK = readFileSync(new URL('../../../../../../data/reference/merge_2025.csv', import.meta.url), 'utf8');

type Feature = { properties: { code: string; name: string; cp?: number[] }; geometry: { coordinates: number[][][][] } };

/** The 34 units of merge_2025.csv in code order, each with its predecessors among the 63. */
function crosswalkUnits(): { code: string; name: string; predecessors: string[] }[] {
  const [header, ...rows] = CROSSWALK.trim().split(/\r?\n/);
  const columns = (header ?? '').split(',');
  const units = new Map<string, { code: string; name: string; predecessors: string[] }>();
  for (const row of rows) {
    const cells = row.split(',');
    const code = cells[columns.indexOf('new_code')] ?? '';
    const unit = units.get(code) ?? { code, name: cells[columns.indexOf('new_name_vi')] ?? '', predecessors: [] };
    unit.predecessors.push(cells[columns.indexOf('old_code')] ?? '');
    units.set(code, unit);
  }
  return [...units.values()].sort((a, b) => a.code.localeCompare(b.code));
}

const isArchipelago = (code: string) => (ARCHIPELAGO_CODES as readonly string[]).includes(code);
const features34 = geoJson34.features as Feature[];
const units34 = features34.filter((f) => !isArchipelago(f.properties.code));
const feature63 = (code: string) => (geoJson63.features as Feature[]).find((f) => f.properties.code === code)!;
const feature34 = (code: string) => features34.find((f) => f.properties.code === code)!;

// Planar, in square degrees: enough to compare shapes drawn from the same coordinates. Holes wind the other way
// (RFC 7946), so they count negative.
function ringArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const [x0 = NaN, y0 = NaN] = ring[i] ?? [];
    const [x1 = NaN, y1 = NaN] = ring[i + 1] ?? [];
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}
const area = (f: Feature) => f.geometry.coordinates.flat().reduce((sum, ring) => sum + ringArea(ring), 0);

/** Each edge of the feature's rings, the same key whichever way it runs, with its length. */
function edges(f: Feature): Map<string, number> {
  const result = new Map<string, number>();
  for (const ring of f.geometry.coordinates.flat()) {
    for (let i = 0; i + 1 < ring.length; i += 1) {
      const [a, b] = [String(ring[i]), String(ring[i + 1])].sort();
      const [x0 = NaN, y0 = NaN] = ring[i] ?? [];
      const [x1 = NaN, y1 = NaN] = ring[i + 1] ?? [];
      result.set(`${a};${b}`, Math.hypot(x1 - x0, y1 - y0));
    }
  }
  return result;
}
const perimeter = (f: Feature) => [...edges(f).values()].reduce((sum, length) => sum + length, 0);

describe('the map of the 34 units', () => {
  it('has one feature for each of the 34 units, with the code and name of merge_2025.csv, in code order', () => {
    const reference = crosswalkUnits().map(({ code, name }) => ({ code, name }));
    expect(reference).toHaveLength(34);
    expect(units34.map(({ properties: { code, name } }) => ({ code, name }))).toEqual(reference);
  });

  it('covers each unit with the area of its predecessors, nothing lost or doubled', () => {
    for (const unit of crosswalkUnits()) {
      const predecessors = unit.predecessors.reduce((sum, code) => sum + area(feature63(code)), 0);
      expect(Math.abs(area(feature34(unit.code)) - predecessors) / predecessors, unit.code).toBeLessThan(1e-4);
    }
  });

  it('gives a unit with a single predecessor its predecessor’s shape: Hà Nội is Hà Nội', () => {
    const hanoi = crosswalkUnits().find((u) => u.code === '01');
    expect(hanoi?.predecessors).toEqual(['01']);
    expect(area(feature34('01'))).toBeCloseTo(area(feature63('01')), 9);
    expect(perimeter(feature34('01'))).toBeCloseTo(perimeter(feature63('01')), 9);
  });

  it('removes the borders between a unit’s predecessors and leaves no sliver of them', () => {
    const merged = crosswalkUnits().filter((u) => u.predecessors.length > 1);
    expect(merged).toHaveLength(23);
    for (const unit of merged) {
      const seen = new Map<string, number>();
      const shared = new Map<string, number>();
      for (const code of unit.predecessors) {
        for (const [edge, length] of edges(feature63(code))) {
          if (seen.has(edge)) shared.set(edge, length);
          seen.set(edge, length);
        }
      }
      const sharedLength = [...shared.values()].reduce((sum, length) => sum + length, 0);
      expect(sharedLength, unit.code).toBeGreaterThan(0);
      const unitEdges = edges(feature34(unit.code));
      expect(
        [...shared.keys()].filter((edge) => unitEdges.has(edge)),
        unit.code,
      ).toEqual([]);
      const outline = unit.predecessors.reduce((sum, code) => sum + perimeter(feature63(code)), 0) - 2 * sharedLength;
      expect(perimeter(feature34(unit.code)), unit.code).toBeCloseTo(outline, 6);
      expect(
        feature34(unit.code).geometry.coordinates.filter((polygon) => polygon.length > 1),
        unit.code,
      ).toEqual([]);
    }
  });

  it('keeps Hoàng Sa and Trường Sa as the 63-unit map draws them, named with the unit that administers them', () => {
    const archipelagos = features34.filter((f) => isArchipelago(f.properties.code));
    expect(archipelagos).toEqual(ARCHIPELAGO_CODES.map((code) => feature63(code)));
    expect(archipelagos.map((f) => f.properties.name)).toEqual([ARCHIPELAGO_NAMES.HS, ARCHIPELAGO_NAMES.TS]);
    // The brackets name units of the 34 (Đà Nẵng took in Quảng Nam, Khánh Hòa took in Ninh Thuận).
    const names = new Set(units34.map((f) => f.properties.name));
    for (const f of archipelagos) expect(names).toContain(/\((.*)\)$/.exec(f.properties.name)?.[1]);
  });

  it('is the file tools/map/build-vietnam-34-map.mjs makes from the 63-unit map and the crosswalk', () => {
    const built = buildVietnam34Map(geoJson63, CROSSWALK);
    const shipped = readFileSync(FILE_34, 'utf8');
    expect(shipped === built, 'vietnam-34.geo.json is stale: run node tools/map/build-vietnam-34-map.mjs').toBe(true);
  });

  it('is smaller than the 63-unit map it is made from', () => {
    expect(statSync(FILE_34).size).toBeLessThan(statSync(FILE_63).size);
  });

  it('parses in ECharts into one region per feature', () => {
    const regions = parseGeoJSON(geoJson34 as Parameters<typeof parseGeoJSON>[0], 'code');
    expect(regions.map((r) => r.name)).toEqual(features34.map((f) => f.properties.code));
  });
});

describe('build-vietnam-34-map', () => {
  it('fails when a unit of the crosswalk has no shape on the 63-unit map', () => {
    const withoutHanoi = { features: geoJson63.features.filter((f) => f.properties.code !== '01') };
    expect(() => buildVietnam34Map(withoutHanoi, CROSSWALK)).toThrow(/no feature for 01 of merge_2025.csv/);
  });

  it('fails when a shape of the 63-unit map has no successor in the crosswalk', () => {
    const withoutHaGiang = CROSSWALK.split('\n')
      .filter((line) => !line.startsWith('02,'))
      .join('\n');
    expect(() => buildVietnam34Map(geoJson63, withoutHaGiang)).toThrow(/no successor for 02 of vietnam-63/);
  });
});
