import { describe, expect, it } from 'vitest';
import { alertText } from './alert-messages';
import { recipientsOf } from './alert-recipients';
import { DEFAULT_ALERT_THRESHOLDS, alertThresholdProblems, stepOverdueAlerts, type OpenCaseStep } from './alert-rules';

const STEP: OpenCaseStep = {
  caseId: 1234,
  provinceCode: '01',
  taxCode: '0101234567',
  employerName: 'Công ty TNHH Minh Anh',
  step: 'CONFERENCE_INVITED',
  deadline: '2023-03-20',
};

describe('stepOverdueAlerts', () => {
  it('says nothing on the deadline day itself and alerts the day after', () => {
    expect(stepOverdueAlerts([STEP], '2023-03-20')).toEqual([]);
    const [overdue] = stepOverdueAlerts([STEP], '2023-03-21');
    expect(overdue).toMatchObject({ kind: 'STEP_OVERDUE', provinceCode: '01', date: '2023-03-20' });
    expect(overdue!.figures).toMatchObject({ caseId: 1234, step: 'CONFERENCE_INVITED', deadline: '2023-03-20' });
  });

  it('keeps the same key on later days and a new key for the next step of the same case', () => {
    const first = stepOverdueAlerts([STEP], '2023-03-21')[0]!.key;
    expect(stepOverdueAlerts([STEP], '2023-04-30')[0]!.key).toBe(first);
    const next = stepOverdueAlerts([{ ...STEP, step: 'CONFERENCE_HELD', deadline: '2023-04-10' }], '2023-04-30');
    expect(next[0]!.key).not.toBe(first);
  });

  it('tells the case, the employer and the step in Vietnamese and links to the case page', () => {
    const [overdue] = stepOverdueAlerts([STEP], '2023-03-21');
    const text = alertText(overdue!, { province: 'Hà Nội', metric: null, metricUnit: null });
    expect(text.subject).toBe('Hà Nội: hồ sơ số 1234 quá hạn bước “Mời dự hội nghị”');
    expect(text.body).toContain('Công ty TNHH Minh Anh, mã số thuế 0101234567');
    expect(text.body).toContain('trước hết ngày 20/03/2023');
    expect(text.link).toBe('/tuan-thu/ho-so/1234');
    expect(alertText(overdue!, { province: 'Hà Nội', metric: null, metricUnit: null }, 'en').subject).toBe(
      'Hà Nội: case 1234 is overdue on “Invited to a conference”',
    );
  });

  it("goes to the province's director and officers, not to headquarters or another province", () => {
    const [overdue] = stepOverdueAlerts([STEP], '2023-03-21');
    const accounts = [
      { id: 'gd01', role: 'director' as const, provinceCode: '01', disabled: false },
      { id: 'cb01', role: 'officer' as const, provinceCode: '01', disabled: false },
      { id: 'gd02', role: 'director' as const, provinceCode: '02', disabled: false },
      { id: 'ld', role: 'leadership' as const, provinceCode: null, disabled: false },
    ];
    expect(recipientsOf(overdue!, accounts).map((a) => a.id)).toEqual(['gd01', 'cb01']);
  });
});

describe('alertThresholdProblems', () => {
  it('accepts the defaults and names each value out of bounds', () => {
    expect(alertThresholdProblems(DEFAULT_ALERT_THRESHOLDS)).toEqual([]);
    const problems = alertThresholdProblems({
      rankDrop: 0,
      paceMultiple: 0.5,
      latePaymentRatio: 3.37,
      approvalWaitDays: 2.5,
    });
    expect(problems).toHaveLength(4);
    expect(problems[2]).toContain('latePaymentRatio 3.37');
    expect(problems[2]).toContain('0.0337 for 3,37%');
  });
});
