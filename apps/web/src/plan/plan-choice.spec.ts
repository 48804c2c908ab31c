import { describe, expect, it } from 'vitest';
import type { Plan } from '../api/fields';
import { planOptionLabel, planParam, resolvePlanChoice } from './plan-choice';

const plan = (id: string, fields: Partial<Plan> = {}): Plan => ({
  id,
  title: `Kế hoạch ${id}`,
  issuingDocument: id,
  issuedOn: '2021-09-06',
  periodStart: '2021-09-01',
  periodEnd: '2021-12-31',
  reportDates: [],
  latestReportDateWithData: null,
  hasSyntheticActuals: false,
  unitSet: 'VN63',
  synthetic: false,
  ...fields,
});
const published = plan('2800-KH-BHXH-2021');
const sample = plan('KH-2026-34-MAU', { unitSet: 'VN34', synthetic: true });
const plans = [published, sample];

describe('resolvePlanChoice', () => {
  it('opens on the first plan, or the one the address names', () => {
    expect(resolvePlanChoice(new URLSearchParams(''), plans)).toEqual({ plan: published, invalid: false });
    expect(resolvePlanChoice(new URLSearchParams('?plan=KH-2026-34-MAU'), plans)).toEqual({
      plan: sample,
      invalid: false,
    });
  });

  it('falls back to the first plan for a plan it does not list, and says so', () => {
    expect(resolvePlanChoice(new URLSearchParams('?plan=KH-1999'), plans)).toEqual({ plan: published, invalid: true });
  });
});

describe('planParam', () => {
  it('leaves the first plan out of a link and names the others', () => {
    expect(planParam(published, plans)).toBeNull();
    expect(planParam(sample, plans)).toBe('KH-2026-34-MAU');
  });
});

describe('planOptionLabel', () => {
  it('marks a made-up plan as sample data, and only that one', () => {
    expect(planOptionLabel(sample)).toBe('KH-2026-34-MAU — Kế hoạch KH-2026-34-MAU (dữ liệu mẫu)');
    expect(planOptionLabel(published)).toBe('2800-KH-BHXH-2021 — Kế hoạch 2800-KH-BHXH-2021');
  });

  it('does not say it twice when the title already does', () => {
    const titled = { ...sample, title: 'Kế hoạch năm 2026 (dữ liệu mẫu)' };
    expect(planOptionLabel(titled)).toBe('KH-2026-34-MAU — Kế hoạch năm 2026 (dữ liệu mẫu)');
  });
});
