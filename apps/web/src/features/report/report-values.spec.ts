import { describe, expect, it } from 'vitest';
import { buildReportValues, formatForInput, parseViNumber, valueIssue } from './report-values';

describe('parseViNumber', () => {
  it('reads numbers grouped with dots, as vi-VN writes them, and plain digits alike', () => {
    expect(parseViNumber('1.234.567')).toEqual({ kind: 'number', value: 1234567 });
    expect(parseViNumber('1234567')).toEqual({ kind: 'number', value: 1234567 });
    expect(parseViNumber('1.000')).toEqual({ kind: 'number', value: 1000 });
    expect(parseViNumber('0')).toEqual({ kind: 'number', value: 0 });
  });

  it('reads a comma as the decimal separator', () => {
    expect(parseViNumber('12,5')).toEqual({ kind: 'number', value: 12.5 });
    expect(parseViNumber('1.234,75')).toEqual({ kind: 'number', value: 1234.75 });
  });

  it('accepts spaces, including no-break spaces, around and between the groups', () => {
    expect(parseViNumber(' 1 234 567 ')).toEqual({ kind: 'number', value: 1234567 });
    expect(parseViNumber('1\u00a0234')).toEqual({ kind: 'number', value: 1234 });
  });

  it('treats an empty box as not reported, not as zero', () => {
    expect(parseViNumber('')).toEqual({ kind: 'empty' });
    expect(parseViNumber('   ')).toEqual({ kind: 'empty' });
  });

  it('refuses a negative cumulative value', () => {
    expect(parseViNumber('-5')).toEqual({ kind: 'invalid', reason: 'negative' });
    expect(parseViNumber('−1.200')).toEqual({ kind: 'invalid', reason: 'negative' });
  });

  it('refuses a dot used as a decimal point rather than guessing', () => {
    expect(parseViNumber('12.5')).toEqual({ kind: 'invalid', reason: 'decimal-point' });
    expect(parseViNumber('1.2345')).toEqual({ kind: 'invalid', reason: 'decimal-point' });
  });

  it('refuses anything else', () => {
    for (const text of ['abc', '1,2,3', '1..2', '12.34.567', '12a', ',5', '1e6']) {
      expect(parseViNumber(text)).toEqual({ kind: 'invalid', reason: 'not-a-number' });
    }
  });
});

describe('valueIssue', () => {
  it('says in Vietnamese how to write the number', () => {
    expect(valueIssue('12.5')).toContain('dấu phẩy');
    expect(valueIssue('abc')).toContain('“abc” không phải là số');
    expect(valueIssue('-3')).toBe('Số lũy kế không được âm.');
    expect(valueIssue('1.234.567')).toBeUndefined();
    expect(valueIssue('')).toBeUndefined();
  });
});

describe('formatForInput', () => {
  it('shows the number read, grouped the vi-VN way, and leaves text it cannot read', () => {
    expect(formatForInput('1234567')).toBe('1.234.567');
    expect(formatForInput('1234,5')).toBe('1.234,5');
    expect(formatForInput('12.5')).toBe('12.5');
    expect(formatForInput('')).toBe('');
  });
});

describe('buildReportValues', () => {
  const keys = ['dev_compulsory_si', 'dev_voluntary_si', 'revenue'];

  it('sends only the metrics filled in, in catalogue order', () => {
    expect(
      buildReportValues(keys, { revenue: '1.234.567,5', dev_compulsory_si: '1200', dev_voluntary_si: ' ' }),
    ).toEqual({
      values: [
        { metric: 'dev_compulsory_si', value: 1200 },
        { metric: 'revenue', value: 1234567.5 },
      ],
      issues: {},
    });
  });

  it('lists every box that cannot be read', () => {
    const built = buildReportValues(keys, { dev_compulsory_si: 'x', revenue: '-1' });
    expect(Object.keys(built.issues)).toEqual(['dev_compulsory_si', 'revenue']);
    expect(built.values).toEqual([]);
  });
});
