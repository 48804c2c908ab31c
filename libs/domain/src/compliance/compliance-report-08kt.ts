import { addDays, lastDayOfMonth, monthOf, type IsoDate } from '../calendar/iso-date';
import { stepIndex, type ComplianceCase, type ComplianceStepKind } from './compliance-case';
import { complianceFigures, type ComplianceWindow } from './compliance-figures';

// Report 08-KT (seed 000, II.2.2): the result of the workflow, sent on the 10th, the 20th and the last day of each
// month by each province and consolidated by headquarters. The guidance names the form but the seed does not
// carry its layout; the columns follow the guidance's steps, each for the fortnight (kỳ này: the day after the
// report date before, to this one) and for the year to date (lũy kế từ đầu năm), as docs/compliance.md shows.

/** The columns of the report, in its order; each counts within a window. */
export const REPORT_08KT_COLUMNS = [
  'employersListed',
  'workersListed',
  'noticesSent',
  'conferencesHeld',
  'employersAtConferences',
  'inspectionsDone',
  'specialisedInspections',
  'policeReferrals',
  'employersRegistered',
  'workersRegistered',
  'contributionRecovered',
] as const;
export type Report08ktColumn = (typeof REPORT_08KT_COLUMNS)[number];

/** Each column's heading in the form's language, and in English. */
export const REPORT_08KT_HEADINGS: Readonly<Record<Report08ktColumn, { vi: string; en: string }>> = {
  employersListed: { vi: 'Số đơn vị trong danh sách nhận được', en: 'Employers on lists received' },
  workersListed: { vi: 'Số lao động chưa tham gia trong danh sách', en: 'Workers not insured on those lists' },
  noticesSent: { vi: 'Số đơn vị đã gửi thông báo (04-KT)', en: 'Employers sent a notice (04-KT)' },
  conferencesHeld: { vi: 'Số hội nghị đã tổ chức', en: 'Conferences held' },
  employersAtConferences: { vi: 'Số đơn vị được mời dự hội nghị đã tổ chức', en: 'Employers at those conferences' },
  inspectionsDone: { vi: 'Số đơn vị đã kiểm tra trực tiếp (06-KT)', en: 'Employers inspected directly (06-KT)' },
  specialisedInspections: {
    vi: 'Số đơn vị đề nghị thanh tra chuyên ngành (07-KT)',
    en: 'Specialised inspections (07-KT)',
  },
  policeReferrals: { vi: 'Số hồ sơ chuyển cơ quan Công an', en: 'Files sent to the police' },
  employersRegistered: {
    vi: 'Số đơn vị đã tham gia (toàn bộ hoặc một phần)',
    en: 'Employers registered (all or part)',
  },
  workersRegistered: { vi: 'Số lao động đã tham gia', en: 'Workers registered' },
  contributionRecovered: { vi: 'Số tiền thu được (đồng)', en: 'Contribution recovered (VND)' },
};

export type Report08ktFigures = Record<Report08ktColumn, number>;

export type Report08ktRow = {
  /** The fortnight (kỳ này) and the year to date (lũy kế), both ending on the report date. */
  period: Report08ktFigures;
  yearToDate: Report08ktFigures;
  /** Open cases whose next step waits past its deadline on the report date. */
  overdue: number;
};

/** Whether a date is a report date of 08-KT: the 10th, the 20th or the last day of its month. */
export function is08ktReportDate(date: IsoDate): boolean {
  const day = date.slice(8);
  return day === '10' || day === '20' || date === lastDayOfMonth(monthOf(date));
}

/** The report date of 08-KT on or before `date`. */
export function report08ktDateOnOrBefore(date: IsoDate): IsoDate {
  const month = monthOf(date);
  const day = Number(date.slice(8));
  if (date === lastDayOfMonth(month)) return date;
  if (day >= 20) return `${month}-20`;
  if (day >= 10) return `${month}-10`;
  return addDays(`${month}-01`, -1);
}

/** The fortnight a report date covers: from the day after the report date before it, to it. */
export function report08ktPeriod(reportDate: IsoDate): ComplianceWindow {
  if (!is08ktReportDate(reportDate))
    throw new RangeError(`${reportDate} is not a report date of 08-KT (the 10th, 20th or last day of a month)`);
  return { from: addDays(report08ktDateOnOrBefore(addDays(reportDate, -1)), 1), to: reportDate };
}

function figuresIn(cases: readonly ComplianceCase[], reportDate: IsoDate, window: ComplianceWindow): Report08ktFigures {
  const figures = complianceFigures(cases, reportDate, window);
  const done = (kind: ComplianceStepKind) => figures.steps[stepIndex(kind)]!.doneInWindow;
  const openedInWindow = cases.filter((c) => {
    const received = c.listings[0]!.receivedOn;
    return received >= window.from && received <= window.to;
  });
  return {
    employersListed: figures.window.casesOpened,
    workersListed: openedInWindow.reduce((sum, c) => sum + c.listings[0]!.workers, 0),
    noticesSent: done('NOTICE_SENT'),
    conferencesHeld: figures.window.conferencesHeld,
    employersAtConferences: done('CONFERENCE_HELD'),
    inspectionsDone: done('INSPECTION_DONE'),
    specialisedInspections: done('SPECIALISED_INSPECTION'),
    policeReferrals: done('POLICE_REFERRAL'),
    employersRegistered: figures.window.registered + figures.window.partlyRegistered,
    workersRegistered: figures.window.workersRegistered,
    contributionRecovered: figures.window.contributionRecovered,
  };
}

/** One row of 08-KT (a province's, or the nation's from all cases) for a report date. */
export function report08ktRow(cases: readonly ComplianceCase[], reportDate: IsoDate): Report08ktRow {
  const period = report08ktPeriod(reportDate);
  const yearStart = `${reportDate.slice(0, 4)}-01-01`;
  return {
    period: figuresIn(cases, reportDate, period),
    yearToDate: figuresIn(cases, reportDate, { from: yearStart, to: reportDate }),
    overdue: complianceFigures(cases, reportDate, period).overdue,
  };
}
