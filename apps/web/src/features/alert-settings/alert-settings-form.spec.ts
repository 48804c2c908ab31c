import { describe, expect, it } from 'vitest';
import type { AlertSettings } from './alert-settings.queries';
import { DIGEST_CHOICES, toAlertSettingsForm, toAlertSettingsVariables, withKind } from './alert-settings-form';

const DIRECTOR: AlertSettings = {
  kinds: ['REPORT_MISSING', 'RANK_DROP', 'REPORT_DUE_TOMORROW'],
  availableKinds: ['REPORT_DUE_TOMORROW', 'REPORT_MISSING', 'BAND_FELL', 'RANK_DROP'],
  email: null,
  digest: 'NONE',
  language: 'vi',
  emailAvailable: false,
  version: 0,
  setAt: null,
};

describe('toAlertSettingsForm', () => {
  it('ticks the chosen kinds in the order of the role’s kinds, with an empty address for none', () => {
    expect(toAlertSettingsForm(DIRECTOR)).toEqual({
      kinds: ['REPORT_DUE_TOMORROW', 'REPORT_MISSING', 'RANK_DROP'],
      email: '',
      digest: 'NONE',
      language: 'vi',
    });
  });

  it('keeps the address, the digest and English, and reads any other language as Vietnamese', () => {
    const form = toAlertSettingsForm({ ...DIRECTOR, email: 'gd@bhxh.gov.vn', digest: 'DAILY', language: 'en' });
    expect(form).toMatchObject({ email: 'gd@bhxh.gov.vn', digest: 'DAILY', language: 'en' });
    expect(toAlertSettingsForm({ ...DIRECTOR, language: 'fr' }).language).toBe('vi');
  });

  it('leaves out a chosen kind the role no longer gets', () => {
    expect(toAlertSettingsForm({ ...DIRECTOR, kinds: ['STEP_OVERDUE', 'BAND_FELL'] }).kinds).toEqual(['BAND_FELL']);
  });
});

describe('withKind', () => {
  const available = DIRECTOR.availableKinds;

  it('unticks one kind and keeps the rest', () => {
    expect(withKind(['REPORT_DUE_TOMORROW', 'RANK_DROP'], 'RANK_DROP', false, available)).toEqual([
      'REPORT_DUE_TOMORROW',
    ]);
  });

  it('ticks one kind in its place in the list, once', () => {
    expect(withKind(['REPORT_DUE_TOMORROW', 'RANK_DROP'], 'REPORT_MISSING', true, available)).toEqual([
      'REPORT_DUE_TOMORROW',
      'REPORT_MISSING',
      'RANK_DROP',
    ]);
    expect(withKind(['RANK_DROP'], 'RANK_DROP', true, available)).toEqual(['RANK_DROP']);
  });
});

describe('toAlertSettingsVariables', () => {
  it('sends the address trimmed, and no address when the box is empty', () => {
    const values = {
      kinds: ['RANK_DROP' as const],
      email: '  gd@bhxh.gov.vn ',
      digest: 'DAILY' as const,
      language: 'vi' as const,
    };
    expect(toAlertSettingsVariables(values)).toEqual({
      kinds: ['RANK_DROP'],
      digest: 'DAILY',
      email: 'gd@bhxh.gov.vn',
      language: 'vi',
    });
    expect(toAlertSettingsVariables({ ...values, email: '   ' }).email).toBeNull();
  });

  it('lists the digest choices daily first and no e-mail last', () => {
    expect(DIGEST_CHOICES).toEqual(['DAILY', 'REPORT_DATE', 'NONE']);
  });
});
