import { describe, expect, it } from 'vitest';
import { InvalidDateError, assertIsoDate, assertYearMonth, isIsoDate, isYearMonth } from './iso-date';

describe('what a date and a month are', () => {
  it('takes only dates that exist on the calendar, written YYYY-MM-DD', () => {
    for (const date of ['2021-11-30', '2024-02-29', '2000-02-29']) expect(isIsoDate(date), date).toBe(true);
    for (const text of ['2021-02-30', '2021-13-01', '2023-02-29', '1900-02-29', '15/10/2021', '2021-1-05', ''])
      expect(isIsoDate(text), text).toBe(false);
  });

  it('takes only months written YYYY-MM', () => {
    for (const month of ['2021-01', '2021-12']) expect(isYearMonth(month), month).toBe(true);
    for (const text of ['2021-13', '2021-00', '2021-1', '2021-11-30', '11/2021'])
      expect(isYearMonth(text), text).toBe(false);
  });

  it('refuses a date or a month with the value and the form it must have, in English and Vietnamese', () => {
    const date = (() => {
      try {
        assertIsoDate('2021-02-30', 'asOf');
      } catch (error) {
        return error;
      }
    })();
    expect(date).toBeInstanceOf(InvalidDateError);
    expect((date as InvalidDateError).message).toBe(
      'asOf must be a date that exists on the calendar, written YYYY-MM-DD (e.g. 2021-11-30); got "2021-02-30".',
    );
    expect((date as InvalidDateError).messageVi).toBe(
      'asOf phải là một ngày có thật, viết theo dạng YYYY-MM-DD (ví dụ 2021-11-30); đã nhận "2021-02-30".',
    );
    expect(() => assertYearMonth('2021-13', 'from')).toThrow(
      'from must be a month written YYYY-MM (e.g. 2021-11); got "2021-13".',
    );
  });
});
