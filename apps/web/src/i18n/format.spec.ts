import { describe, expect, it } from 'vitest';
import {
  MISSING,
  formatDate,
  formatDateRange,
  formatDayMonth,
  formatDateOrDateTime,
  formatDateTime,
  formatDecimal,
  formatDifference,
  formatFileSize,
  formatInteger,
  formatPercent,
  formatQuantity,
  formatPace,
  formatRate,
  formatYearMonth,
  formatMonthYear,
} from './format';

describe('formatInteger', () => {
  it('groups thousands with dots as in vi-VN', () => {
    expect(formatInteger(1234567)).toBe('1.234.567');
  });

  it('rounds to a whole number', () => {
    expect(formatInteger(1234.6)).toBe('1.235');
  });

  it('shows a dash for a missing value instead of zero', () => {
    expect(formatInteger(null)).toBe(MISSING);
    expect(formatInteger(undefined)).toBe(MISSING);
    expect(formatInteger(Number.NaN)).toBe(MISSING);
  });
});

describe('formatDecimal', () => {
  it('uses a comma for the decimal separator', () => {
    expect(formatDecimal(1234.5, 2)).toBe('1.234,50');
    expect(formatDecimal(0.75)).toBe('0,8');
  });
});

describe('formatQuantity', () => {
  it('keeps one decimal for small fractional values and none for large ones', () => {
    expect(formatQuantity(2.46)).toBe('2,5');
    expect(formatQuantity(12)).toBe('12');
    expect(formatQuantity(15234.4)).toBe('15.234');
  });
});

describe('formatDifference', () => {
  it('shows the sign of a difference', () => {
    expect(formatDifference(1234)).toBe('+1.234');
    expect(formatDifference(-56)).toBe('−56');
    expect(formatDifference(0)).toBe('0');
  });
});

describe('formatRate', () => {
  it('always shows one decimal below 100 so a column of paces lines up', () => {
    expect(formatRate(35)).toBe('35,0');
    expect(formatRate(17.96)).toBe('18,0');
    expect(formatRate(338.4)).toBe('338');
  });
});

describe('formatPace', () => {
  it('says the plan is met instead of showing a pace of zero or less', () => {
    expect(formatPace(0, 'Đã đạt KH')).toBe('Đã đạt KH');
    expect(formatPace(-3, 'Đã đạt KH')).toBe('Đã đạt KH');
    expect(formatPace(12.34, 'Đã đạt KH')).toBe('12,3');
    expect(formatPace(null, 'Đã đạt KH')).toBe(MISSING);
  });
});

describe('formatPercent', () => {
  it('formats a fraction as a percentage with one decimal', () => {
    expect(formatPercent(0.125)).toBe('12,5%');
    expect(formatPercent(1)).toBe('100,0%');
    expect(formatPercent(1.2345)).toBe('123,5%');
  });

  it('can drop the decimal for axis ticks', () => {
    expect(formatPercent(0.2, 0)).toBe('20%');
  });

  it('shows a dash for a missing ratio', () => {
    expect(formatPercent(null)).toBe(MISSING);
  });
});

describe('formatDate', () => {
  it('formats an ISO date as dd/MM/yyyy without shifting the day', () => {
    expect(formatDate('2021-09-01')).toBe('01/09/2021');
    expect(formatDate('2021-12-31')).toBe('31/12/2021');
  });

  it('formats a compact day and month', () => {
    expect(formatDayMonth('2021-09-15')).toBe('15/09');
  });

  it('formats a period with an en dash', () => {
    expect(formatDateRange('2021-09-01', '2021-12-31')).toBe('01/09/2021 – 31/12/2021');
  });
});

describe('formatMonthYear', () => {
  it('writes a month as MM/yyyy, keeping the leading zero so a column lines up', () => {
    expect(formatMonthYear('2023-02')).toBe('02/2023');
    expect(formatMonthYear('2023-11')).toBe('11/2023');
  });

  it('keeps text it cannot read', () => {
    expect(formatMonthYear('2023-2')).toBe('2023-2');
  });
});

describe('formatYearMonth', () => {
  it('writes a month as Vietnamese documents do, without a leading zero', () => {
    expect(formatYearMonth('2021-09')).toBe('9/2021');
    expect(formatYearMonth('2021-12')).toBe('12/2021');
  });

  it('keeps text it cannot read', () => {
    expect(formatYearMonth('Q3')).toBe('Q3');
  });
});

describe('formatDateTime', () => {
  it('shows the server timestamp as dd/MM/yyyy HH:mm without shifting its time zone', () => {
    expect(formatDateTime('2026-11-22T03:07:16')).toBe('22/11/2026 03:07');
    // An instant in UTC is shown in Vietnam time (UTC+7), across midnight too.
    expect(formatDateTime('2021-12-31T17:30:00.000Z')).toBe('01/01/2022 00:30');
    expect(formatDateTime('2021-09-06 23:59:59.123')).toBe('06/09/2021 23:59');
  });
});

describe('formatDateOrDateTime', () => {
  it('shows a date as a date and a timestamp with its time', () => {
    expect(formatDateOrDateTime('2021-10-31')).toBe('31/10/2021');
    expect(formatDateOrDateTime('2021-10-31T23:59:59')).toBe('31/10/2021 23:59');
    expect(formatDateOrDateTime(null)).toBe(MISSING);
  });
});

describe('formatFileSize', () => {
  it('uses bytes, then kilobytes and megabytes with a decimal comma', () => {
    expect(formatFileSize(850)).toBe('850 B');
    expect(formatFileSize(12_595)).toBe('12,3 KB');
    expect(formatFileSize(1_300_000)).toBe('1,2 MB');
  });
});
