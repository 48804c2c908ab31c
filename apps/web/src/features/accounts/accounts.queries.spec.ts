// Every GraphQL document of this page, checked against the schema the API generates (apps/api/schema.gql), as
// api/documents-match-schema.spec.ts does for the other pages: a renamed field fails here, not in the browser.
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as queries from './accounts.queries';

const schema = buildSchema(readFileSync(new URL('../../../../api/schema.gql', import.meta.url), 'utf8'));

const documents = Object.entries(queries)
  .filter(([name, value]) => /_(QUERY|MUTATION)$/.test(name) && typeof value === 'string')
  .map(([name, value]) => ({ name, text: value as string }));

describe('the accounts page’s GraphQL documents', () => {
  it('are all found (one per query or mutation the page sends)', () => {
    expect(documents.map((document) => document.name).sort()).toEqual([
      'ACCOUNTS_QUERY',
      'CREATE_ACCOUNT_MUTATION',
      'RESET_PASSWORD_MUTATION',
      'UPDATE_ACCOUNT_MUTATION',
    ]);
  });

  it.each(documents)('$name is valid against apps/api/schema.gql', ({ text }) => {
    expect(validate(schema, parse(text)).map((error) => error.message)).toEqual([]);
  });
});
