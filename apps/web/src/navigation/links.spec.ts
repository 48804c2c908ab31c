import { describe, expect, it } from 'vitest';
import { hrefWith, provinceHref, rankingHref, reportHref } from './links';

describe('links between pages', () => {
  it('links a province by its two-digit code, keeping the leading zero, at the date given', () => {
    expect(provinceHref('01', '2021-10-31')).toBe('/tinh/01?asOf=2021-10-31');
    expect(provinceHref('96')).toBe('/tinh/96');
  });

  it('opens the report form on a province and report date', () => {
    expect(reportHref('79', '2021-11-15')).toBe('/bao-cao?province=79&date=2021-11-15');
    expect(reportHref()).toBe('/bao-cao');
  });

  it('opens the ranking at a date with the metric and basis it last showed', () => {
    expect(rankingHref('?metric=revenue&asOf=2021-09-30&basis=PERIOD', '2021-11-15')).toBe(
      '/?metric=revenue&asOf=2021-11-15&basis=PERIOD',
    );
    expect(rankingHref('', '2021-11-15')).toBe('/?asOf=2021-11-15');
  });

  it('removes a parameter set to nothing', () => {
    expect(hrefWith('/tinh/01', '?asOf=2021-10-31&x=1', { asOf: null })).toBe('/tinh/01?x=1');
  });
});
