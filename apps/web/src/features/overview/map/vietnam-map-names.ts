// What the page needs to know of the maps without their geometry (which loads with the map, map-runtime.ts): the
// name each unit set's map is registered under and the archipelagos drawn and labelled as part of Việt Nam.
import type { UnitSet } from '@scorecard/domain';

/** The map of each unit set: the 63 provinces of 2004–June 2025, the 34 units from 1 July 2025. */
export const VIETNAM_MAPS: Readonly<Record<UnitSet, string>> = {
  'vn63-2004': 'vietnam-63',
  'vn34-2025': 'vietnam-34',
};

/** Quần đảo Hoàng Sa (Đà Nẵng) and Quần đảo Trường Sa (Khánh Hòa): shown and labelled, never given data. */
export const ARCHIPELAGO_CODES = ['HS', 'TS'] as const;
export type ArchipelagoCode = (typeof ARCHIPELAGO_CODES)[number];

/**
 * Their names as the geometry of both sets names them (the specs check they agree): Đà Nẵng and Khánh Hòa kept
 * their names in 2025.
 */
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
