import { describe, expect, it } from 'vitest';
import { actualInForce } from './actual-in-force';

describe('actualInForce', () => {
  const submissions = [
    { reportDate: '2021-09-30', value: 100, submittedAt: '2021-09-30T16:00:00', id: 1 },
    { reportDate: '2021-10-15', value: 180, submittedAt: '2021-10-15T16:00:00', id: 2 },
    // a correction of 15 October that arrives first but was submitted later …
    { reportDate: '2021-10-15', value: 210, submittedAt: '2021-10-18T09:00:00', id: 3 },
    // … and an older draft of the same report that arrives last: it does not supersede the correction
    { reportDate: '2021-10-15', value: 150, submittedAt: '2021-10-14T11:00:00', id: 4 },
  ];

  it('uses the latest report on or before the date, at mid-month dates too', () => {
    expect(actualInForce(submissions, '2021-10-14')?.value).toBe(100);
    expect(actualInForce(submissions, '2021-10-20')?.value).toBe(210);
  });

  it('takes the revision submitted last, whatever order revisions arrived in', () => {
    expect(actualInForce(submissions, '2021-10-15')?.id).toBe(3);
    expect(actualInForce([...submissions].reverse(), '2021-10-15')?.id).toBe(3);
  });

  it('has no actual before the first report: never zero', () => {
    expect(actualInForce(submissions, '2021-09-29')).toBeNull();
    expect(actualInForce([], '2021-12-31')).toBeNull();
  });

  it('keeps the last figure of a province that stopped reporting', () => {
    expect(actualInForce(submissions, '2021-12-31')?.value).toBe(210);
  });
});
