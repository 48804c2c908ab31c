import { describe, expect, it } from 'vitest';
import { dataQualityFindings } from './data-quality';

const candidate = { reportDate: '2021-10-15', value: 500, previousValue: 400, periodTotal: 1000, onSchedule: true };

describe('dataQualityFindings', () => {
  it('finds nothing in a plausible report', () => {
    expect(dataQualityFindings(candidate)).toEqual([]);
  });

  it('lists a cumulative value lower than the previous report', () => {
    expect(dataQualityFindings({ ...candidate, value: 350 }).map((f) => f.kind)).toEqual(['DECREASING_CUMULATIVE']);
  });

  it('lists a rise of more than three period quotas, also on a first report', () => {
    expect(dataQualityFindings({ ...candidate, value: 3401 }).map((f) => f.kind)).toEqual(['JUMP_ABOVE_QUOTA']);
    expect(dataQualityFindings({ ...candidate, value: 3400 })).toEqual([]);
    expect(dataQualityFindings({ ...candidate, previousValue: null, value: 3001 }).map((f) => f.kind)).toEqual([
      'JUMP_ABOVE_QUOTA',
    ]);
  });

  it('lists a report dated off the plan schedule', () => {
    expect(dataQualityFindings({ ...candidate, onSchedule: false }).map((f) => f.kind)).toEqual(['OFF_SCHEDULE_DATE']);
  });
});
