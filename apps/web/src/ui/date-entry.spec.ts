import { describe, expect, it } from 'vitest';
import { decideDateEntry, parseDateInPeriod, parseDayMonthYear } from './date-entry';

const PERIOD = { start: '2021-01-01', end: '2021-12-31' };

describe('parseDayMonthYear', () => {
  it('reads dd/mm/yyyy as the ISO date, day first whatever the browser language', () => {
    expect(parseDayMonthYear('30/11/2021')).toEqual({ ok: true, date: '2021-11-30' });
    expect(parseDayMonthYear('01/09/2021')).toEqual({ ok: true, date: '2021-09-01' });
  });

  it('accepts a day and month of one digit and spaces around the date', () => {
    expect(parseDayMonthYear('1/9/2021')).toEqual({ ok: true, date: '2021-09-01' });
    expect(parseDayMonthYear(' 5/12/2021 ')).toEqual({ ok: true, date: '2021-12-05' });
  });

  it('accepts dots and dashes between the parts', () => {
    expect(parseDayMonthYear('30.11.2021')).toEqual({ ok: true, date: '2021-11-30' });
    expect(parseDayMonthYear('30-11-2021')).toEqual({ ok: true, date: '2021-11-30' });
  });

  it('refuses a two-digit year', () => {
    expect(parseDayMonthYear('30/11/21')).toEqual({ ok: false, problem: 'format' });
  });

  it('refuses a day the calendar lacks rather than rolling it into the next month', () => {
    expect(parseDayMonthYear('31/02/2021')).toEqual({ ok: false, problem: 'noSuchDate' });
    expect(parseDayMonthYear('29/02/2021')).toEqual({ ok: false, problem: 'noSuchDate' });
    expect(parseDayMonthYear('31/04/2021')).toEqual({ ok: false, problem: 'noSuchDate' });
    expect(parseDayMonthYear('00/11/2021')).toEqual({ ok: false, problem: 'noSuchDate' });
    expect(parseDayMonthYear('12/13/2021')).toEqual({ ok: false, problem: 'noSuchDate' });
    expect(parseDayMonthYear('29/02/2024')).toEqual({ ok: true, date: '2024-02-29' });
  });

  it('refuses text, an ISO date and an empty field', () => {
    expect(parseDayMonthYear('hôm nay')).toEqual({ ok: false, problem: 'format' });
    expect(parseDayMonthYear('2021-11-30')).toEqual({ ok: false, problem: 'format' });
    expect(parseDayMonthYear('30/11')).toEqual({ ok: false, problem: 'format' });
    expect(parseDayMonthYear('  ')).toEqual({ ok: false, problem: 'empty' });
  });
});

describe('parseDateInPeriod', () => {
  it('accepts the first and last day of the period and refuses the days around it', () => {
    expect(parseDateInPeriod('01/01/2021', PERIOD)).toEqual({ ok: true, date: '2021-01-01' });
    expect(parseDateInPeriod('31/12/2021', PERIOD)).toEqual({ ok: true, date: '2021-12-31' });
    expect(parseDateInPeriod('31/12/2020', PERIOD)).toEqual({ ok: false, problem: 'outsidePeriod' });
    expect(parseDateInPeriod('01/01/2022', PERIOD)).toEqual({ ok: false, problem: 'outsidePeriod' });
  });
});

describe('decideDateEntry', () => {
  const current = '2021-10-31';

  it('waits while a date is half typed, whatever it looks like so far', () => {
    for (const text of ['', '3', '30', '30/1', '30/11/', '30/11/2', '30/11/202', '1/9/2021'])
      expect(decideDateEntry(text, 'input', current, PERIOD)).toEqual({ kind: 'wait' });
  });

  it('commits as soon as a whole valid date has been typed, once', () => {
    expect(decideDateEntry('30/11/2021', 'input', current, PERIOD)).toEqual({ kind: 'commit', date: '2021-11-30' });
  });

  it('refuses a whole date that does not exist or lies outside the period as soon as it is typed', () => {
    expect(decideDateEntry('31/02/2021', 'input', current, PERIOD)).toEqual({ kind: 'refuse', problem: 'noSuchDate' });
    expect(decideDateEntry('30/11/2022', 'input', current, PERIOD)).toEqual({
      kind: 'refuse',
      problem: 'outsidePeriod',
    });
  });

  it('commits a short date on Enter or on leaving the field', () => {
    expect(decideDateEntry('1/9/2021', 'enter', current, PERIOD)).toEqual({ kind: 'commit', date: '2021-09-01' });
    expect(decideDateEntry('1/9/2021', 'blur', current, PERIOD)).toEqual({ kind: 'commit', date: '2021-09-01' });
  });

  it('refuses a half-typed or empty date on Enter or on leaving the field', () => {
    expect(decideDateEntry('30/11', 'enter', current, PERIOD)).toEqual({ kind: 'refuse', problem: 'format' });
    expect(decideDateEntry('', 'blur', current, PERIOD)).toEqual({ kind: 'refuse', problem: 'empty' });
  });

  it('sends nothing when the text is the date already shown', () => {
    expect(decideDateEntry('31/10/2021', 'input', current, PERIOD)).toEqual({ kind: 'unchanged', date: current });
    expect(decideDateEntry('31/10/2021', 'blur', current, PERIOD)).toEqual({ kind: 'unchanged', date: current });
  });
});
