import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlanImportError } from './plan-import.errors';
import { parsePlanManifest, planPeriodOf } from './plan-manifest';

const FILE = 'data/plans/2800-KH-BHXH-2021/manifest.json';
const shipped = readFileSync(new URL(`../../../../${FILE}`, import.meta.url), 'utf8');

function problemsOf(json: string) {
  try {
    parsePlanManifest(json, FILE);
  } catch (error) {
    if (error instanceof PlanImportError) return error.problems.map((p) => [p.message, p.value]);
    throw error;
  }
  throw new Error('the manifest was accepted');
}

describe('parsePlanManifest', () => {
  it('reads the shipped manifest of plan 2800/KH-BHXH', () => {
    const manifest = parsePlanManifest(shipped, FILE);
    expect(manifest).toMatchObject({
      id: '2800-KH-BHXH-2021',
      issuingDocument: '2800/KH-BHXH',
      unitSet: 'vn63-2004',
      reportDays: [15, 'last'],
    });
    expect(planPeriodOf(manifest)).toEqual({ start: '2021-09-01', end: '2021-12-31' });
    expect(manifest.tables.flatMap((t) => t.metrics)).toEqual([
      'dev_compulsory_si',
      'dev_voluntary_si',
      'dev_health_insurance',
      'revenue',
      'overdue_unit_inspections',
      'tax_data_reviews',
      'outreach_conferences',
    ]);
  });

  it('lists every problem of an invalid manifest with the value found', () => {
    const raw = JSON.parse(shipped) as Record<string, unknown>;
    const broken = {
      ...raw,
      periodStart: '2021-09-31',
      reportDays: [0, 'last'],
      tables: [
        { file: 'appendix-01.txt', appendix: '01', metrics: ['dev_compulsory_si', 'new_members'] },
        { file: '../appendix-02.txt', appendix: '2', metrics: ['dev_compulsory_si'] },
      ],
    };
    const problems = problemsOf(JSON.stringify(broken));
    expect(problems.map(([message]) => message?.split(':')[0])).toEqual([
      'periodStart',
      'reportDays.0',
      'tables.0.metrics.1',
      'tables.1.file',
      'tables.1.appendix',
      'tables.1.metrics.0', // dev_compulsory_si a second time
    ]);
    expect(problems[0]?.[1]).toBe('"2021-09-31"');
  });

  it('refuses a metric listed twice and a period that ends before it starts', () => {
    const raw = JSON.parse(shipped) as Record<string, unknown>;
    const broken = {
      ...raw,
      periodEnd: '2021-08-31',
      tables: [{ file: 'a.txt', appendix: '01', metrics: ['revenue', 'revenue'] }],
    };
    expect(problemsOf(JSON.stringify(broken)).map(([message]) => message)).toEqual([
      'periodEnd: must not be before periodStart',
      'tables.0.metrics.1: is listed twice',
    ]);
  });

  it('refuses text that is not JSON', () => {
    expect(problemsOf('{ "id": ')[0]?.[0]).toMatch(/^is not valid JSON/);
  });
});
