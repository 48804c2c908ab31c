import { describe, expect, it } from 'vitest';
import { defaultPlanSettings, planSettingsFindings, planSettingsProblems } from './plan-settings';

describe('plan settings problems', () => {
  const metrics = ['revenue', 'dev_compulsory_si'];

  it('finds nothing wrong with the defaults', () => {
    expect(planSettingsFindings(defaultPlanSettings(metrics), metrics)).toEqual([]);
  });

  it('says every problem in English and in Vietnamese with the same values', () => {
    const settings = { ...defaultPlanSettings(metrics), atRisk: 1.2, weights: { nonsense: 5 } };
    const findings = planSettingsFindings(settings, metrics);
    expect(findings.map((finding) => finding.message)).toEqual(planSettingsProblems(settings, metrics));
    expect(findings.map((finding) => finding.messageVi)).toEqual([
      'atRisk 1.2: ghi tỷ lệ từ đó một tỉnh được xếp "Cần chú ý", lớn hơn 0 và không quá onTrack (mặc định 0.9).',
      'trọng số của "nonsense": không phải chỉ tiêu của kế hoạch (revenue, dev_compulsory_si, late_payment).',
    ]);
  });
});
