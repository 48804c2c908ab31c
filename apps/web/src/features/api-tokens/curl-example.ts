// The command the page shows to try a token: a GraphQL query over HTTP with the token in the Authorization header.

/** A query every role may send: who the token acts as. */
export const EXAMPLE_QUERY = '{ me { login role } plans { id title } }';

/** The curl command against this site's /graphql; the token is a placeholder unless given. */
export function curlExample(origin: string, token: string): string {
  const body = JSON.stringify({ query: EXAMPLE_QUERY });
  return [
    `curl -s ${origin.replace(/\/+$/, '')}/graphql \\`,
    `  -H "Authorization: Bearer ${token}" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d '${body}'`,
  ].join('\n');
}
