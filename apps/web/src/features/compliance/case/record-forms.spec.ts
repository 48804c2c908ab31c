import { describe, expect, it } from 'vitest';
import {
  buildOutcomeVariables,
  buildStepVariables,
  checkRecordDate,
  lastRecordedDate,
  parseWholeNumber,
} from './record-forms';

const range = { earliest: '2023-07-06', today: '2026-12-04' };

describe('the dates a step may be recorded on', () => {
  it('takes a dd/mm/yyyy date from the last step to today, both included', () => {
    expect(checkRecordDate('06/07/2023', range)).toEqual({ ok: true, date: '2023-07-06' });
    expect(checkRecordDate(' 4/12/2026 ', range)).toEqual({ ok: true, date: '2026-12-04' });
  });

  it('refuses a date in the future, before the last step, or not in the calendar, saying why', () => {
    const future = checkRecordDate('05/12/2026', range);
    expect(future).toMatchObject({ ok: false });
    expect(!future.ok && future.issue).toContain('sau hôm nay (04/12/2026)');
    const before = checkRecordDate('05/07/2023', range);
    expect(!before.ok && before.issue).toContain('trước bước đã ghi gần nhất (06/07/2023)');
    const bad = checkRecordDate('31/02/2024', range);
    expect(!bad.ok && bad.issue).toContain('không có trong lịch');
    expect(checkRecordDate('', range)).toMatchObject({ ok: false });
  });

  it('counts from the last step done, or the list when there is none', () => {
    expect(lastRecordedDate({ openedOn: '2023-07-05', steps: [] })).toBe('2023-07-05');
    expect(lastRecordedDate({ openedOn: '2023-07-05', steps: [{ on: '2023-07-10' }, { on: '2023-07-08' }] })).toBe(
      '2023-07-10',
    );
  });
});

describe('the step form', () => {
  it('sends the step, the date and the document, an empty document as none', () => {
    expect(buildStepVariables('1117', { step: 'NOTICE_SENT', date: '01/12/2023', document: '  ' }, range)).toEqual({
      ok: true,
      variables: { caseId: '1117', step: 'NOTICE_SENT', on: '2023-12-01', document: null },
    });
    expect(
      buildStepVariables('1117', { step: 'NOTICE_SENT', date: '01/12/2023', document: ' 125/TB-BHXH ' }, range),
    ).toMatchObject({ ok: true, variables: { document: '125/TB-BHXH' } });
  });

  it('sends nothing with a date the server would refuse', () => {
    expect(buildStepVariables('1117', { step: 'NOTICE_SENT', date: '01/01/2030', document: '' }, range)).toMatchObject({
      ok: false,
      issues: { date: expect.stringContaining('01/01/2030') },
    });
  });
});

describe('the outcome form', () => {
  const form = {
    outcome: 'REGISTERED' as const,
    date: '15/12/2023',
    workers: '12',
    recovered: '12.500.000',
    document: '',
  };

  it('reads workers and đồng written the vi-VN way', () => {
    expect(parseWholeNumber('12.500.000')).toBe(12_500_000);
    expect(parseWholeNumber('12 500 000')).toBe(12_500_000);
    expect(parseWholeNumber('12,5')).toBeNull();
    expect(parseWholeNumber('-3')).toBeNull();
    expect(buildOutcomeVariables('9', form, range)).toEqual({
      ok: true,
      variables: {
        caseId: '9',
        outcome: 'REGISTERED',
        on: '2023-12-15',
        workersRegistered: 12,
        contributionRecovered: 12_500_000,
        document: null,
      },
    });
  });

  it('refuses workers for a closed case and numbers it cannot read, each beside its field', () => {
    const refused = buildOutcomeVariables('9', { ...form, outcome: 'CLOSED_DISSOLVED', recovered: 'nhiều' }, range);
    expect(refused).toMatchObject({
      ok: false,
      issues: { workers: expect.stringContaining('để 0'), recovered: expect.stringContaining('số nguyên') },
    });
  });

  it('takes empty boxes as zero', () => {
    expect(buildOutcomeVariables('9', { ...form, workers: '', recovered: '' }, range)).toMatchObject({
      ok: true,
      variables: { workersRegistered: 0, contributionRecovered: 0 },
    });
  });
});
