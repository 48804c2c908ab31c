import { describe, expect, it } from 'vitest';
import {
  approvalsHref,
  complianceCaseHref,
  hrefWith,
  latePaymentHref,
  provinceHref,
  rankingHref,
  rankingViewHref,
  reportHref,
} from './links';

describe('links between pages', () => {
  it('links a province by its two-digit code, keeping the leading zero, at the date given', () => {
    expect(provinceHref('01', '2021-10-31')).toBe('/tinh/01?asOf=2021-10-31');
    expect(provinceHref('96')).toBe('/tinh/96');
  });

  it('opens a province on a metric as well, for a cell of the overview', () => {
    expect(provinceHref('01', '2021-11-15', 'revenue')).toBe('/tinh/01?asOf=2021-11-15&metric=revenue');
    expect(provinceHref('01', null, 'revenue')).toBe('/tinh/01?metric=revenue');
  });

  it('keeps the plan and the unit set a province code belongs to, leaving the defaults out', () => {
    expect(provinceHref('08', '2021-11-30', null, { units: '34' })).toBe('/tinh/08?units=34&asOf=2021-11-30');
    expect(provinceHref('08', '2026-11-30', 'revenue', { plan: 'KH-2026-34-MAU', units: null })).toBe(
      '/tinh/08?plan=KH-2026-34-MAU&asOf=2026-11-30&metric=revenue',
    );
    expect(rankingViewHref('revenue', '2021-11-15', 'TO_DATE', { units: '34' })).toBe(
      '/xep-hang?units=34&metric=revenue&asOf=2021-11-15',
    );
  });

  it('opens the report form on a province and report date', () => {
    expect(reportHref('79', '2021-11-15')).toBe('/bao-cao?province=79&date=2021-11-15');
    expect(reportHref()).toBe('/bao-cao');
  });

  it('opens the ranking at a date with the metric and basis it last showed', () => {
    expect(rankingHref('?metric=revenue&asOf=2021-09-30&basis=PERIOD', '2021-11-15')).toBe(
      '/xep-hang?metric=revenue&asOf=2021-11-15&basis=PERIOD',
    );
    expect(rankingHref('', '2021-11-15')).toBe('/xep-hang?asOf=2021-11-15');
  });

  it('opens the ranking on the plan and unit set of the page it is opened from, whatever it last showed', () => {
    expect(rankingHref('?plan=KH-2026-34-MAU&metric=revenue', '2021-11-15', { plan: null, units: '34' })).toBe(
      '/xep-hang?metric=revenue&units=34&asOf=2021-11-15',
    );
  });

  it('opens the ranking of a metric on a basis, leaving out the default basis as the ranking page does', () => {
    expect(rankingViewHref('revenue', '2021-11-15', 'PERIOD')).toBe(
      '/xep-hang?metric=revenue&asOf=2021-11-15&basis=PERIOD',
    );
    expect(rankingViewHref('revenue', '2021-11-15', 'TO_DATE')).toBe('/xep-hang?metric=revenue&asOf=2021-11-15');
  });

  it('opens the late-payment page at a date on a province, and the approvals page on what waits', () => {
    expect(latePaymentHref('2021-11-30', '12')).toBe('/cham-dong?asOf=2021-11-30&province=12');
    expect(latePaymentHref('2021-11-30')).toBe('/cham-dong?asOf=2021-11-30');
    expect(approvalsHref()).toBe('/duyet-bao-cao');
  });

  it('opens a compliance case at the date its list showed it, or as of today without one', () => {
    expect(complianceCaseHref('1117', '2023-12-31')).toBe('/tuan-thu/ho-so/1117?asOf=2023-12-31');
    expect(complianceCaseHref('1117')).toBe('/tuan-thu/ho-so/1117');
  });

  it('removes a parameter set to nothing', () => {
    expect(hrefWith('/tinh/01', '?asOf=2021-10-31&x=1', { asOf: null })).toBe('/tinh/01?x=1');
  });
});
