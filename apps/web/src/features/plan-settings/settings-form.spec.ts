import { describe, expect, it } from 'vitest';
import type { PlanSettingsVersion } from './plan-settings.queries';
import { checkSettingsForm, problemField, toFormValues, type SettingsFormValues } from './settings-form';

const METRICS = ['revenue', 'dev_compulsory_si'];

const DEFAULTS: PlanSettingsVersion = {
  planId: 'p',
  version: 0,
  onTrack: 1,
  atRisk: 0.9,
  latePaymentAtRisk: 1.1,
  compositeCap: 1.2,
  latePaymentReference: 0.0291,
  weights: [
    { metric: 'revenue', weight: 1 },
    { metric: 'dev_compulsory_si', weight: 1 },
    { metric: 'late_payment', weight: 0 },
  ],
  setAt: null,
  setBy: null,
  note: 'Mặc định',
};

const form = (change: Partial<SettingsFormValues> = {}): SettingsFormValues => ({
  ...toFormValues(DEFAULTS, METRICS),
  note: 'Quý IV ưu tiên thu',
  ...change,
});

describe('toFormValues', () => {
  it('shows ratios as percents with a decimal comma and the multiple as it is', () => {
    const values = toFormValues({ ...DEFAULTS, atRisk: 0.925 }, METRICS);
    expect(values).toMatchObject({
      onTrack: '100',
      atRisk: '92,5',
      latePaymentAtRisk: '1,1',
      compositeCap: '120',
      latePaymentReference: '2,91',
      note: '',
    });
    expect(values.weights).toEqual({ revenue: '1', dev_compulsory_si: '1', late_payment: '0' });
  });

  it('gives a metric the version does not weigh 0', () => {
    expect(toFormValues({ ...DEFAULTS, weights: [] }, METRICS).weights.revenue).toBe('0');
  });
});

describe('checkSettingsForm', () => {
  it('turns percents into ratios and keeps each weight, 0 included', () => {
    const checked = checkSettingsForm(
      form({
        atRisk: '92,5',
        latePaymentReference: '2,91',
        weights: { revenue: '3', dev_compulsory_si: '1', late_payment: '0' },
      }),
      METRICS,
    );
    expect(checked).toEqual({
      ok: true,
      input: {
        onTrack: 1,
        atRisk: 0.925,
        latePaymentAtRisk: 1.1,
        compositeCap: 1.2,
        latePaymentReference: 0.0291,
        weights: [
          { metric: 'revenue', weight: 3 },
          { metric: 'dev_compulsory_si', weight: 1 },
          { metric: 'late_payment', weight: 0 },
        ],
        note: 'Quý IV ưu tiên thu',
      },
    });
  });

  it('names a Cần chú ý threshold above Đạt beside its box, with the API’s bounds', () => {
    const checked = checkSettingsForm(form({ atRisk: '120' }), METRICS);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(Object.keys(checked.issues)).toEqual(['atRisk']);
  });

  it('names every box out of bounds, a text that is not a number, and a missing note', () => {
    const checked = checkSettingsForm(
      form({
        onTrack: 'abc',
        latePaymentAtRisk: '0,5',
        compositeCap: '90',
        latePaymentReference: '100',
        weights: { revenue: '101', dev_compulsory_si: '1', late_payment: '0' },
        note: '  ',
      }),
      METRICS,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues.onTrack).toContain('Nhập một số');
    expect(Object.keys(checked.issues).sort()).toEqual(
      ['compositeCap', 'latePaymentAtRisk', 'latePaymentReference', 'note', 'onTrack', 'weight:revenue'].sort(),
    );
  });

  it('refuses weights that are all 0, for the weights as a whole', () => {
    const checked = checkSettingsForm(
      form({ weights: { revenue: '0', dev_compulsory_si: '', late_payment: '0' } }),
      METRICS,
    );
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(Object.keys(checked.issues)).toEqual(['weights']);
  });
});

describe('problemField', () => {
  it('reads which box a domain problem is about', () => {
    expect(problemField('latePaymentAtRisk 0.5: give …')).toBe('latePaymentAtRisk');
    expect(problemField('atRisk 1.2: give …')).toBe('atRisk');
    expect(problemField('weight for "revenue" 101: give …')).toBe('weight:revenue');
    expect(problemField('weights: give at least one metric a weight above 0.')).toBe('weights');
  });
});
