// The English texts of vi-province-standing.ts (same shape, checked by the compiler). Only types come from
// vi-province-standing.ts: it imports this module's value, so a value imported back would be a circular import.
import type { ProvinceStandingMessages } from './vi-province-standing';

export const enProvinceStandingMessages: ProvinceStandingMessages = {
  title: 'Composite score and late payment',
  composite: {
    title: 'Composite score',
    asOf: (date: string) => `As of ${date}`,
    score: 'Score',
    rank: 'Ranking',
    rankOf: (rank: string, total: string) => `rank ${rank}/${total}`,
    unranked: 'not ranked',
    band: 'Status',
    missing: 'Scored 0 as not reported',
    noMissing: 'none',
    notListed: (code: string) => `Province ${code} is not in the composite score table for this date.`,
    partsCaption: 'Components of the composite score',
    parts: {
      metric: 'Indicator',
      share: 'Weight',
      value: 'Attainment',
      score: 'Score',
      leftOut: 'not counted',
      notReported: 'not reported',
    },
    latePaymentPart: 'Late payment',
  },
  latePayment: {
    title: 'Late-payment ratio',
    ratio: 'Ratio',
    rank: 'Ranking',
    band: 'Status',
    against: (label: string, ratio: string) => `against ${label} (${ratio})`,
    date: (date: string) => `Contribution ledger figures as of ${date}`,
    outsideLedger: (asked: string, shown: string) =>
      `The contribution ledger has no figures for ${asked} yet: showing the last date of the ledger, ${shown}`,
    notListed: (code: string) => `Province ${code} is not in the late-payment figures for this date.`,
    link: 'View the province’s employers in arrears',
  },
  errors: {
    composite: 'Could not load the composite score',
    latePayment: 'Could not load the late-payment ratio',
  },
};
