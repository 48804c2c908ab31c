import { describe, expect, it } from 'vitest';
import { EXAMPLE_QUERY, curlExample } from './curl-example';

describe('the curl example', () => {
  it('posts a GraphQL query to this site’s /graphql with the token as a bearer', () => {
    const command = curlExample('https://scorecard.bhxh.gov.vn/', 'bhxh_abc');
    expect(command.split('\n')).toEqual([
      'curl -s https://scorecard.bhxh.gov.vn/graphql \\',
      '  -H "Authorization: Bearer bhxh_abc" \\',
      '  -H "Content-Type: application/json" \\',
      `  -d '{"query":"${EXAMPLE_QUERY}"}'`,
    ]);
  });
});
