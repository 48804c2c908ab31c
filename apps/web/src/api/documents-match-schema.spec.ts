// The web app's GraphQL documents are written by hand; this checks every one against the schema the API
// generates (apps/api/schema.gql, itself checked against the running server in tests/api), so a renamed or
// removed field fails here rather than as an empty panel in the browser.
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as latePayment from '../features/late-payment/late-payment.queries';
import * as overview from '../features/overview/overview.queries';
import * as planSettings from '../features/plan-settings/plan-settings.queries';
import * as plans from '../features/plans/plans.queries';
import * as province from '../features/province/province.queries';
import * as ranking from '../features/ranking/ranking.queries';
import * as report from '../features/report/report.queries';
import * as session from '../session/viewer.queries';

const schema = buildSchema(readFileSync(new URL('../../../api/schema.gql', import.meta.url), 'utf8'));

const documents = Object.entries({
  latePayment,
  overview,
  planSettings,
  plans,
  province,
  ranking,
  report,
  session,
}).flatMap(([module, exports]) =>
  Object.entries(exports)
    .filter(([name, value]) => /_(QUERY|MUTATION)$/.test(name) && typeof value === 'string')
    .map(([name, value]) => ({ name: `${module}.${name}`, text: value as string })),
);

describe('the web app’s GraphQL documents', () => {
  it('are all found (one per query or mutation the pages send)', () => {
    expect(documents.length).toBeGreaterThanOrEqual(15);
  });

  it.each(documents)('$name is valid against apps/api/schema.gql', ({ text }) => {
    const errors = validate(schema, parse(text)).map((error) => error.message);
    expect(errors).toEqual([]);
  });

  it('catches a field the schema does not have', () => {
    const broken = latePayment.LATE_PAYMENT_QUERY.replace('employersInArrears', 'employersInDebt');
    expect(validate(schema, parse(broken)).map((error) => error.message)).toEqual([
      expect.stringContaining('Cannot query field "employersInDebt"'),
    ]);
  });
});
