import { describe, expect, it } from 'vitest';
import { asOfAfterRecording, resolveCaseAsOf } from './case-params';

describe('the date a case is shown at', () => {
  it('reads the date the list showed it at, or today without one', () => {
    expect(resolveCaseAsOf('?asOf=2023-12-31')).toEqual({ asOf: '2023-12-31', invalid: false });
    expect(resolveCaseAsOf('')).toEqual({ asOf: null, invalid: false });
    expect(resolveCaseAsOf('?asOf=31/12/2023')).toEqual({ asOf: null, invalid: true });
  });

  it('moves on to today once a step after that date is recorded, so the step shows', () => {
    expect(asOfAfterRecording('2023-12-31', '2024-01-02')).toBeNull();
    expect(asOfAfterRecording('2023-12-31', '2023-12-31')).toBe('2023-12-31');
    expect(asOfAfterRecording('2023-12-31', '2023-12-05')).toBe('2023-12-31');
    expect(asOfAfterRecording(null, '2023-12-05')).toBeNull();
  });
});
