import { describe, expect, it } from 'vitest';
import { alertText } from './alert-messages';
import {
  approvalWaitingAlerts,
  bandFellAlerts,
  latePaymentAlerts,
  paceAlerts,
  rankDropAlerts,
  reportDeadlineAlerts,
  type StandingChange,
} from './alert-rules';

const PLAN = '2800-KH-BHXH-2021';

describe('reportDeadlineAlerts', () => {
  const provinces = (firstSubmittedAt: string | null) => [
    { provinceCode: '01', metricsExpected: 7, firstSubmittedAt },
    // no quota: nothing is due
    { provinceCode: '12', metricsExpected: 0, firstSubmittedAt: null },
  ];
  const at = (now: string, firstSubmittedAt: string | null) =>
    reportDeadlineAlerts({ planId: PLAN, reportDate: '2021-11-30', now, provinces: provinces(firstSubmittedAt) });

  it('says nothing for a report that arrived one minute before its deadline', () => {
    expect(at('2021-12-01T08:00:00', '2021-11-30T23:59:00')).toEqual([]);
  });

  it('alerts on a report that arrived one minute after its deadline, as late', () => {
    const [late] = at('2021-12-01T08:00:00', '2021-12-01T00:00:59');
    expect(late).toMatchObject({
      kind: 'REPORT_MISSING',
      provinceCode: '01',
      figures: { receivedAt: '2021-12-01T00:00:59' },
    });
    expect(at('2021-12-01T08:00:00', '2021-12-01T00:00:59')).toHaveLength(1);
  });

  it('alerts on a report not received once the report date is over, and not before', () => {
    expect(at('2021-11-30T23:59:59', null)).toEqual([]);
    const alerts = at('2021-12-01T00:00:00', null);
    expect(alerts.map((a) => [a.kind, a.provinceCode, a.date])).toEqual([['REPORT_MISSING', '01', '2021-11-30']]);
    expect(alerts[0]!.key).toBe('REPORT_MISSING|2800-KH-BHXH-2021|01|-|2021-11-30');
  });

  it('reminds the day before a province that has sent nothing, and only it', () => {
    expect(at('2021-11-29T09:00:00', null).map((a) => a.kind)).toEqual(['REPORT_DUE_TOMORROW']);
    expect(at('2021-11-29T09:00:00', '2021-11-29T08:00:00')).toEqual([]);
    expect(at('2021-11-28T09:00:00', null)).toEqual([]);
  });
});

const standing = (change: Partial<StandingChange>): StandingChange => ({
  provinceCode: '01',
  metric: 'revenue',
  reportDate: '2021-11-30',
  band: 'ON_TRACK',
  previousBand: 'ON_TRACK',
  rank: 10,
  previousRank: 10,
  unitCount: 63,
  figure: 0.95,
  ...change,
});

describe('bandFellAlerts', () => {
  it('alerts on a move down a band, never up or staying', () => {
    const rows = [
      standing({ provinceCode: '01', band: 'AT_RISK', previousBand: 'ON_TRACK' }),
      standing({ provinceCode: '02', band: 'BEHIND', previousBand: 'AT_RISK' }),
      standing({ provinceCode: '04', band: 'BEHIND', previousBand: 'ON_TRACK' }),
      standing({ provinceCode: '06', band: 'ON_TRACK', previousBand: 'BEHIND' }),
      standing({ provinceCode: '08', band: 'AT_RISK', previousBand: 'AT_RISK' }),
      standing({ provinceCode: '10', band: 'BEHIND', previousBand: null }),
    ];
    expect(bandFellAlerts(PLAN, rows).map((a) => a.provinceCode)).toEqual(['01', '02', '04']);
  });
});

describe('rankDropAlerts', () => {
  it('alerts on a drop of N places or more (a rank number growing), not on N − 1 or a rise', () => {
    const rows = [
      standing({ provinceCode: '01', previousRank: 3, rank: 8 }),
      standing({ provinceCode: '02', previousRank: 3, rank: 7 }),
      standing({ provinceCode: '04', previousRank: 9, rank: 2 }),
      standing({ provinceCode: '06', previousRank: null, rank: 40 }),
    ];
    const alerts = rankDropAlerts(PLAN, rows, 5);
    expect(alerts.map((a) => [a.provinceCode, a.figures['places']])).toEqual([['01', 5]]);
  });
});

describe('paceAlerts', () => {
  // Hà Nội on new compulsory SI at 30/11/2021: 84.296 of 210.739 after 91 days of 122; 126.443 left in 31 days
  // needs 4.078,8 a day against 926,3 a day so far.
  const row = { provinceCode: '01', metric: 'dev_compulsory_si', asOf: '2021-11-30', daysElapsed: 91 };

  it('alerts when the pace still required is above the multiple of the pace so far', () => {
    const [alert] = paceAlerts(PLAN, [{ ...row, actual: 84_296, requiredPacePerDay: 126_443 / 31 }], 1.5);
    expect(alert!.kind).toBe('PACE_STRAIN');
    expect(alert!.figures['paceSoFar']).toBeCloseTo(84_296 / 91, 9);
  });

  it('says nothing at or below the multiple, once the quota is met, or without figures', () => {
    const paceSoFar = 90_000 / 91;
    expect(paceAlerts(PLAN, [{ ...row, actual: 90_000, requiredPacePerDay: 1.5 * paceSoFar }], 1.5)).toEqual([]);
    expect(paceAlerts(PLAN, [{ ...row, actual: 250_000, requiredPacePerDay: 0 }], 1.5)).toEqual([]);
    expect(paceAlerts(PLAN, [{ ...row, actual: null, requiredPacePerDay: null }], 1.5)).toEqual([]);
  });

  it('alerts on a province with nothing done yet and something to do', () => {
    expect(paceAlerts(PLAN, [{ ...row, actual: 0, requiredPacePerDay: 5 }], 1.5)).toHaveLength(1);
  });
});

describe('latePaymentAlerts', () => {
  const points = (...ratios: (number | null)[]) =>
    ratios.map((ratio, index) => ({ asOf: `2023-0${index + 1}-28`, ratio }));

  it('alerts above the threshold, not at it', () => {
    expect(latePaymentAlerts('01', points(0.034), 0.0337).map((a) => a.kind)).toEqual(['LATE_PAYMENT_HIGH']);
    expect(latePaymentAlerts('01', points(0.0337), 0.0337)).toEqual([]);
  });

  it('alerts on a ratio rising at each of the last two dates', () => {
    const alerts = latePaymentAlerts('01', points(0.05, 0.01, 0.02, 0.03), 0.0337);
    expect(alerts.map((a) => a.kind)).toEqual(['LATE_PAYMENT_RISING']);
    expect(alerts[0]!.figures).toEqual({ ratio: 0.03, from: 0.01, since: '2023-02-28' });
    expect(latePaymentAlerts('01', points(0.01, 0.03, 0.02), 0.0337)).toEqual([]);
    expect(latePaymentAlerts('01', points(0.01, 0.02), 0.0337)).toEqual([]);
  });
});

describe('approvalWaitingAlerts', () => {
  const report = { submissionId: 7, planId: PLAN, provinceCode: '01', submittedAt: '2021-11-30T16:30:00' };

  it('alerts once more than N whole days have passed since the report was sent', () => {
    expect(approvalWaitingAlerts([report], '2021-12-03T23:59:00', 3)).toEqual([]);
    expect(approvalWaitingAlerts([report], '2021-12-04T00:01:00', 3).map((a) => a.kind)).toEqual(['APPROVAL_WAITING']);
  });
});

describe('alertText', () => {
  it('says a rank drop and the pace needed in Vietnamese with vi-VN figures, and links to the page', () => {
    const [drop] = rankDropAlerts(PLAN, [standing({ previousRank: 3, rank: 8 })], 5);
    const text = alertText(drop!, { province: 'Hà Nội', metric: 'Thu', metricUnit: null });
    expect(text.subject).toBe('Hà Nội tụt 5 bậc về Thu');
    expect(text.body).toBe('Đến ngày 30/11/2021, Hà Nội xếp hạng 8/63 về Thu (kỳ trước: 3/63).');
    expect(text.link).toBe('/tinh/01?plan=2800-KH-BHXH-2021&asOf=2021-11-30&metric=revenue');

    const [pace] = paceAlerts(
      PLAN,
      [
        {
          provinceCode: '01',
          metric: 'dev_compulsory_si',
          asOf: '2021-11-30',
          daysElapsed: 91,
          actual: 84_296,
          requiredPacePerDay: 1865.2,
        },
      ],
      1.5,
    );
    const names = { province: 'Hà Nội', metric: 'BHXH bắt buộc', metricUnit: 'người' };
    expect(alertText(pace!, names).subject).toBe('Hà Nội cần 1.866 người mỗi ngày để đạt kế hoạch BHXH bắt buộc');
    const namesEn = { province: 'Hà Nội', metric: 'compulsory SI', metricUnit: 'persons' };
    expect(alertText(pace!, namesEn, 'en').subject).toBe(
      'Hà Nội needs 1.866 persons a day to reach its plan on compulsory SI',
    );
  });

  it('writes ratios as vi-VN percentages', () => {
    const [high] = latePaymentAlerts(null, [{ asOf: '2023-09-30', ratio: 0.0412 }], 0.0337);
    const text = alertText(high!, { province: null, metric: null, metricUnit: null });
    expect(text.subject).toBe('Cả nước: tỷ lệ chậm đóng 4,12%, trên mức 3,37%');
    expect(text.link).toBe('/cham-dong?asOf=2023-09-30');
  });
});
