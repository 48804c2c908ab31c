import { describe, expect, it } from 'vitest';
import {
  arrearsBucketLabel,
  isComplianceListKind,
  isComplianceStep,
  LIST_KIND_ORDER,
  listKindWithForms,
  listKindWithListForm,
  registersWorkers,
  STEP_ORDER,
  stepWithForm,
} from './compliance-labels';

describe('the names of the workflow', () => {
  it('keeps the guidance’s order of steps, from the list to the police', () => {
    expect(STEP_ORDER[0]).toBe('LIST_RECEIVED');
    expect(STEP_ORDER.indexOf('NOTICE_SENT')).toBeLessThan(STEP_ORDER.indexOf('CONFERENCE_INVITED'));
    expect(STEP_ORDER.at(-1)).toBe('POLICE_REFERRAL');
  });

  it('names a step with its form in Vietnamese', () => {
    expect(stepWithForm('NOTICE_SENT', '04-KT')).toBe('Gửi thông báo (04-KT)');
    expect(stepWithForm('CONFERENCE_HELD', null)).toBe('Tổ chức hội nghị');
  });

  it('names a list with its forms, and a bucket as libs/domain does', () => {
    expect(listKindWithForms('NOT_PARTICIPATING')).toBe('Chưa tham gia (Mẫu 02a-KT, 02-KT)');
    expect(arrearsBucketLabel('FROM_3_MONTHS')).toBe('Từ 3 tháng trở lên');
  });

  it('tells steps from other words, and registrations from closures', () => {
    expect(isComplianceStep('ENTERED')).toBe(true);
    expect(isComplianceStep('entered')).toBe(false);
    expect(registersWorkers('PARTLY_REGISTERED')).toBe(true);
    expect(registersWorkers('CLOSED_NO_WORKERS')).toBe(false);
  });

  it('offers the two lists by the form the employers come on, not participating first', () => {
    expect(LIST_KIND_ORDER).toEqual(['NOT_PARTICIPATING', 'NOT_FULLY_PARTICIPATING']);
    expect(LIST_KIND_ORDER.map(listKindWithListForm)).toEqual([
      'Chưa tham gia (Mẫu 02a-KT)',
      'Tham gia chưa đầy đủ (Mẫu 03a-KT)',
    ]);
    expect(isComplianceListKind('NOT_FULLY_PARTICIPATING')).toBe(true);
    expect(isComplianceListKind('REGISTERED')).toBe(false);
  });
});
