import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startServer, tempDir, type GraphQLResponse, type RunningServer } from '../support/scorecard-server';
import { outcome } from '../support/import-outcome';

// One contract for dates: every calendar date of the API is a LocalDate (YYYY-MM-DD) and every month a YearMonth
// (YYYY-MM). A date that does not exist or is written otherwise is refused by the scalar, before any resolver
// runs, with the same message and code whichever field or feature it was sent to, as a literal or a variable.
const PLAN = '2800-KH-BHXH-2021';
const NOT_DATES = ['2021-02-30', '2021-13-01', '15/10/2021'];

const rule = (sent: string) =>
  `LocalDate must be a date that exists on the calendar, written YYYY-MM-DD (e.g. 2021-11-30); got "${sent}".`;
const ruleVi = (sent: string) =>
  `LocalDate phải là một ngày có thật, viết theo dạng YYYY-MM-DD (ví dụ 2021-11-30); đã nhận "${sent}".`;

/** The one error of a refused date: nothing ran (no data), the message and code of the scalar. */
function expectRefused(answer: GraphQLResponse<unknown>, message: string, messageVi: string): void {
  expect(answer.data ?? null, JSON.stringify(answer)).toBeNull();
  expect(answer.errors, JSON.stringify(answer)).toHaveLength(1);
  const [error] = answer.errors!;
  expect(error!.message).toBe(message);
  expect(error!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE', messageVi });
}

describe('dates and months at the API boundary (LocalDate, YearMonth)', () => {
  const temp = tempDir('scorecard-dates-');
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({
      dbPath: join(temp.dir, 'dates.duckdb'),
      env: { SCORECARD_LEDGER_EMPLOYERS: '500' },
    });
  });
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  it.each(NOT_DATES)('refuses %s with one message and code, written in the query, in every feature', async (sent) => {
    const documents = [
      `{ ranking(planId: "${PLAN}", metric: "revenue", asOf: "${sent}") { rank } }`,
      `{ scorecard(planId: "${PLAN}", asOf: "${sent}") { asOf } }`,
      `{ rankChange(planId: "${PLAN}", metric: "revenue", from: "${sent}", to: "2021-11-30") { change } }`,
      `{ compositeRanking(planId: "${PLAN}", asOf: "${sent}") { asOf } }`,
      `{ latePayment(asOf: "${sent}") { asOf } }`,
      `{ reportingStatus(planId: "${PLAN}", reportDate: "${sent}") { reportDate } }`,
    ];
    for (const document of documents) expectRefused(await graphql(server.url, document), rule(sent), ruleVi(sent));
  });

  it.each(NOT_DATES)('refuses %s sent as a variable with the same message, naming the variable', async (sent) => {
    const ranking = await graphql(
      server.url,
      `query($asOf: LocalDate) { ranking(planId: "${PLAN}", metric: "revenue", asOf: $asOf) { rank } }`,
      { asOf: sent },
    );
    expectRefused(
      ranking,
      `Variable "$asOf" got invalid value "${sent}"; ${rule(sent)}`,
      `Biến $asOf có giá trị không hợp lệ: ${ruleVi(sent)}`,
    );
  });

  it('stores nothing from a report whose date is not one: the mutation never runs', async () => {
    const count = async () =>
      (
        await graphql<{ reportSubmissions: { totalCount: number } }>(
          server.url,
          `{ reportSubmissions(planId: "${PLAN}", first: 1) { totalCount } }`,
        )
      ).data!.reportSubmissions.totalCount;
    const before = await count();
    const refused = await graphql(
      server.url,
      `mutation($date: LocalDate!) { submitReport(planId: "${PLAN}", province: "01", reportDate: $date,
        values: [{ metric: "revenue", value: 1 }]) ${outcome('ActualImportResult', 'rowsStored')} }`,
      { date: '2021-11-31' },
    );
    expectRefused(
      refused,
      `Variable "$date" got invalid value "2021-11-31"; ${rule('2021-11-31')}`,
      `Biến $date có giá trị không hợp lệ: ${ruleVi('2021-11-31')}`,
    );
    expect(await count()).toBe(before);
  });

  it('answers a valid date, as a literal or a variable, and gives dates back as YYYY-MM-DD', async () => {
    type Answer = { ranking: { asOf: string; reportDate: string | null }[]; plan: { reportDates: string[] } };
    const literal = await graphql<Answer>(
      server.url,
      `{ ranking(planId: "${PLAN}", metric: "revenue", asOf: "2021-10-15") { asOf reportDate }
         plan(id: "${PLAN}") { reportDates } }`,
    );
    expect(literal.errors).toBeUndefined();
    expect(literal.data!.ranking).toHaveLength(63);
    expect(new Set(literal.data!.ranking.map((row) => row.asOf))).toEqual(new Set(['2021-10-15']));
    expect(literal.data!.ranking.some((row) => row.reportDate === '2021-10-15')).toBe(true);
    expect(literal.data!.plan.reportDates).toContain('2021-10-15');
    for (const date of literal.data!.plan.reportDates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const variable = await graphql<Answer>(
      server.url,
      `query($asOf: LocalDate) { ranking(planId: "${PLAN}", metric: "revenue", asOf: $asOf) { asOf reportDate }
         plan(id: "${PLAN}") { reportDates } }`,
      { asOf: '2021-10-15' },
    );
    expect(variable.data).toEqual(literal.data);
  });

  it('still says when a real date is outside the plan period: that is the plan’s rule, not the format’s', async () => {
    const outside = await graphql(
      server.url,
      `{ ranking(planId: "${PLAN}", metric: "revenue", asOf: "2030-01-01") { rank } }`,
    );
    expect(outside.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATE_OUTSIDE_PERIOD' });
    expect(outside.errors![0]!.message).toContain('2030-01-01 is outside the period');
  });

  it('takes months as YearMonth and refuses anything else with the month’s message', async () => {
    type Trend = { latePaymentTrend: { month: string; asOf: string }[] };
    const whole = (await graphql<Trend>(server.url, '{ latePaymentTrend { month asOf } }')).data!.latePaymentTrend;
    const second = whole[1]!;
    expect(second.month).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
    expect(second.asOf.slice(0, 7)).toBe(second.month);
    const trend = await graphql<Trend>(
      server.url,
      'query($from: YearMonth) { latePaymentTrend(from: $from) { month asOf } }',
      { from: second.month },
    );
    expect(trend.errors).toBeUndefined();
    expect(trend.data!.latePaymentTrend).toEqual(whole.slice(1));
    for (const sent of ['2023-13', '2023-01-31', '01/2023'])
      expectRefused(
        await graphql(server.url, `{ latePaymentTrend(from: "${sent}") { month } }`),
        `YearMonth must be a month written YYYY-MM (e.g. 2021-11); got "${sent}".`,
        `YearMonth phải là một tháng viết theo dạng YYYY-MM (ví dụ 2021-11); đã nhận "${sent}".`,
      );
  });
});
