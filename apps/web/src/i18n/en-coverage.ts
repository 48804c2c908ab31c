// The English texts of vi-coverage.ts (same shape, checked by the compiler). Only types come from vi-coverage.ts: it
// imports this module's value, so a value imported back would be a circular import.
import type { CoverageMessages } from './vi-coverage';

export const enCoverageMessages: CoverageMessages = {
  heading: 'Social and health insurance coverage',
  title: (year: string) => `Social and health insurance coverage, ${year}`,
  intro:
    'Social-insurance participants against the working-age labour force and health-insurance participants against the population, beside the published points and the goals of Resolution 28-NQ/TW. The national figure is the sum of the provinces and cities.',
  controls: {
    label: 'Choose the year and the ranking of coverage',
    year: 'Year of the figures',
    yearOption: (year: string, sample: boolean) => (sample ? `${year} (sample data)` : year),
    rankBy: 'Rank by',
  },
  sample: 'Sample data',
  sampleTitle: 'Made-up figures for demonstration, not published statistics',
  sampleNote: (year: string) =>
    `Sample data: the ${year} coverage table is made up, not statistics of the provinces and cities.`,
  summedNote: (year: string) =>
    `The ${year} table is on the 63 provinces and cities: each merged province or city shows the sums of the provinces merged into it, ratios recomputed from the sums.`,
  moved: (asked: string, shown: string, count: string) =>
    `There is no coverage table for ${asked} that can be shown on the ${count} provinces and cities: showing ${shown}.`,
  noTables: (count: string) =>
    `No coverage table can be shown on the ${count} provinces and cities yet. A data officer imports the labour force, population and participants (docs/coverage.md).`,
  kinds: {
    SI: 'Social insurance coverage',
    HI: 'Health insurance coverage',
  },
  kindsInSentence: {
    SI: 'social insurance coverage',
    HI: 'health insurance coverage',
  },
  kindsShort: {
    SI: 'SI',
    HI: 'HI',
  },
  national: {
    label: 'National',
    base: {
      SI: (participants: string, base: string) =>
        `${participants} participants / ${base} people in the working-age labour force`,
      HI: (participants: string, base: string) => `${participants} participants / ${base} population`,
    },
    figureTitle: {
      SI: 'Social-insurance participants / working-age labour force, national (sum of the provinces)',
      HI: 'Health-insurance participants / population, national (sum of the provinces)',
    },
    noFigure: 'No figures yet',
    reference: (date: string, ratio: string, participants: string) =>
      `Published point of ${date}: ${ratio} (${participants} people)`,
    noReference: 'No published point',
    goal: (year: string, goal: string) => `Goal for ${year}: ${goal}`,
    noGoal: 'No goal for this year (Resolution 28-NQ/TW sets goals up to 2030)',
    short: (points: string) => `${points} points short`,
    beyond: (points: string) => `${points} points beyond`,
    onGoal: 'at the goal',
    note: 'Note on the goal’s source',
  },
  comparison: {
    ABOUT: (ratio: string) => `about ${ratio}`,
    AT_LEAST: (ratio: string) => `at least ${ratio}`,
    ABOVE: (ratio: string) => `more than ${ratio}`,
  },
  standing: {
    MET: 'Goal met',
    NOT_MET: 'Goal not met',
  },
  goals: {
    summary: 'The goals of Resolution 28-NQ/TW',
    caption: 'Coverage goals for the end of each year, Resolution 28-NQ/TW',
    year: 'Year',
    noGoal: 'None',
    noteMark: 'see the note on the source',
  },
  ranking: {
    title: (count: string, kind: string) => `The ${count} provinces and cities ranked by ${kind}`,
    caption: (count: string, year: string, kind: string) =>
      `${count} provinces and cities, ${year}, ranked by ${kind} from highest to lowest; points against the goal: positive beyond it, negative short of it.`,
    rank: 'Rank',
    province: 'Province/city',
    coverage: {
      SI: 'SI coverage',
      HI: 'HI coverage',
    },
    difference: {
      SI: 'SI against the goal (points)',
      HI: 'HI against the goal (points)',
    },
    rankOf: (rank: string, total: string) => `${rank}/${total}`,
    unranked: 'Not ranked',
    hidden: (count: string) => `… ${count} more provinces and cities`,
    showAll: (count: string) => `Show all ${count} provinces and cities`,
    showEnds: (count: string) => `Show only the first ${count} and the last ${count}`,
    openProvince: 'Open the province’s page',
  },
  sources: {
    label: 'Sources',
    figures: 'Figures:',
    reference: 'Published point:',
    goals: 'Goals:',
  },
  print: {
    summary: (year: string, sample: boolean, figures: string) =>
      `Coverage, ${year}${sample ? ' (sample data)' : ''}: ${figures}`,
    figure: (kind: string, value: string, goal: string) => `${kind} ${value} (goal ${goal})`,
    figureWithoutGoal: (kind: string, value: string) => `${kind} ${value}`,
  },
  errors: {
    years: 'Could not load the list of coverage tables',
    coverage: 'Could not load the coverage figures',
  },
};
