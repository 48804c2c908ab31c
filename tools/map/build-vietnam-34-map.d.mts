// Types of build-vietnam-34-map.mjs for the spec that checks its output (apps/web, vietnam-34-map.spec.ts).
export type Map63 = {
  features: readonly { properties: { code: string; name: string }; geometry: { coordinates: number[][][][] } }[];
};

/** The text of vietnam-34.geo.json, from the 63-unit map and the text of merge_2025.csv; throws on a mismatch. */
export function buildVietnam34Map(map63: Map63, crosswalkCsv: string): string;
