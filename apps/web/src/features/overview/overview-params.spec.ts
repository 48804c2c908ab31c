import { describe, expect, it } from 'vitest';
import type { Plan } from '../../api/fields';
import { resolveOverviewParams, toOverviewSearch } from './overview-params';

const plan = (
  id: string,
  start: string,
  end: string,
  latest: string | null,
  unitSet: Plan['unitSet'] = 'VN63',
): Plan => ({
  id,
  title: id,
  issuingDocument: id,
  issuedOn: start,
  periodStart: start,
  periodEnd: end,
  reportDates: [],
  latestReportDateWithData: latest,
  hasSyntheticActuals: false,
  unitSet,
  synthetic: unitSet === 'VN34',
});
const plan2021 = plan('2800-KH-BHXH-2021', '2021-09-01', '2021-12-31', '2021-11-30');
const plan2022 = plan('KH-2022', '2022-01-01', '2022-12-31', '2022-06-30');
const plan2026 = plan('KH-2026-34-MAU', '2026-01-01', '2026-12-31', '2026-11-30', 'VN34');
const CHOICES = ['revenue', 'late_payment', 'composite'];

describe('resolveOverviewParams', () => {
  it('defaults to the first plan, its latest date with data, the target to date and the composite on the map', () => {
    expect(resolveOverviewParams('', [plan2021, plan2022], CHOICES)).toEqual({
      plan: plan2021,
      params: {
        planId: '2800-KH-BHXH-2021',
        unitSet: 'VN63',
        asOf: '2021-11-30',
        basis: 'TO_DATE',
        map: 'composite',
        coverageYear: null,
        coverageRank: 'SI',
      },
      invalid: [],
    });
  });

  it('shows a plan on its own unit set unless the URL asks for the 34', () => {
    expect(resolveOverviewParams('?units=34', [plan2021, plan2026], CHOICES).params.unitSet).toBe('VN34');
    expect(resolveOverviewParams('?units=63', [plan2021, plan2026], CHOICES).params.unitSet).toBe('VN63');
    const on34 = resolveOverviewParams('?plan=KH-2026-34-MAU', [plan2021, plan2026], CHOICES);
    expect(on34.params).toMatchObject({ planId: 'KH-2026-34-MAU', unitSet: 'VN34', asOf: '2026-11-30' });
    expect(on34.invalid).toEqual([]);
  });

  it('refuses the 63 for a plan given on the 34, and a set it does not know', () => {
    const split = resolveOverviewParams('?plan=KH-2026-34-MAU&units=63', [plan2021, plan2026], CHOICES);
    expect(split.params.unitSet).toBe('VN34');
    expect(split.invalid).toEqual(['units']);
    const unknown = resolveOverviewParams('?units=35', [plan2021, plan2026], CHOICES);
    expect(unknown.params.unitSet).toBe('VN63');
    expect(unknown.invalid).toEqual(['units']);
  });

  it('reads plan, date, basis and map from the URL, the date within the plan chosen', () => {
    const resolved = resolveOverviewParams(
      '?plan=KH-2022&asOf=2022-03-15&basis=PERIOD&map=revenue',
      [plan2021, plan2022],
      CHOICES,
    );
    expect(resolved.plan).toBe(plan2022);
    expect(resolved.params).toEqual({
      planId: 'KH-2022',
      unitSet: 'VN63',
      asOf: '2022-03-15',
      basis: 'PERIOD',
      map: 'revenue',
      coverageYear: null,
      coverageRank: 'SI',
    });
  });

  it('reads the coverage year and ranking, and names those it cannot use', () => {
    const chosen = resolveOverviewParams('?coverageYear=2023&coverageRank=HI', [plan2021], CHOICES);
    expect(chosen.params).toMatchObject({ coverageYear: 2023, coverageRank: 'HI' });
    expect(chosen.invalid).toEqual([]);
    const bad = resolveOverviewParams('?coverageYear=23&coverageRank=XX', [plan2021], CHOICES);
    expect(bad.params).toMatchObject({ coverageYear: null, coverageRank: 'SI' });
    expect(bad.invalid).toEqual(['coverageYear', 'coverageRank']);
  });

  it('names the unusable parameters and uses the defaults instead', () => {
    const resolved = resolveOverviewParams('?plan=x&asOf=2022-03-15&basis=y&map=z', [plan2021], CHOICES);
    expect(resolved.invalid).toEqual(['plan', 'asOf', 'basis', 'map']);
    expect(resolved.params).toEqual({
      planId: '2800-KH-BHXH-2021',
      unitSet: 'VN63',
      asOf: '2021-11-30',
      basis: 'TO_DATE',
      map: 'composite',
      coverageYear: null,
      coverageRank: 'SI',
    });
  });
});

describe('toOverviewSearch', () => {
  const params = {
    planId: 'KH-2022',
    unitSet: 'VN63',
    asOf: '2022-03-15',
    basis: 'PERIOD',
    map: 'revenue',
    coverageYear: null,
    coverageRank: 'SI',
  } as const;

  it('writes the plan only when there is more than one, and leaves the defaults out', () => {
    expect(toOverviewSearch(params, '', [plan2021, plan2022])).toBe(
      '?plan=KH-2022&asOf=2022-03-15&basis=PERIOD&map=revenue',
    );
    expect(toOverviewSearch({ ...params, basis: 'TO_DATE', map: 'composite' }, '?plan=KH-2022', [plan2022])).toBe(
      '?asOf=2022-03-15',
    );
  });

  it('writes the unit set only when it is not the plan’s own', () => {
    expect(toOverviewSearch({ ...params, unitSet: 'VN34' }, '', [plan2022])).toBe(
      '?units=34&asOf=2022-03-15&basis=PERIOD&map=revenue',
    );
    const on34 = { ...params, planId: 'KH-2026-34-MAU', unitSet: 'VN34', asOf: '2026-11-30' } as const;
    expect(toOverviewSearch(on34, '?plan=2800-KH-BHXH-2021&units=34', [plan2021, plan2026])).toBe(
      '?plan=KH-2026-34-MAU&asOf=2026-11-30&basis=PERIOD&map=revenue',
    );
  });

  it('writes the coverage year once chosen and the ranking when it is not by social insurance', () => {
    expect(toOverviewSearch({ ...params, coverageYear: 2023, coverageRank: 'HI' }, '', [plan2022])).toBe(
      '?asOf=2022-03-15&basis=PERIOD&map=revenue&coverageYear=2023&coverageRank=HI',
    );
    expect(toOverviewSearch(params, '?coverageYear=2023&coverageRank=HI', [plan2022])).toBe(
      '?asOf=2022-03-15&basis=PERIOD&map=revenue',
    );
  });

  it('keeps other parameters', () => {
    expect(toOverviewSearch(params, '?x=1', [plan2022])).toBe('?x=1&asOf=2022-03-15&basis=PERIOD&map=revenue');
  });
});
