// The English texts of vi-unit-sets.ts (same shape, checked by the compiler). Only types come from vi-unit-sets.ts:
// it imports this module's value, so a value imported back would be a circular import.
import type { UnitSetMessages } from './vi-unit-sets';

export const enUnitSetMessages: UnitSetMessages = {
  field: {
    legend: 'Provincial-level units',
    options: {
      VN63: '63 provinces and cities (before 1 July 2025)',
      VN34: '34 provinces and cities (from 1 July 2025)',
    },
    fixedNote: 'This plan sets its targets for the 34 provinces and cities, so it can be shown on the 34 only.',
    summedNote:
      'Each province or city shows the sums of the provinces merged into it; ratios are recomputed from the sums.',
  },
  plan: {
    sample: '(sample data)',
    sampleBadge: 'Sample data',
    sampleTitle: 'A plan made up by the system for demonstration, not a plan the agency issued',
    unitSet: 'Targets set for',
  },
  rankedAmong: (count: string) => `Ranked among ${count} provinces and cities`,
  province: {
    unitSet: 'Units',
    mergedInto: (code: string, name: string) =>
      `Code ${code} is not one of the 34 provinces and cities: from 1 July 2025 this province is part of ${name}.`,
    openSuccessor: (name: string) => `Open ${name} (34 provinces and cities)`,
    summedHistory:
      'Cumulative figures of the merged province or city (the sums of the provinces merged into it) at each report date up to the date shown.',
    summedOnly:
      'Reports, corrections and data warnings belong to each province before the merger: see each one’s page under “Before the merger”.',
  },
  predecessors: {
    title: 'Before the merger (63 provinces and cities)',
    intro: (name: string, list: string) => `${name} was formed from: ${list}.`,
    notMerged: (name: string) => `${name} kept its boundaries and was not merged with another province.`,
    item: (name: string, code: string) => `${name} (${code})`,
    listLabel: 'Provinces before the merger',
    planOn34: (name: string) =>
      `This plan sets its targets for the 34 provinces and cities: it has no figures of its own for the provinces merged into ${name}.`,
    caption: (date: string) =>
      `Attainment against the target to ${date} and rank among the 63 provinces and cities of each province before the merger, on the same plan.`,
    metric: 'Indicator',
    rankOf: (rank: string, total: string) => `rank ${rank}/${total}`,
    error: 'Could not load the figures of the provinces before the merger',
  },
  errors: {
    provinces: 'Could not load the list of the 34 provinces and cities',
  },
  latePayment: {
    provinceField: 'Employers in arrears of (province before the merger)',
    formedFrom: (list: string) => `Formed from ${list}`,
    ledgerProvince: (name: string, code: string) => `${name} (${code}), before the merger`,
    chooseProvince:
      'The lists of employers in arrears are kept per province before the merger (63 provinces and cities). Choose a province or city in the table to see the provinces merged into it, or choose a province in “Employers in arrears of (province before the merger)”.',
    perProvince: (unit: string, list: string) =>
      `The lists of employers in arrears are kept per province before the merger. ${unit} was formed from ${list}: its figures in the table are the sums of these provinces.`,
    predecessorLegend: (unit: string) => `Provinces merged into ${unit}`,
    predecessorsColumn: 'Formed from (63 provinces and cities)',
    employersNote: (name: string, code: string, unit: string) =>
      `The list of ${name} (${code}), one of the 63 provinces and cities before the merger; from 1 July 2025 this province is part of ${unit}.`,
  },
};
