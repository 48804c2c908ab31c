import { describe, expect, it } from 'vitest';
import { bucketOfAge } from './arrears-buckets';
import { employerArrears, latePaymentRatio, overdueAgeMonths } from './contribution-ledger';

// Hand-built employers; every expected figure is worked out in the comment beside it.
const monthly = (from: number, to: number, amount: number, year = 2023) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    month: `${year}-${String(from + i).padStart(2, '0')}`,
    amount,
  }));

describe('employerArrears', () => {
  it('has nothing overdue when every month is paid by its last day', () => {
    const dues = monthly(1, 6, 100);
    const payments = dues.map((d) => ({ paidOn: `${d.month}-25`, amount: 100 }));
    expect(employerArrears(dues, payments, '2023-06-30')).toMatchObject({
      receivable: 600,
      overdue: 0,
      bucket: null,
      credit: 0,
    });
  });

  it('counts the current month as receivable, not overdue', () => {
    // Jan–Mar billed at 10/03; January and February paid; March (100) not yet due.
    const r = employerArrears(monthly(1, 3, 100), [{ paidOn: '2023-02-20', amount: 200 }], '2023-03-10');
    expect(r).toMatchObject({ receivable: 300, overdue: 0 });
  });

  it('settles the oldest month first with a partial payment', () => {
    // Jan–Apr of 100; 150 paid on 20/04: January settled, February half. At 10/05 overdue: Feb 50 (age 2),
    // Mar 100 (age 1), Apr 100 (age 0) = 250; the oldest is February, 1 to under 3 months.
    const r = employerArrears(monthly(1, 5, 100), [{ paidOn: '2023-04-20', amount: 150 }], '2023-05-10');
    expect(r.overdue).toBe(250);
    expect(r.byBucket).toEqual({ UNDER_1_MONTH: 100, FROM_1_TO_3_MONTHS: 150, FROM_3_MONTHS: 0 });
    expect(r).toMatchObject({ oldestOverdueMonth: '2023-02', ageMonths: 2, bucket: 'FROM_1_TO_3_MONTHS' });
  });

  it('applies a payment meant for the latest month to the oldest debt', () => {
    // Jan unpaid; on 25/03 the employer pays 100 "for March": it settles January. At 05/04 February (age 1)
    // and March (age 0) are overdue.
    const r = employerArrears(monthly(1, 4, 100), [{ paidOn: '2023-03-25', amount: 100 }], '2023-04-05');
    expect(r).toMatchObject({ overdue: 200, oldestOverdueMonth: '2023-02', bucket: 'FROM_1_TO_3_MONTHS' });
  });

  it('ignores payments made after the date', () => {
    const payments = [{ paidOn: '2023-02-15', amount: 100 }];
    expect(employerArrears(monthly(1, 2, 100), payments, '2023-02-14').overdue).toBe(100);
    expect(employerArrears(monthly(1, 2, 100), payments, '2023-02-15').overdue).toBe(0);
  });

  it('keeps an overpayment as a credit against later months', () => {
    // 500 paid on 10/01 against Jan–Mar (300 billed by 31/03): credit 200, nothing overdue.
    const r = employerArrears(monthly(1, 3, 100), [{ paidOn: '2023-01-10', amount: 500 }], '2023-03-31');
    expect(r).toMatchObject({ overdue: 0, credit: 200 });
    // In May the credit has covered April and May: nothing overdue yet.
    expect(employerArrears(monthly(1, 6, 100), [{ paidOn: '2023-01-10', amount: 500 }], '2023-05-31').overdue).toBe(0);
    // The credit covers Jan–May exactly: at 01/07 June's 100 is overdue (age 0) and July is current.
    expect(employerArrears(monthly(1, 7, 100), [{ paidOn: '2023-01-10', amount: 500 }], '2023-07-01')).toMatchObject({
      overdue: 100,
      oldestOverdueMonth: '2023-06',
      ageMonths: 0,
    });
  });

  it('has nothing receivable or overdue for an employer with no dues', () => {
    expect(employerArrears([], [], '2023-05-31')).toMatchObject({ receivable: 0, overdue: 0, bucket: null });
    expect(latePaymentRatio(0, 0)).toBeNull();
  });

  it('ages arrears exactly at the bucket boundaries', () => {
    const dues = monthly(1, 1, 100);
    // January's 100 becomes overdue on 01/02.
    expect(employerArrears(dues, [], '2023-01-31').overdue).toBe(0);
    expect(employerArrears(dues, [], '2023-02-01')).toMatchObject({ overdue: 100, bucket: 'UNDER_1_MONTH' });
    expect(employerArrears(dues, [], '2023-02-28').bucket).toBe('UNDER_1_MONTH');
    expect(employerArrears(dues, [], '2023-03-01').bucket).toBe('FROM_1_TO_3_MONTHS');
    expect(employerArrears(dues, [], '2023-04-30').bucket).toBe('FROM_1_TO_3_MONTHS');
    expect(employerArrears(dues, [], '2023-05-01').bucket).toBe('FROM_3_MONTHS');
    expect(overdueAgeMonths('2023-01', '2023-05-01')).toBe(3);
    expect([0, 1, 2, 3, 40].map(bucketOfAge)).toEqual([
      'UNDER_1_MONTH',
      'FROM_1_TO_3_MONTHS',
      'FROM_1_TO_3_MONTHS',
      'FROM_3_MONTHS',
      'FROM_3_MONTHS',
    ]);
  });

  it('carries last year’s arrears as overdue while receivable restarts in January', () => {
    // Oct–Dec 2022 unpaid (300), January 2023 paid 100 on 20/01: it settles October. At 10/02/2023:
    // receivable = Jan + Feb 2023 = 200; overdue = Nov, Dec 2022 + Jan 2023 = 300.
    const dues = [...monthly(10, 12, 100, 2022), ...monthly(1, 2, 100)];
    const r = employerArrears(dues, [{ paidOn: '2023-01-20', amount: 100 }], '2023-02-10');
    expect(r).toMatchObject({ receivable: 200, overdue: 300, oldestOverdueMonth: '2022-11', ageMonths: 2 });
    expect(latePaymentRatio(r.overdue, r.receivable)).toBe(1.5);
  });
});
