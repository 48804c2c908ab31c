// Builds apps/web/src/features/overview/map/vietnam-34.geo.json: the 34 provincial-level units in force from
// 1 July 2025 (Resolution 202/2025/QH15) plus the Hoàng Sa and Trường Sa archipelagos, for the ECharts choropleth of
// the overview page when it shows the 34-unit set.
//
// Source: nothing new. Each unit is the union of its predecessors' shapes in vietnam-63.geo.json (itself built by
// build-vietnam-map.mjs), the predecessors read from data/reference/merge_2025.csv. The archipelagos are copied as
// they are; their labels name the unit that administers them, renamed if that unit's name changed in 2025.
// See apps/web/src/features/overview/map/LICENCE-map.md.
//
// What it does: checks that every 63 code of the crosswalk has a feature and every feature a successor, unions the
// predecessors' MultiPolygons with polygon-clipping (the 63 map's neighbours share their borders point for point,
// so a shared border disappears), rounds to the 63 map's 3 decimals and writes compact GeoJSON, the 34 units in code
// order. The output is deterministic: the web build runs this script before `vite build` (apps/web/project.json),
// and vietnam-34-map.spec.ts checks that the committed file is what it makes.
//
// Run (polygon-clipping is a devDependency of the repo; nothing is fetched):
//   cd /work/main && node_modules/.bin/node tools/map/build-vietnam-34-map.mjs
// It rewrites the file only when its content changes.
import { Buffer } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import polygonClipping from 'polygon-clipping';

const MAP_63 = fileURLToPath(new URL('../../apps/web/src/features/overview/map/vietnam-63.geo.json', import.meta.url));
const CROSSWALK_CSV = fileURLToPath(new URL('../../data/reference/merge_2025.csv', import.meta.url));
const OUTPUT = fileURLToPath(new URL('../../apps/web/src/features/overview/map/vietnam-34.geo.json', import.meta.url));

const HEADER = 'old_code,old_name_vi,old_type,new_code,new_name_vi,new_type,merged,new_unit_members,old_code_retained';
// The same as build-vietnam-map.mjs: a point where two borders cross gets no more precision than the others.
const DECIMALS = 3;
// Features of the 63 map that are no province: drawn as they are, named "Quần đảo … (<administering unit>)".
const ARCHIPELAGO_CODES = ['HS', 'TS'];

class MapBuildError extends Error {}

function fail(message) {
  throw new MapBuildError(`build-vietnam-34-map: ${message}`);
}

// ---- crosswalk ------------------------------------------------------------------------------------------------

/** The 34 units in code order, each with its predecessors' codes, and the 63 units' names. */
function readCrosswalk(csv) {
  const [header, ...lines] = csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  if (header !== HEADER) fail(`merge_2025.csv: line 1 must be the header "${HEADER}", found "${header}"`);
  const units = new Map();
  const oldNames = new Map();
  lines.forEach((line, i) => {
    const cells = line.split(',');
    const [oldCode = '', oldName = '', , newCode = '', newName = ''] = cells;
    if (cells.length !== 9 || !/^\d\d$/.test(oldCode) || !/^\d\d$/.test(newCode) || !newName)
      fail(`merge_2025.csv line ${i + 2}: expected 9 fields with two-digit codes, found "${line}"`);
    if (oldNames.has(oldCode)) fail(`merge_2025.csv line ${i + 2}: ${oldCode} appears twice`);
    oldNames.set(oldCode, oldName.normalize('NFC'));
    const name = newName.normalize('NFC');
    const unit = units.get(newCode) ?? { code: newCode, name, predecessors: [] };
    if (unit.name !== name) fail(`merge_2025.csv line ${i + 2}: unit ${newCode} is named "${unit.name}" earlier`);
    unit.predecessors.push(oldCode);
    units.set(newCode, unit);
  });
  return { units: [...units.values()].sort((a, b) => a.code.localeCompare(b.code)), oldNames };
}

// ---- geometry -------------------------------------------------------------------------------------------------

const round = (value) => Math.round(value * 10 ** DECIMALS) / 10 ** DECIMALS;

function roundRing(ring) {
  const result = [];
  for (const [x, y] of ring) {
    const point = [round(x), round(y)];
    const previous = result[result.length - 1];
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) result.push(point);
  }
  return result;
}

// Shoelace sum: positive for a counter-clockwise ring in longitude/latitude.
function signedArea(ring) {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum / 2;
}

// RFC 7946: outer rings counter-clockwise, holes clockwise.
function wind(polygon) {
  return polygon.map((ring, i) => (signedArea(ring) > 0 === (i === 0) ? ring : [...ring].reverse()));
}

function unionOf(code, multiPolygons) {
  const [first, ...rest] = multiPolygons;
  const union = polygonClipping.union(first, ...rest);
  return union.map((polygon) => {
    // Rounding can collapse a sliver's ring; a hole that small is dropped, an outline that small is an error.
    const rings = polygon.map(roundRing).filter((ring, i) => i === 0 || ring.length >= 4);
    const outline = rings[0];
    if (outline.length < 4) fail(`unit ${code}: the union has an outline of ${outline.length} positions`);
    for (const ring of rings) {
      const [head, last] = [ring[0], ring[ring.length - 1]];
      if (head[0] !== last[0] || head[1] !== last[1]) fail(`unit ${code}: the union has a ring that is not closed`);
    }
    return wind(rings);
  });
}

// ---- build ----------------------------------------------------------------------------------------------------

/**
 * The 34-unit map as the text of vietnam-34.geo.json, from the 63-unit map (parsed) and the text of
 * merge_2025.csv. Throws when a 63 code of the crosswalk has no feature, a feature has no successor, or an
 * archipelago's administering unit is not in the crosswalk.
 */
export function buildVietnam34Map(map63, crosswalkCsv) {
  const { units, oldNames } = readCrosswalk(crosswalkCsv);
  const featureByCode = new Map();
  for (const feature of map63.features) {
    const { code } = feature.properties;
    if (featureByCode.has(code)) fail(`vietnam-63.geo.json: feature ${code} appears twice`);
    featureByCode.set(code, feature);
  }
  const noFeature = [...oldNames.keys()].filter((code) => !featureByCode.has(code));
  if (noFeature.length > 0) fail(`vietnam-63.geo.json has no feature for ${noFeature.join(', ')} of merge_2025.csv`);
  const noSuccessor = [...featureByCode.keys()].filter(
    (code) => !oldNames.has(code) && !ARCHIPELAGO_CODES.includes(code),
  );
  if (noSuccessor.length > 0) fail(`merge_2025.csv gives no successor for ${noSuccessor.join(', ')} of vietnam-63`);

  const unitFeatures = units.map(({ code, name, predecessors }) => ({
    type: 'Feature',
    properties: { code, name },
    geometry: {
      type: 'MultiPolygon',
      coordinates: unionOf(
        code,
        predecessors.map((old) => featureByCode.get(old).geometry.coordinates),
      ),
    },
  }));

  // "Quần đảo Hoàng Sa (Đà Nẵng)": the unit in brackets is looked up among the 63 and replaced by its successor.
  const successorName = new Map(
    units.flatMap((unit) => unit.predecessors.map((old) => [oldNames.get(old), unit.name])),
  );
  const archipelagoFeatures = ARCHIPELAGO_CODES.map((code) => {
    const feature = featureByCode.get(code);
    if (!feature) fail(`vietnam-63.geo.json has no feature ${code}`);
    const match = /^(.*) \((.*)\)$/.exec(feature.properties.name.normalize('NFC'));
    const renamed = match && successorName.get(match[2]);
    if (!renamed) fail(`${code} "${feature.properties.name}" names no unit of merge_2025.csv in brackets`);
    return { ...feature, properties: { ...feature.properties, name: `${match[1]} (${renamed})` } };
  });

  return `${JSON.stringify({ type: 'FeatureCollection', features: [...unitFeatures, ...archipelagoFeatures] })}\n`;
}

function main() {
  const json = buildVietnam34Map(JSON.parse(readFileSync(MAP_63, 'utf8')), readFileSync(CROSSWALK_CSV, 'utf8'));
  let current = null;
  try {
    current = readFileSync(OUTPUT, 'utf8');
  } catch {
    // Not there yet: written below.
  }
  // Left untouched when unchanged, so a build does not make the file look edited.
  if (current !== json) writeFileSync(OUTPUT, json);
  const units = JSON.parse(json).features.length - ARCHIPELAGO_CODES.length;
  console.log(
    `${OUTPUT}: ${units} units and ${ARCHIPELAGO_CODES.length} archipelagos, ${Buffer.byteLength(json)} bytes` +
      (current === json ? ', unchanged' : ', written'),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof MapBuildError ? error.message : error);
    process.exit(1);
  }
}
