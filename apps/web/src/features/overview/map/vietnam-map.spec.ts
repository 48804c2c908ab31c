import { readFileSync, statSync } from 'node:fs';
import { MapChart } from 'echarts/charts';
import { getMap, parseGeoJSON, registerMap, use } from 'echarts/core';
import { describe, expect, it, vi } from 'vitest';
import geoJson from './vietnam-63.geo.json';
import geoJson34 from './vietnam-34.geo.json';
import { ARCHIPELAGO_CODES, ARCHIPELAGO_NAMES, registerVietnamMap, VIETNAM_MAPS } from './vietnam-map';
import { ARCHIPELAGO_LABEL_PLACES } from './vietnam-map-names';

const GEOJSON_FILE = new URL('./vietnam-63.geo.json', import.meta.url);
// The shipped file must stay small: it is downloaded with the overview page.
const MAX_BYTES = 100_000;

function referenceProvinces(): { code: string; name: string }[] {
  const [header, ...rows] = readFileSync(
    new URL('../../../../../../data/reference/provinces63.csv', import.meta.url),
    'utf8',
  )
    .trim()
    .split(/\r?\n/);
  const columns = (header ?? '').split(',');
  return rows.map((row) => {
    const cells = row.split(',');
    return { code: cells[columns.indexOf('code')] ?? '', name: cells[columns.indexOf('name_vi')] ?? '' };
  });
}

const features = geoJson.features;
const mapFeatures = features.map(({ properties: { code, name } }) => ({ code, name }));
const provinceFeatures = features.filter((f) => !(ARCHIPELAGO_CODES as readonly string[]).includes(f.properties.code));
const rings = features.flatMap((f) => f.geometry.coordinates.flat().map((ring) => ({ code: f.properties.code, ring })));

describe('the Vietnam map', () => {
  it('has one feature for each of the 63 provinces, with the code and name of the reference list', () => {
    const reference = referenceProvinces();
    expect(reference).toHaveLength(63);
    const shipped = provinceFeatures.map(({ properties: { code, name } }) => ({ code, name }));
    expect(shipped).toEqual(reference);
    expect(new Set(shipped.map((p) => p.code)).size).toBe(63);
  });

  it('draws Hoàng Sa and Trường Sa as features of their own, named with the province that administers them', () => {
    const archipelagos = mapFeatures.filter((f) => f.code === 'HS' || f.code === 'TS');
    // The page names them without loading the geometry: the same names.
    expect(archipelagos.map((f) => f.name)).toEqual([ARCHIPELAGO_NAMES.HS, ARCHIPELAGO_NAMES.TS]);
    expect(archipelagos).toEqual([
      { code: 'HS', name: 'Quần đảo Hoàng Sa (Đà Nẵng)' },
      { code: 'TS', name: 'Quần đảo Trường Sa (Khánh Hòa)' },
    ]);
    expect(mapFeatures).toHaveLength(65);
  });

  it('places the archipelagos where they are', () => {
    const extent = (code: string) => {
      const points = features.filter((f) => f.properties.code === code).flatMap((f) => f.geometry.coordinates.flat(2));
      const lons = points.map(([lon = NaN]) => lon);
      const lats = points.map(([, lat = NaN]) => lat);
      return { west: Math.min(...lons), south: Math.min(...lats), east: Math.max(...lons), north: Math.max(...lats) };
    };
    // Hoàng Sa around 16.5°N 112°E; Trường Sa from Trường Sa Lớn (8.6°N 111.9°E) to Song Tử Tây (11.4°N 114.3°E).
    const hoangSa = extent('HS');
    expect(hoangSa.west).toBeGreaterThan(111);
    expect(hoangSa.east).toBeLessThan(113);
    expect(hoangSa.south).toBeGreaterThan(15.5);
    expect(hoangSa.north).toBeLessThan(17.2);
    const truongSa = extent('TS');
    expect(truongSa.west).toBeGreaterThan(111.5);
    expect(truongSa.east).toBeLessThan(115.5);
    expect(truongSa.south).toBeGreaterThan(7.5);
    expect(truongSa.north).toBeLessThan(11.7);
  });

  it('closes every ring with at least 4 positions', () => {
    const bad = rings.filter(({ ring }) => {
      const first = ring[0] ?? [];
      const last = ring[ring.length - 1] ?? [];
      return ring.length < 4 || first[0] !== last[0] || first[1] !== last[1];
    });
    expect(bad.map(({ code, ring }) => `${code}: ${ring.length} positions`)).toEqual([]);
  });

  it('keeps every position inside Vietnam’s bounding box, archipelagos included', () => {
    const outside = rings.flatMap(({ code, ring }) =>
      ring
        .filter(([lon = NaN, lat = NaN]) => !(lon >= 102 && lon <= 118 && lat >= 6 && lat <= 24))
        .map((point) => `${code} ${point.join(',')}`),
    );
    expect(outside).toEqual([]);
  });

  it(`stays under ${MAX_BYTES} bytes`, () => {
    expect(statSync(GEOJSON_FILE).size).toBeLessThan(MAX_BYTES);
  });

  it('parses in ECharts into one region per feature, with the archipelagos labelled at their middle', () => {
    const regions = parseGeoJSON(geoJson as Parameters<typeof parseGeoJSON>[0], 'code');
    expect(regions.map((r) => r.name)).toEqual(mapFeatures.map((f) => f.code));
    for (const code of ARCHIPELAGO_CODES) {
      const cp = features.find((f) => f.properties.code === code)?.properties.cp;
      expect(regions.find((r) => r.name === code)?.getCenter()).toEqual(cp);
    }
  });

  it('registers each unit set’s map with ECharts under its own name, once, however often it is asked to', async () => {
    use([MapChart]);
    const echarts = { registerMap: vi.fn(registerMap), getMap };
    await Promise.all([registerVietnamMap(echarts, 'vn63-2004'), registerVietnamMap(echarts, 'vn63-2004')]);
    await registerVietnamMap(echarts, 'vn63-2004');
    await registerVietnamMap(echarts, 'vn34-2025');
    expect(echarts.registerMap.mock.calls.map(([name]) => name)).toEqual(['vietnam-63', 'vietnam-34']);
    expect(getMap(VIETNAM_MAPS['vn63-2004'])?.geoJSON).toBe(geoJson);
    expect(getMap(VIETNAM_MAPS['vn34-2025'])?.geoJSON).toBe(geoJson34);
  });

  it('says so when ECharts has no map support to register the map with', async () => {
    const withoutMaps = { registerMap: vi.fn(), getMap: () => undefined };
    await expect(registerVietnamMap(withoutMaps, 'vn34-2025')).rejects.toThrow(/install MapChart/);
  });

  it('places the archipelagos’ names where the geometry puts them: the middle of each group, its sea side', () => {
    type Feature = { properties: { code: string }; geometry: { coordinates: number[][][][] } };
    for (const code of ARCHIPELAGO_CODES) {
      const feature = (geoJson.features as Feature[]).find((f) => f.properties.code === code)!;
      const points = feature.geometry.coordinates.flat(2);
      const lons = points.map(([lon = NaN]) => lon);
      const lats = points.map(([, lat = NaN]) => lat);
      const place = ARCHIPELAGO_LABEL_PLACES[code];
      expect(place.coord[0]).toBeCloseTo((Math.min(...lons) + Math.max(...lons)) / 2, 6);
      expect(place.coord[1]).toBeCloseTo(code === 'TS' ? Math.max(...lats) : Math.min(...lats), 6);
    }
  });
});
