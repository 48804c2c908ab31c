// The English texts of vi-export.ts (same shape, checked by the compiler). Only types come from vi-export.ts: it
// imports this module's value, so a value imported back from it would be a circular import at run time.
import type { ExportMessages } from './vi-export';

export const enExportMessages: ExportMessages = {
  buttons: {
    xlsx: 'Download XLSX',
    csv: 'Download CSV',
    consolidated: 'Consolidated report (XLSX)',
    group: (subject: string) => `Download ${subject}`,
  },
  status: {
    working: (format: string) => `Creating the ${format} file…`,
    done: (format: string) => `${format} file created.`,
    failed: (reason: string) =>
      `Could not create the file: ${reason} Try again; if it still fails, tell technical support.`,
  },
  sheet: {
    plan: (document: string, title: string) => `Plan: ${document} — ${title}`,
    asOf: 'Figures as of:',
    syntheticMark: 'Sample data — not real figures',
  },
  source: {
    plan: (document: string, date: string) =>
      `Source: BHXH Scorecard, plan ${document}, approved reports as of ${date}`,
    ledger: (from: string, to: string, date: string) =>
      `Source: BHXH Scorecard, contribution ledger ${from} – ${to}, late-payment figures as of ${date}`,
  },
  columns: {
    provinceCode: 'Province code',
    rankChange: 'Rank change (+ up, − down)',
    unit: 'Unit',
    status: 'Status',
    reportDate: 'Reporting date',
    pending: 'Awaiting approval (not counted)',
    ranked: 'Out of (provinces)',
    employers: 'Employers liable to contribute',
    withUnit: (header: string, unit: string) => `${header} (${unit})`,
    vnd: 'VND',
    month: 'months',
  },
  ranking: {
    subject: 'the ranking table',
    title: (metric: string) => `Province ranking: ${metric}`,
    sheet: 'Ranking',
    basis: (basis: string) => `Ranked by: ${basis}.`,
  },
  latePayment: {
    subject: 'the late-payment ratio table',
    title: 'Late-payment ratio by province',
    sheet: 'Late payment',
    national: 'National',
    rankNote:
      'Rank 1 is the province with the lowest late-payment ratio; the National row is the sum of the provinces.',
  },
  employers: {
    subject: 'the list of employers in arrears',
    title: (province: string) => `Employers in arrears: ${province}`,
    sheet: 'Employers in arrears',
    shown: (shown: string, total: string, bucket: string) =>
      `The file holds the ${shown}/${total} employers shown on the page (arrears age group: ${bucket}), sorted by overdue amount from largest to smallest.`,
  },
  scorecard: {
    subject: 'the results by indicator',
    title: (province: string) => `Results by indicator: ${province}`,
    sheet: 'Results by indicator',
  },
  consolidated: {
    subject: 'the consolidated report',
    title: (document: string) => `Consolidated report on the implementation of plan ${document} by province`,
    sheet: 'Consolidated',
    order: 'No.',
    province: 'Province',
    region: 'Region',
    national: 'National',
    target: 'Plan',
    actual: 'Actual',
    ofYear: '% of annual plan',
    ofPeriod: '% of period plan',
    toDate: '% of target to date',
    nationalNote:
      'National row = total actual of the provinces that reported / total plan of the provinces (not the national row printed in the document).',
    notReportedNote: 'An empty Actual cell: the province has no approved report up to this date (not counted as 0).',
    publishedDiffers: (metric: string, published: string, provinces: string) =>
      `${metric}: the national plan printed in the document is ${published}, the sum of the provinces is ${provinces}.`,
  },
  print: {
    plan: (document: string, title: string) => `Plan ${document}: ${title}`,
  },
};
