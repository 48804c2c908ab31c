import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcome, refusalIn } from '../support/import-outcome';
import { REPO_ROOT, graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';

const PLAN = '2800-KH-BHXH-2021';
const APPENDIX_02 = readFileSync(join(REPO_ROOT, 'data/plans', PLAN, 'appendix-02.txt'), 'utf8');
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

// Hà Nội's revenue quota for December raised from 5,599,045 to 5,699,045 (and its total with it).
const corrected02 = APPENDIX_02.replace(
  '1\tHà Nội\t20,586,292\t4,539,521\t5,106,961\t5,340,767\t5,599,045',
  '1\tHà Nội\t20,686,292\t4,539,521\t5,106,961\t5,340,767\t5,699,045',
);

const IMPORT = `mutation($planId: String, $files: [PlanFileInput!]!, $dryRun: Boolean) {
  importPlan(planId: $planId, files: $files, dryRun: $dryRun) ${outcome(
    'PlanImportResult',
    'planId version created dryRun metricsImported metricsCarriedOver reconciliation { version errorCount roundingCount }',
  )}
}`;

type ImportResult = {
  importPlan: {
    planId: string;
    version: number;
    created: boolean;
    dryRun: boolean;
    metricsImported: string[];
    metricsCarriedOver: string[];
  };
};

describe('plan import and versions over GraphQL', () => {
  const temp = tempDir('scorecard-plan-import-');
  let server: RunningServer;

  beforeAll(async () => {
    expect(corrected02).not.toBe(APPENDIX_02);
    server = await startServer({ dbPath: join(temp.dir, 'import.duckdb'), env: { SCORECARD_SAMPLE_DATA: 'off' } });
  });
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  const haNoiRevenueTarget = async (version?: number) => {
    const result = await graphql<{ attainment: { province: { code: string }; target: number }[] }>(
      server.url,
      `query($version: Int) { attainment(planId: "${PLAN}", metric: "revenue", asOf: "2021-12-31", version: $version) { province { code } target } }`,
      { version },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.attainment.find((row) => row.province.code === '01')!.target;
  };

  it('changes nothing when the published content is imported again', async () => {
    const result = await graphql<ImportResult>(server.url, IMPORT, {
      planId: PLAN,
      files: [{ name: 'appendix-02.txt', contentBase64: base64(APPENDIX_02) }],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.importPlan).toMatchObject({ version: 1, created: false, metricsImported: ['revenue'] });
  });

  it('checks without storing on a dry run', async () => {
    const result = await graphql<ImportResult>(server.url, IMPORT, {
      planId: PLAN,
      dryRun: true,
      files: [{ name: 'appendix-02.txt', contentBase64: base64(corrected02) }],
    });
    expect(result.data!.importPlan).toMatchObject({ version: 2, created: false, dryRun: true });
    const plan = await graphql<{ plan: { versions: { version: number }[] } }>(
      server.url,
      `{ plan(id: "${PLAN}") { versions { version } } }`,
    );
    expect(plan.data!.plan.versions).toEqual([{ version: 1 }]);
  });

  it('stores a corrected table as version 2; queries use it, and version 1 stays queryable', async () => {
    const result = await graphql<ImportResult>(server.url, IMPORT, {
      planId: PLAN,
      files: [{ name: 'appendix-02-sua.txt', contentBase64: base64(corrected02) }],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.importPlan).toMatchObject({ version: 2, created: true, metricsImported: ['revenue'] });
    expect(result.data!.importPlan.metricsCarriedOver).toHaveLength(6);

    expect(await haNoiRevenueTarget()).toBe(20_686_292);
    expect(await haNoiRevenueTarget(2)).toBe(20_686_292);
    expect(await haNoiRevenueTarget(1)).toBe(20_586_292);

    const plan = await graphql<{
      plan: { latestVersion: number; versions: { version: number; importedBy: string; source: string }[] };
    }>(server.url, `{ plan(id: "${PLAN}") { latestVersion versions { version importedBy source } } }`);
    expect(plan.data!.plan.latestVersion).toBe(2);
    expect(plan.data!.plan.versions[1]).toEqual({
      version: 2,
      importedBy: `token:${server.tokens['data-officer']!.split('_')[1]}`,
      source: 'appendix-02-sua.txt',
    });

    const totals = await graphql<{
      planTargetTotals: { metric: string; publishedNationalTotal: number; provincesTotal: number }[];
    }>(
      server.url,
      `{ planTargetTotals(planId: "${PLAN}", version: 1) { metric publishedNationalTotal provincesTotal } }`,
    );
    // Appendix 02: the 63 provinces add up to 160,669,623 against a published national 160,669,625.
    expect(totals.data!.planTargetTotals.find((t) => t.metric === 'revenue')).toEqual({
      metric: 'revenue',
      publishedNationalTotal: 160_669_625,
      provincesTotal: 160_669_623,
    });
  });

  it('refuses a broken table with every problem in the typed refusal, and stores nothing', async () => {
    const broken = corrected02.replace('Bắc Giang', 'Bac Giangg').replace('1,603,836', '1,6O3,836');
    const result = await graphql<ImportResult>(server.url, IMPORT, {
      planId: PLAN,
      files: [{ name: 'phu-luc-02.txt', contentBase64: base64(broken) }],
    });
    expect(result.errors).toBeUndefined();
    const refusal = refusalIn(result, 'importPlan')!;
    expect(refusal.reason).toBe('PLAN_IMPORT_INVALID');
    expect(refusal.problemCount).toBe(refusal.problems.length);
    const problems = refusal.problems;
    expect(problems.map((p) => [p.file, p.value])).toEqual(
      expect.arrayContaining([
        ['phu-luc-02.txt', 'Bac Giangg'],
        ['phu-luc-02.txt', '1,6O3,836'],
      ]),
    );
    // the renamed row also leaves Bắc Giang without a row: an absence has no row, but still a fix
    expect(problems).toContainEqual(
      expect.objectContaining({ kind: 'MISSING_PROVINCE', row: null, message: 'Bắc Giang (code 24) has no row' }),
    );
    expect(problems.filter((p) => p.value !== null).every((p) => p.row !== null && p.columnNumber !== null)).toBe(true);
    expect(problems.every((p) => p.fix.length > 0)).toBe(true);
    const plan = await graphql<{ plan: { versions: { version: number }[] } }>(
      server.url,
      `{ plan(id: "${PLAN}") { versions { version } } }`,
    );
    expect(plan.data!.plan.versions).toHaveLength(2);
  });

  it('serves the app for its page paths', async () => {
    const page = await fetch(`${server.url}/ke-hoach`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const missing = await fetch(`${server.url}/khong-co.js`, { headers: { accept: 'text/html' } });
    expect(missing.status).toBe(404);
  });
});
