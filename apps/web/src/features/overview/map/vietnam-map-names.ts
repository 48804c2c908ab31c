// What the page needs to know of the map without its geometry (which loads with the map, map-runtime.ts): the
// name it is registered under and the archipelagos drawn and labelled as part of Việt Nam.
export const VIETNAM_MAP = 'vietnam-63';

/** Quần đảo Hoàng Sa (Đà Nẵng) and Quần đảo Trường Sa (Khánh Hòa): shown and labelled, never given data. */
export const ARCHIPELAGO_CODES = ['HS', 'TS'] as const;
export type ArchipelagoCode = (typeof ARCHIPELAGO_CODES)[number];

/** Their names as the geometry names them (vietnam-map.spec.ts checks they agree). */
export const ARCHIPELAGO_NAMES: Readonly<Record<ArchipelagoCode, string>> = {
  HS: 'Quần đảo Hoàng Sa (Đà Nẵng)',
  TS: 'Quần đảo Trường Sa (Khánh Hòa)',
};

export type LabelPlace = { coord: [number, number]; position: 'top' | 'bottom' };

/**
 * Where an archipelago's name goes: under the middle of Hoàng Sa, over the middle of Trường Sa, in the open sea
 * (vietnam-map.spec.ts computes them again from the geometry).
 */
export const ARCHIPELAGO_LABEL_PLACES: Readonly<Record<ArchipelagoCode, LabelPlace>> = {
  HS: { coord: [111.9665, 15.728], position: 'bottom' },
  TS: { coord: [113.467, 11.484], position: 'top' },
};
