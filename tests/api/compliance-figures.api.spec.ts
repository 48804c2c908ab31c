import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcome } from '../support/import-outcome';
import { graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';

// The figures of the compliance workflow over HTTP on the sample data's synthetic cases, each checked against an
// independent count made here from the cases themselves: the funnel's conversions, medians and window counts,
// the counts offered as a province's report (which, once approved, are its actuals in the ranking), the employers
// that should be inspected, a case's arrears, outcomes, and report 08-KT on screen and as a workbook.

const PLAN = '2800-KH-BHXH-2021';
const PROVINCE = '79';
const STEPS = [
  'LIST_RECEIVED',
  'ENTERED',
  'NOTICE_SENT',
  'CONFERENCE_INVITED',
  'CONFERENCE_HELD',
  'INSPECTION_SCHEDULED',
  'INSPECTION_DONE',
  'SPECIALISED_INSPECTION',
  'POLICE_REFERRAL',
];

type CaseNode = {
  id: string;
  taxCode: string;
  openedOn: string;
  province: { code: string };
  steps: { step: string; on: string; document: string | null }[];
  outcome: { kind: string; on: string; workersRegistered: number; contributionRecovered: number } | null;
  next: { step: string; deadline: string | null; overdue: boolean } | null;
  arrears: { employerId: string; overdue: number; bucket: string } | null;
};
const CASE_FIELDS = `id taxCode openedOn province { code } steps { step on document } next { step deadline overdue }
  outcome { kind on workersRegistered contributionRecovered } arrears { employerId overdue bucket }`;

type Funnel = {
  cases: number;
  overdue: number;
  shouldBeInspected: number | null;
  steps: {
    step: string;
    reached: number;
    conversion: number | null;
    medianDays: number | null;
    doneInWindow: number;
  }[];
  window: {
    from: string;
    to: string;
    casesOpened: number;
    conferencesHeld: number;
    registered: number;
    partlyRegistered: number;
    workersRegistered: number;
    contributionRecovered: number;
  };
};
const FUNNEL_FIELDS = `cases overdue shouldBeInspected steps { step reached conversion medianDays doneInWindow }
  window { from to casesOpened conferencesHeld registered partlyRegistered workersRegistered contributionRecovered }`;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

describe('compliance figures, report 08-KT and the plan actuals they offer', () => {
  const temp = tempDir('scorecard-compliance-figures-');
  let server: RunningServer;
  const as = (spec: string) => ({ token: server.tokens[spec]! });
  const ask = <T>(query: string, spec = 'leadership') => graphql<T>(server.url, query, {}, as(spec));

  /** Every case of a province at a date, page by page. */
  async function allCases(asOf: string, province: string): Promise<CaseNode[]> {
    const cases: CaseNode[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<
        ReturnType<
          typeof ask<{
            complianceCases: { edges: { node: CaseNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
          }>
        >
      > = await ask(
        `{ complianceCases(asOf: "${asOf}", province: "${province}", first: 30${after ? `, after: "${after}"` : ''}) {
            edges { node { ${CASE_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
      );
      expect(page.errors).toBeUndefined();
      cases.push(...page.data!.complianceCases.edges.map((edge) => edge.node));
      if (!page.data!.complianceCases.pageInfo.hasNextPage) return cases;
      after = page.data!.complianceCases.pageInfo.endCursor;
    }
  }

  type Employer = { overdue: number; bucket: string; employer: { id: string; taxCode: string } };
  /** Every employer of the province in arrears at a date (or only those to inspect), page by page. */
  async function allEmployers(asOf: string, toInspect: boolean): Promise<Employer[]> {
    const employers: Employer[] = [];
    let after: string | null = null;
    for (;;) {
      type Page = {
        employersInArrears: { edges: { node: Employer }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      };
      const page: Awaited<ReturnType<typeof ask<Page>>> = await ask<Page>(
        `{ employersInArrears(province: "${PROVINCE}", asOf: "${asOf}", toInspect: ${toInspect}, first: 100${after ? `, after: "${after}"` : ''}) {
          edges { node { overdue bucket employer { id taxCode } } } pageInfo { hasNextPage endCursor } } }`,
      );
      expect(page.errors).toBeUndefined();
      employers.push(...page.data!.employersInArrears.edges.map((edge) => edge.node));
      if (!page.data!.employersInArrears.pageInfo.hasNextPage) return employers;
      after = page.data!.employersInArrears.pageInfo.endCursor;
    }
  }

  const funnel = async (args: string, spec = 'leadership') => {
    const answer = await ask<{ complianceFunnel: Funnel }>(`{ complianceFunnel(${args}) { ${FUNNEL_FIELDS} } }`, spec);
    expect(answer.errors).toBeUndefined();
    return answer.data!.complianceFunnel;
  };

  beforeAll(async () => {
    server = await startServer({
      dbPath: join(temp.dir, 'figures.duckdb'),
      tokens: ['leadership', 'data-officer', `officer:${PROVINCE}`, `director:${PROVINCE}`, 'officer:12'],
    });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  it('gives the funnel’s conversions, median days and window counts as counted here from the cases', async () => {
    const [asOf, from] = ['2022-12-31', '2022-07-01'];
    const cases = await allCases(asOf, PROVINCE);
    expect(cases.length).toBeGreaterThan(20);
    const f = await funnel(`asOf: "${asOf}", province: "${PROVINCE}", from: "${from}"`);
    expect(f.cases).toBe(cases.length);
    const furthest = (c: CaseNode) => Math.max(0, ...c.steps.map((s) => STEPS.indexOf(s.step)));
    const inWindow = (date: string) => date >= from && date <= asOf;
    STEPS.forEach((step, index) => {
      const reached = cases.filter((c) => furthest(c) >= index).length;
      const days: number[] = [];
      for (const c of cases) {
        let previous = c.openedOn;
        for (const s of c.steps) {
          if (s.step === step) days.push(dayNumber(s.on) - dayNumber(previous));
          previous = s.on;
        }
      }
      days.sort((a, b) => a - b);
      const middle = Math.floor(days.length / 2);
      const median =
        index === 0 || days.length === 0
          ? null
          : days.length % 2
            ? days[middle]!
            : (days[middle - 1]! + days[middle]!) / 2;
      const done = cases.filter((c) => c.steps.some((s) => s.step === step && inWindow(s.on))).length;
      const got = f.steps[index]!;
      expect(got, step).toMatchObject({ step, reached, medianDays: median, doneInWindow: done });
      const before = index === 0 ? 0 : cases.filter((c) => furthest(c) >= index - 1).length;
      expect(got.conversion, step).toBe(index === 0 || before === 0 ? null : reached / before);
    });
    const conferences = new Set(
      cases.flatMap((c) =>
        c.steps.filter((s) => s.step === 'CONFERENCE_HELD' && inWindow(s.on)).map((s) => `${s.on}|${s.document ?? ''}`),
      ),
    );
    const ended = cases.filter((c) => c.outcome !== null && inWindow(c.outcome.on));
    const registrations = ended.filter(
      (c) => c.outcome!.kind === 'REGISTERED' || c.outcome!.kind === 'PARTLY_REGISTERED',
    );
    expect(f.window).toEqual({
      from,
      to: asOf,
      casesOpened: cases.filter((c) => inWindow(c.openedOn)).length,
      conferencesHeld: conferences.size,
      registered: ended.filter((c) => c.outcome!.kind === 'REGISTERED').length,
      partlyRegistered: ended.filter((c) => c.outcome!.kind === 'PARTLY_REGISTERED').length,
      workersRegistered: registrations.reduce((sum, c) => sum + c.outcome!.workersRegistered, 0),
      contributionRecovered: ended.reduce((sum, c) => sum + c.outcome!.contributionRecovered, 0),
    });
    expect(f.window.contributionRecovered).toBeGreaterThan(0);
    expect(f.overdue).toBe(cases.filter((c) => c.next?.overdue).length);
  });

  it('shows a case’s arrears from the ledger, and lists the employers owing three months or more without an inspection case', async () => {
    const asOf = '2023-12-31';
    const cases = await allCases(asOf, PROVINCE);
    const owing = cases.filter((c) => c.arrears !== null);
    expect(owing.length).toBeGreaterThan(0);
    const employers = await allEmployers(asOf, false);
    const byTaxCode = new Map(employers.map((e) => [e.employer.taxCode, e]));
    for (const c of owing) {
      const ledger = byTaxCode.get(c.taxCode)!;
      expect(c.arrears).toEqual({ employerId: ledger.employer.id, overdue: ledger.overdue, bucket: ledger.bucket });
    }
    // Every employer of the ledger in arrears and named by a case has its arrears on the case.
    for (const c of cases) expect(c.arrears !== null, c.taxCode).toBe(byTaxCode.has(c.taxCode));

    const toInspect = await allEmployers(asOf, true);
    const inspecting = new Set(
      cases
        .filter(
          (c) =>
            c.outcome === null && c.steps.some((s) => STEPS.indexOf(s.step) >= STEPS.indexOf('INSPECTION_SCHEDULED')),
        )
        .map((c) => c.taxCode),
    );
    expect(inspecting.size).toBeGreaterThan(0);
    const expected = employers
      .filter((e) => e.bucket === 'FROM_3_MONTHS' && !inspecting.has(e.employer.taxCode))
      .map((e) => e.employer.taxCode)
      .sort();
    expect(toInspect.map((e) => e.employer.taxCode).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect((await funnel(`asOf: "${asOf}", province: "${PROVINCE}"`)).shouldBeInspected).toBe(expected.length);

    // An employer on the list with an open case not yet at the inspection stage leaves the list once a direct
    // inspection is scheduled for it.
    const scheduledOn = '2023-12-29';
    const listed = new Set(expected);
    const candidate = cases.find(
      (c) => listed.has(c.taxCode) && c.outcome === null && (c.steps.at(-1)?.on ?? c.openedOn) <= scheduledOn,
    );
    expect(candidate).toBeDefined();
    const scheduled = await ask(
      `mutation { recordComplianceStep(caseId: "${candidate!.id}", step: INSPECTION_SCHEDULED, on: "${scheduledOn}", document: "7/QĐ-BHXH") { id } }`,
      `officer:${PROVINCE}`,
    );
    expect(scheduled.errors).toBeUndefined();
    const after = (await allEmployers(asOf, true)).map((e) => e.employer.taxCode).sort();
    expect(after).toEqual(expected.filter((taxCode) => taxCode !== candidate!.taxCode));
  });

  it('offers the counts of the plan period as the province’s report; once approved they are its actuals in the ranking', async () => {
    const reportDate = '2021-12-31';
    const offer = await ask<{ complianceReportOffer: { from: string; values: { metric: string; value: number }[] } }>(
      `{ complianceReportOffer(planId: "${PLAN}", province: "${PROVINCE}", reportDate: "${reportDate}") { from values { metric value } } }`,
      `officer:${PROVINCE}`,
    );
    expect(offer.errors).toBeUndefined();
    const { from, values } = offer.data!.complianceReportOffer;
    const f = await funnel(`asOf: "${reportDate}", province: "${PROVINCE}", from: "${from}"`);
    const done = (step: string) => f.steps.find((s) => s.step === step)!.doneInWindow;
    expect(values).toEqual([
      { metric: 'tax_data_reviews', value: done('ENTERED') },
      { metric: 'overdue_unit_inspections', value: done('INSPECTION_DONE') },
      { metric: 'outreach_conferences', value: f.window.conferencesHeld },
    ]);
    expect(values[0]!.value).toBeGreaterThan(0);
    // Another province's officer may not read them.
    const other = await ask(
      `{ complianceReportOffer(planId: "${PLAN}", province: "${PROVINCE}", reportDate: "${reportDate}") { from } }`,
      'officer:12',
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const ranking = async (metric: string) =>
      (
        await ask<{ ranking: { province: { code: string }; actual: number | null }[] }>(
          `{ ranking(planId: "${PLAN}", metric: "${metric}", asOf: "${reportDate}") { province { code } actual } }`,
        )
      ).data!.ranking.find((row) => row.province.code === PROVINCE)!.actual;
    const before = await Promise.all(values.map((v) => ranking(v.metric)));
    const sent = await ask<{ submitReport: { state: string; submissionId: string; approvalRequired: string | null } }>(
      `mutation { submitReport(planId: "${PLAN}", province: "${PROVINCE}", reportDate: "${reportDate}",
        values: [${values.map((v) => `{ metric: "${v.metric}", value: ${v.value} }`).join(', ')}])
        ${outcome('ActualImportResult', 'state submissionId approvalRequired')} }`,
      `officer:${PROVINCE}`,
    );
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.submitReport.state).toBe('PENDING');
    // Pending: the ranking still has the figures in force before.
    expect(await Promise.all(values.map((v) => ranking(v.metric)))).toEqual(before);
    const approver =
      sent.data!.submitReport.approvalRequired === 'HEADQUARTERS' ? 'data-officer' : `director:${PROVINCE}`;
    const approved = await ask<{ approveReport: { state: string } }>(
      `mutation { approveReport(id: "${sent.data!.submitReport.submissionId}") { state } }`,
      approver,
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveReport.state).toBe('APPROVED');
    expect(await Promise.all(values.map((v) => ranking(v.metric)))).toEqual(values.map((v) => v.value));
  });

  it('records an outcome once, with what it brought in, and refuses a second', async () => {
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const open = await ask<{ complianceCases: { edges: { node: CaseNode }[] } }>(
      `{ complianceCases(asOf: "${today}", province: "${PROVINCE}", open: true, first: 1) { edges { node { ${CASE_FIELDS} } } } }`,
      `officer:${PROVINCE}`,
    );
    const target = open.data!.complianceCases.edges[0]!.node;
    const before = await funnel(`asOf: "${today}", province: "${PROVINCE}", from: "${today}"`);
    const record = (kind: string, workers: number) =>
      ask<{ recordComplianceOutcome: { outcome: CaseNode['outcome']; next: unknown } }>(
        `mutation { recordComplianceOutcome(caseId: "${target.id}", outcome: ${kind}, on: "${today}", workersRegistered: ${workers},
          contributionRecovered: 48000000, document: "15/BB-BHXH") { outcome { kind on workersRegistered contributionRecovered } next { step } } }`,
        `officer:${PROVINCE}`,
      );
    const closedWithWorkers = await record('CLOSED_DISSOLVED', 3);
    expect(closedWithWorkers.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const recorded = await record('PARTLY_REGISTERED', 7);
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordComplianceOutcome).toEqual({
      outcome: { kind: 'PARTLY_REGISTERED', on: today, workersRegistered: 7, contributionRecovered: 48_000_000 },
      next: null,
    });
    expect((await record('REGISTERED', 9)).errors?.[0]?.message).toContain('ended');
    const after = await funnel(`asOf: "${today}", province: "${PROVINCE}", from: "${today}"`);
    expect(after.window.partlyRegistered).toBe(before.window.partlyRegistered + 1);
    expect(after.window.workersRegistered).toBe(before.window.workersRegistered + 7);
    expect(after.window.contributionRecovered).toBe(before.window.contributionRecovered + 48_000_000);
  });

  it('consolidates report 08-KT as the sum of the provinces, gives a province its own row, and writes the workbook', async () => {
    type Row = {
      province: { code: string } | null;
      overdue: number;
      period: Record<string, number>;
      yearToDate: Record<string, number>;
    };
    const columns =
      'employersListed workersListed noticesSent conferencesHeld employersAtConferences inspectionsDone specialisedInspections policeReferrals employersRegistered workersRegistered contributionRecovered';
    const report = await ask<{ complianceReport08: { from: string; yearFrom: string; rows: Row[] } }>(
      `{ complianceReport08(reportDate: "2022-07-20") { from yearFrom rows { province { code } overdue period { ${columns} } yearToDate { ${columns} } } } }`,
    );
    expect(report.errors).toBeUndefined();
    const { from, yearFrom, rows } = report.data!.complianceReport08;
    expect([from, yearFrom]).toEqual(['2022-07-11', '2022-01-01']);
    expect(rows).toHaveLength(64);
    const nation = rows.at(-1)!;
    expect(nation.province).toBeNull();
    for (const column of columns.split(' '))
      for (const part of ['period', 'yearToDate'] as const)
        expect(
          rows.slice(0, 63).reduce((sum, row) => sum + row[part][column]!, 0),
          `${part}.${column}`,
        ).toBe(nation[part][column]);
    expect(nation.yearToDate.employersListed).toBeGreaterThan(0);
    expect(nation.period.noticesSent).toBeGreaterThan(0);
    // The year to date agrees with the funnel's window from 1 January.
    const f = await funnel('asOf: "2022-07-20", from: "2022-01-01"');
    expect(nation.yearToDate.noticesSent).toBe(f.steps.find((s) => s.step === 'NOTICE_SENT')!.doneInWindow);

    const own = await ask<{ complianceReport08: { rows: Row[] } }>(
      `{ complianceReport08(reportDate: "2022-07-20") { rows { province { code } overdue period { ${columns} } yearToDate { ${columns} } } } }`,
      `director:${PROVINCE}`,
    );
    expect(own.data!.complianceReport08.rows).toEqual([rows.find((row) => row.province?.code === PROVINCE)]);
    const wrongDay = await ask('{ complianceReport08(reportDate: "2022-07-15") { from } }');
    expect(wrongDay.errors?.[0]?.message).toContain('10th, the 20th and the last day');

    const response = await fetch(`${server.url}/export/compliance-08kt.xlsx?reportDate=2022-07-20`, {
      headers: { authorization: `Bearer ${server.tokens['leadership']}` },
    });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('08-KT')!;
    expect(String(sheet.getCell('A2').value)).toContain('BÁO CÁO KẾT QUẢ KHAI THÁC');
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(2).value).toBe('Toàn quốc');
    // Columns: STT, unit, then each column's period and year to date, then overdue.
    expect(last.getCell(3).value).toBe(nation.period.employersListed);
    expect(last.getCell(4).value).toBe(nation.yearToDate.employersListed);
    expect(last.getCell(2 + 2 * 11 + 1).value).toBe(nation.overdue);
    const forbidden = await fetch(`${server.url}/export/compliance-08kt.xlsx?reportDate=2022-07-20&province=01`, {
      headers: { authorization: `Bearer ${server.tokens[`director:${PROVINCE}`]}` },
    });
    expect(forbidden.status).toBe(403);
  });
});
