import { describe, expect, it } from 'vitest';
import type { ThresholdsInForce } from './alert-thresholds.queries';
import { checkThresholdForm, problemField, toThresholdForm, type ThresholdFormValues } from './threshold-form';

const PLAN = '2800-KH-BHXH-2021';

const AGENCY_DEFAULTS: ThresholdsInForce = {
  planId: null,
  version: 0,
  rankDrop: 5,
  paceMultiple: 1.5,
  latePaymentRatio: 0.0337,
  approvalWaitDays: 3,
  inherited: ['rankDrop', 'paceMultiple', 'latePaymentRatio', 'approvalWaitDays'],
  setAt: null,
  setBy: null,
  note: '',
};

const PLAN_OWN: ThresholdsInForce = {
  ...AGENCY_DEFAULTS,
  planId: PLAN,
  version: 2,
  rankDrop: 3,
  paceMultiple: 2.25,
  inherited: ['latePaymentRatio', 'approvalWaitDays'],
  setAt: '2026-12-04T09:30:00',
  setBy: 'lanh.dao',
  note: 'Siết theo dõi quý IV',
};

const form = (change: Partial<ThresholdFormValues> = {}): ThresholdFormValues => ({
  rankDrop: '',
  paceMultiple: '',
  latePaymentRatio: '',
  approvalWaitDays: '',
  note: 'Điều chỉnh theo chỉ đạo',
  ...change,
});

describe('toThresholdForm', () => {
  it('fills in what the scope sets itself, with a decimal comma, and leaves the inherited boxes empty', () => {
    expect(toThresholdForm(PLAN_OWN)).toEqual(form({ rankDrop: '3', paceMultiple: '2,25', note: '' }));
    expect(toThresholdForm(AGENCY_DEFAULTS)).toEqual(form({ note: '' }));
  });

  it('shows the agency-wide late-payment ratio as a percent', () => {
    expect(toThresholdForm({ ...AGENCY_DEFAULTS, inherited: [] }).latePaymentRatio).toBe('3,37');
  });
});

describe('checkThresholdForm', () => {
  it('reads "1,5" and "3,37" as typed in Vietnam and sends the percent as a fraction', () => {
    const checked = checkThresholdForm(
      form({ rankDrop: '3', paceMultiple: '1,5', latePaymentRatio: '3,37', approvalWaitDays: '7' }),
      null,
      AGENCY_DEFAULTS,
    );
    expect(checked).toEqual({
      ok: true,
      variables: {
        note: 'Điều chỉnh theo chỉ đạo',
        planId: null,
        rankDrop: 3,
        paceMultiple: 1.5,
        latePaymentRatio: 0.0337,
        approvalWaitDays: 7,
      },
    });
  });

  it('sends an empty box as null, to inherit, and the plan as the scope', () => {
    const checked = checkThresholdForm(form({ rankDrop: ' 3 ', note: '  Quý IV  ' }), PLAN, PLAN_OWN);
    expect(checked).toEqual({
      ok: true,
      variables: {
        note: 'Quý IV',
        planId: PLAN,
        rankDrop: 3,
        paceMultiple: null,
        latePaymentRatio: null,
        approvalWaitDays: null,
      },
    });
  });

  it('never sends a late-payment ratio for a plan, which the API would refuse', () => {
    const checked = checkThresholdForm(form({ latePaymentRatio: '4' }), PLAN, PLAN_OWN);
    expect(checked.ok && checked.variables.latePaymentRatio).toBeNull();
  });

  it('names each box out of bounds or not a number, and a missing reason', () => {
    const checked = checkThresholdForm(
      form({ rankDrop: '2,5', paceMultiple: 'nhiều', latePaymentRatio: '100', approvalWaitDays: '61', note: ' ' }),
      null,
      AGENCY_DEFAULTS,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues).toEqual({
      rankDrop: 'Tụt hạng phải là số nguyên từ 1 đến 62.',
      paceMultiple: 'Nhập một số, ví dụ 1,5.',
      latePaymentRatio: 'Tỷ lệ chậm đóng phải trên 0 % và dưới 100 %.',
      approvalWaitDays: 'Số ngày chờ duyệt phải là số nguyên từ 1 đến 60.',
      note: 'Ghi lý do thay đổi.',
    });
  });

  it('accepts the bounds themselves', () => {
    const checked = checkThresholdForm(
      form({ rankDrop: '62', paceMultiple: '10', latePaymentRatio: '0,01', approvalWaitDays: '1' }),
      null,
      AGENCY_DEFAULTS,
    );
    expect(checked.ok).toBe(true);
    expect(checkThresholdForm(form({ rankDrop: '0' }), null, AGENCY_DEFAULTS).ok).toBe(false);
    expect(checkThresholdForm(form({ paceMultiple: '0,9' }), null, AGENCY_DEFAULTS).ok).toBe(false);
  });
});

describe('problemField', () => {
  it('reads which threshold a domain problem is about', () => {
    expect(problemField('rankDrop 0: a whole number of places from 1 to 62 (số bậc từ 1 đến 62)')).toBe('rankDrop');
    expect(problemField('latePaymentRatio 1: a fraction …')).toBe('latePaymentRatio');
    expect(problemField('something else')).toBeUndefined();
  });
});
