import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';
import { outcome } from '../support/import-outcome';

// Every query and mutation of the schema, called over HTTP by every role (and by nobody), against this table.
// A field added to the schema without a row here fails the test: each must be classified. "ok" means the guard let
// the call through (its answer may still be NOT_FOUND or BAD_USER_INPUT: the arguments below are chosen so that
// no call changes what the others see); a "—" means FORBIDDEN. Provincial tokens belong to Lai Châu (12), and the
// scoped fields are called on Lai Châu; calling them on Hà Nội is checked separately.
const PLAN = '2800-KH-BHXH-2021';
const ROLES = ['leadership', 'data-officer', 'director:12', 'officer:12', 'analyst'] as const;
type Role = (typeof ROLES)[number];
type Row = { call: string; variables?: Record<string, unknown>; allowed: readonly Role[] };

const ALL = ROLES;
const HQ_DATA = ['data-officer'] as const;
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const badCsv = { name: 'x.csv', contentBase64: base64('province,metric,report_date,value\n99,revenue,2021-10-15,1\n') };

const QUERIES: Record<string, Row> = {
  accounts: { call: '{ accounts { login } }', allowed: HQ_DATA },
  alertMessages: { call: '{ alertMessages(first: 1) { id } }', allowed: ['leadership', 'data-officer'] },
  alertThresholdHistory: { call: '{ alertThresholdHistory { version } }', allowed: ['leadership', 'data-officer'] },
  alertThresholds: { call: '{ alertThresholds { version } }', allowed: ['leadership', 'data-officer'] },
  myAlertSettings: { call: '{ myAlertSettings { digest } }', allowed: ALL },
  actualHistory: {
    call: `{ actualHistory(planId: "${PLAN}", province: "12", metric: "revenue") { metric } }`,
    allowed: ALL,
  },
  apiTokens: { call: '{ apiTokens { id } }', allowed: ALL },
  complianceCases: {
    call: '{ complianceCases(asOf: "2023-12-31", province: "12", first: 1) { totalCount } }',
    allowed: ALL,
  },
  complianceFunnel: {
    call: '{ complianceFunnel(asOf: "2023-12-31", province: "12") { cases } }',
    allowed: ALL,
  },
  complianceDataRange: { call: '{ complianceDataRange { from to } }', allowed: ALL },
  complianceCase: {
    call: '{ complianceCase(id: "999999") { id } }',
    allowed: ALL,
  },
  complianceReport08: {
    call: '{ complianceReport08(reportDate: "2022-07-20", province: "12") { from } }',
    allowed: ALL,
  },
  complianceReportOffer: {
    call: `{ complianceReportOffer(planId: "${PLAN}", province: "12", reportDate: "2021-10-31") { from } }`,
    allowed: ALL,
  },
  attainment: { call: `{ attainment(planId: "${PLAN}", metric: "revenue") { rank } }`, allowed: ALL },
  coverage: { call: '{ coverage(year: 2023) { year unitCount } }', allowed: ALL },
  coverageYears: { call: '{ coverageYears { year unitSet } }', allowed: ALL },
  auditLog: { call: '{ auditLog(first: 1) { totalCount } }', allowed: ['leadership', 'data-officer'] },
  compositeRanking: { call: `{ compositeRanking(planId: "${PLAN}") { asOf } }`, allowed: ALL },
  dataQualityWarnings: { call: `{ dataQualityWarnings(planId: "${PLAN}", province: "12") { kind } }`, allowed: ALL },
  employersInArrears: { call: '{ employersInArrears(province: "12") { totalCount } }', allowed: ALL },
  latePayment: { call: '{ latePayment { asOf } }', allowed: ALL },
  latePaymentTrend: { call: '{ latePaymentTrend { month } }', allowed: ALL },
  me: { call: '{ me { role } }', allowed: ALL },
  notifications: { call: '{ notifications { unreadCount } }', allowed: ALL },
  metrics: { call: '{ metrics { key } }', allowed: ALL },
  nationalAttainment: { call: `{ nationalAttainment(planId: "${PLAN}", metric: "revenue") { actual } }`, allowed: ALL },
  nationalAttainmentHistory: {
    call: `{ nationalAttainmentHistory(planId: "${PLAN}", metric: "revenue") { asOf } }`,
    allowed: ALL,
  },
  periodProgress: { call: `{ periodProgress(planId: "${PLAN}") { timeElapsed } }`, allowed: ALL },
  plan: { call: `{ plan(id: "${PLAN}") { id versions { version } } }`, allowed: ALL },
  planSettings: { call: `{ planSettings(planId: "${PLAN}") { version } }`, allowed: ALL },
  planSettingsHistory: { call: `{ planSettingsHistory(planId: "${PLAN}") { version } }`, allowed: ALL },
  planReconciliation: { call: `{ planReconciliation(planId: "${PLAN}") { errorCount } }`, allowed: ALL },
  planTargetTotals: { call: `{ planTargetTotals(planId: "${PLAN}") { metric } }`, allowed: ALL },
  plans: { call: '{ plans { id } }', allowed: ALL },
  provinceScorecard: { call: `{ provinceScorecard(planId: "${PLAN}", province: "01") { rank } }`, allowed: ALL },
  scorecard: {
    call: `{ scorecard(planId: "${PLAN}", metrics: ["revenue"], provinces: ["01"]) { asOf } }`,
    allowed: ALL,
  },
  rankHistory: {
    call: `{ rankHistory(planId: "${PLAN}", metric: "revenue", province: "01") { rank } }`,
    allowed: ALL,
  },
  rankChange: {
    call: `{ rankChange(planId: "${PLAN}", metric: "revenue", from: "2021-09-30", to: "2021-10-31") { change } }`,
    allowed: ALL,
  },
  provinces: { call: '{ provinces { code } }', allowed: ALL },
  ranking: { call: `{ ranking(planId: "${PLAN}", metric: "revenue") { rank } }`, allowed: ALL },
  reportSubmissions: {
    call: `{ reportSubmissions(planId: "${PLAN}", province: "12") { totalCount } }`,
    allowed: ['leadership', 'data-officer', 'director:12', 'officer:12'],
  },
  reportingStatus: { call: `{ reportingStatus(planId: "${PLAN}") { reportDate } }`, allowed: ALL },
};

const MUTATIONS: Record<string, Row> = {
  recordComplianceStep: {
    call: 'mutation { recordComplianceStep(caseId: "0", step: NOTICE_SENT, on: "2023-01-10") { id } }',
    allowed: ['data-officer', 'director:12', 'officer:12'],
  },
  importComplianceList: {
    call: 'mutation { importComplianceList(files: [], kind: NOT_PARTICIPATING, receivedOn: "2023-01-05") { __typename } }',
    allowed: ['data-officer', 'director:12', 'officer:12'],
  },
  importComplianceSteps: {
    call: 'mutation { importComplianceSteps(files: []) { __typename } }',
    allowed: ['data-officer', 'director:12', 'officer:12'],
  },
  recordComplianceOutcome: {
    call: 'mutation { recordComplianceOutcome(caseId: "0", outcome: CLOSED_WRONG_DATA, on: "2023-01-10") { id } }',
    allowed: ['data-officer', 'director:12', 'officer:12'],
  },
  approveReport: { call: 'mutation { approveReport(id: "999999") { id } }', allowed: ['data-officer', 'director:12'] },
  importCoverage: { call: 'mutation { importCoverage(files: []) { __typename } }', allowed: HQ_DATA },
  markNotificationRead: { call: 'mutation { markNotificationRead(id: "none") { id } }', allowed: ALL },
  // Refused as invalid (no note; a digest without an address) when allowed: nothing is stored.
  setAlertThresholds: {
    call: 'mutation { setAlertThresholds(note: "", rankDrop: 0) { version } }',
    allowed: ['leadership', 'data-officer'],
  },
  setMyAlertSettings: { call: 'mutation { setMyAlertSettings(kinds: [], digest: DAILY) { version } }', allowed: ALL },
  createAccount: {
    call: 'mutation($login: String!) { createAccount(login: $login, displayName: "X", role: ANALYST) { signInLink } }',
    variables: { login: 'matrix' },
    allowed: HQ_DATA,
  },
  createApiToken: { call: 'mutation { createApiToken(label: "matrix") { apiToken { id } } }', allowed: ALL },
  importActuals: {
    call: `mutation($files: [PlanFileInput!]!) { importActuals(planId: "${PLAN}", files: $files) ${outcome('ActualImportResult', 'rowsStored')} }`,
    variables: { files: [badCsv] },
    allowed: HQ_DATA,
  },
  importPlan: {
    call: `mutation($files: [PlanFileInput!]!) { importPlan(planId: "${PLAN}", files: $files, dryRun: true) ${outcome('PlanImportResult', 'version')} }`,
    variables: { files: [badCsv] },
    allowed: HQ_DATA,
  },
  rejectReport: {
    call: 'mutation { rejectReport(id: "999999", reason: "x") { id } }',
    allowed: ['data-officer', 'director:12'],
  },
  setPlanSettings: {
    call: `mutation { setPlanSettings(planId: "${PLAN}", settings: { onTrack: 1, atRisk: 2, latePaymentAtRisk: 1.1, compositeCap: 1.2, latePaymentReference: 0.0291, weights: [], note: "" }) { version } }`,
    allowed: HQ_DATA,
  },
  resetPassword: { call: 'mutation { resetPassword(login: "nobody") { signInLink } }', allowed: HQ_DATA },
  revokeApiToken: { call: 'mutation { revokeApiToken(id: "nope") { id } }', allowed: ALL },
  submitReport: {
    call: `mutation { submitReport(planId: "${PLAN}", province: "12", reportDate: "2021-10-31", values: [{ metric: "revenue", value: -1 }]) ${outcome('ActualImportResult', 'rowsStored')} }`,
    allowed: ['data-officer', 'director:12', 'officer:12'],
  },
  updateAccount: { call: 'mutation { updateAccount(login: "nobody", displayName: "X") { login } }', allowed: HQ_DATA },
};

describe('who may call what, over HTTP', () => {
  const temp = tempDir('scorecard-matrix-');
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({
      dbPath: join(temp.dir, 'matrix.duckdb'),
      env: { SCORECARD_LEDGER_EMPLOYERS: '2000' },
      tokens: [...ROLES, 'director:01'],
    });
  });
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  it('classifies every query and mutation of the schema', async () => {
    const schema = await graphql<{
      __schema: { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } };
    }>(server.url, '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }');
    expect(schema.data!.__schema.queryType.fields.map((f) => f.name).sort()).toEqual(Object.keys(QUERIES).sort());
    expect(schema.data!.__schema.mutationType.fields.map((f) => f.name).sort()).toEqual(Object.keys(MUTATIONS).sort());
  });

  const rows = [...Object.entries(QUERIES), ...Object.entries(MUTATIONS)];
  it.each(rows)(
    '%s: allowed or FORBIDDEN for each role as the table says, UNAUTHENTICATED for nobody',
    async (name, row) => {
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const role of ROLES) {
        const variables = row.variables?.login
          ? { login: `${row.variables.login}-${role.replace(':', '-')}` }
          : row.variables;
        const result = await graphql<Record<string, unknown>>(server.url, row.call, variables, {
          token: server.tokens[role],
        });
        const code = result.errors?.[0]?.extensions?.code as string | undefined;
        outcomes[role] = code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? code : 'ok';
        expected[role] = row.allowed.includes(role) ? 'ok' : 'FORBIDDEN';
        // An allowed call never fails for lack of rights, and never with an internal error.
        if (outcomes[role] === 'ok')
          expect(code, `${name} as ${role}: ${JSON.stringify(result.errors)}`).not.toBe('INTERNAL_SERVER_ERROR');
      }
      const anonymous = await graphql(server.url, row.call, row.variables ?? {}, { token: null });
      outcomes.nobody = (anonymous.errors?.[0]?.extensions?.code as string | undefined) ?? 'ok';
      expected.nobody = 'UNAUTHENTICATED';
      expect(outcomes).toEqual(expected);
    },
  );

  // The bulk downloads (apps/api/src/export/export.controller.ts) answer every role within its scope, a provincial
  // role its own province only (checked in export-datasets.api.spec.ts), and nobody without a token.
  const EXPORTS = [
    `/export/attainment.csv?planId=${PLAN}&asOf=2021-10-31`,
    '/export/late-payment.csv',
    `/export/report-history.csv?planId=${PLAN}`,
    `/export/plan-targets.csv?planId=${PLAN}`,
    '/export/employers-in-arrears.csv?asOf=2023-09-30',
    '/export/compliance-08kt.xlsx?reportDate=2022-07-20&province=12',
  ];
  it.each(EXPORTS)('%s: 200 for every role, 401 for nobody', async (path) => {
    const statuses: Record<string, number> = {};
    for (const role of ROLES) {
      const response = await fetch(`${server.url}${path}`, {
        headers: { authorization: `Bearer ${server.tokens[role]}` },
      });
      statuses[role] = response.status;
      await response.arrayBuffer();
    }
    statuses.nobody = (await fetch(`${server.url}${path}`)).status;
    expect(statuses).toEqual({ ...Object.fromEntries(ROLES.map((role) => [role, 200])), nobody: 401 });
  });

  it('keeps employer data, report history and warnings of other provinces from a provincial user', async () => {
    for (const call of [
      '{ employersInArrears(province: "01") { totalCount } }',
      `{ actualHistory(planId: "${PLAN}", province: "01", metric: "revenue") { metric } }`,
      `{ dataQualityWarnings(planId: "${PLAN}", province: "01") { kind } }`,
      `{ reportSubmissions(planId: "${PLAN}", province: "01") { totalCount } }`,
      `mutation { submitReport(planId: "${PLAN}", province: "01", reportDate: "2021-10-31", values: [{ metric: "revenue", value: 1 }]) ${outcome('ActualImportResult', 'rowsStored')} }`,
    ]) {
      for (const role of ['director:12', 'officer:12']) {
        const result = await graphql(server.url, call, {}, { token: server.tokens[role] });
        expect(result.errors?.[0]?.extensions?.code, `${role}: ${call}`).toBe('FORBIDDEN');
        expect(result.errors?.[0]?.message).toContain('not for 01');
      }
      const own = await graphql(server.url, call, {}, { token: server.tokens['director:01'] });
      expect(own.errors?.[0]?.extensions?.code, `director:01: ${call}`).not.toBe('FORBIDDEN');
    }
  });

  it('refuses an unknown, malformed or absent token with a message that says what to do', async () => {
    const unknown = await graphql(server.url, '{ me { role } }', {}, { token: `bhxh_000000000000_${'A'.repeat(43)}` });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.message).toContain('unknown, revoked or expired');
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic abc' },
      body: JSON.stringify({ query: '{ me { role } }' }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    // No stack trace, no file path in any error.
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|\/work\/|\.ts:\d|at [A-Z]\w+\./);
  });
});
