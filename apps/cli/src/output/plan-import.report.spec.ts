import { describe, expect, it } from 'vitest';
import type { PlanImportOutcome } from '@scorecard/ingest';
import { formatImportOutcome, formatProblems } from './plan-import.report';

const outcome = (overrides: Partial<PlanImportOutcome>): PlanImportOutcome => ({
  planId: 'P',
  version: 2,
  created: true,
  dryRun: false,
  metricsImported: ['outreach_conferences'],
  metricsCarriedOver: ['revenue'],
  reconciliation: {
    planId: 'P',
    cellsChecked: 2240,
    roundingCount: 1,
    errorCount: 1,
    findings: [
      {
        metric: 'outreach_conferences',
        kind: 'ROW_MONTHS_VS_TOTAL',
        provinceCode: '15',
        publishedName: 'Yên Bái',
        month: null,
        published: 7515,
        computed: 367,
        difference: 7148,
        severity: 'ERROR',
        file: 'a.txt',
        line: 74,
        message: '',
      },
      {
        metric: 'revenue',
        kind: 'PROVINCES_VS_NATIONAL',
        provinceCode: null,
        publishedName: 'Toàn quốc',
        month: '2021-10',
        published: 39625361,
        computed: 39625365,
        difference: -4,
        severity: 'ROUNDING',
        file: 'b.txt',
        line: 7,
        message: '',
      },
    ],
  },
  ...overrides,
});

describe('formatImportOutcome', () => {
  it('says what was stored and lists errors before rounding, in vi-VN numbers', () => {
    const text = formatImportOutcome(outcome({}));
    expect(text).toContain('Plan P: version 2 stored.');
    expect(text).toContain('Kept from the previous version: revenue.');
    expect(text).toContain('2.240 published cells checked, 1 error(s), 1 rounding difference(s)');
    expect(text.indexOf('Yên Bái (15)')).toBeLessThan(text.indexOf('national row'));
    expect(text).toContain('published 7.515, computed 367, difference +7.148  [a.txt:74]');
    expect(text).toContain('difference −4');
  });

  it('tells a dry run and an unchanged import apart from a stored one', () => {
    expect(formatImportOutcome(outcome({ dryRun: true, created: false }))).toContain(
      'checked, nothing stored (dry run); it would be version 2',
    );
    expect(formatImportOutcome(outcome({ created: false, version: 1 }))).toContain(
      'same content as version 1; nothing changed',
    );
  });
});

describe('formatProblems', () => {
  it('names the place (row, column number and name), the value and the fix of every problem', () => {
    const text = formatProblems([
      {
        kind: 'UNKNOWN_PROVINCE',
        file: 'x.txt',
        row: 12,
        column: null,
        columnNumber: 2,
        value: 'Quảng Nimh',
        message: 'unknown province',
        messageVi: 'không nhận ra tên tỉnh',
        fix: 'Use Quảng Ninh',
        fixVi: 'Ghi Quảng Ninh',
      },
      {
        kind: 'MISSING_PROVINCE',
        file: 'x.txt',
        row: null,
        column: null,
        columnNumber: null,
        value: null,
        message: 'Bắc Kạn has no row',
        messageVi: 'Bắc Kạn không có dòng nào',
        fix: 'Add it',
        fixVi: 'Thêm dòng đó',
      },
      {
        kind: 'NOT_A_NUMBER',
        file: 'plan.csv',
        row: 3,
        column: 'value',
        columnNumber: 4,
        value: '1,5',
        message: 'looks like a decimal',
        messageVi: 'có dạng số thập phân',
        fix: 'Write a whole number',
        fixVi: 'Ghi số nguyên',
      },
    ]);
    expect(text).toContain('Import refused: 3 problem(s); nothing was written.');
    expect(text).toContain('x.txt:12:2: unknown province (found "Quảng Nimh")\n      fix: Use Quảng Ninh');
    expect(text).toContain('x.txt: Bắc Kạn has no row\n      fix: Add it');
    expect(text).toContain('plan.csv:3:4 (column "value"): looks like a decimal (found "1,5")');
  });
});
