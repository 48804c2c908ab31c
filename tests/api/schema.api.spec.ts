import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runServerOnce, tempDir } from '../support/scorecard-server';

// apps/api/schema.gql is generated from the code-first resolvers and committed, so analysts can read the API
// without running it. This fails when a change to the resolvers was committed without `npm run codegen`.
describe('generated GraphQL schema', () => {
  const temp = tempDir('scorecard-schema-');
  afterAll(() => temp.remove());

  it('matches the committed apps/api/schema.gql', async () => {
    const out = join(temp.dir, 'schema.gql');
    const result = await runServerOnce([`--emit-schema=${out}`, '--db', ':memory:', '--sample-data', 'off']);
    expect(result.code, result.output).toBe(0);
    const committed = readFileSync(join(REPO_ROOT, 'apps/api/schema.gql'), 'utf8');
    expect(readFileSync(out, 'utf8'), 'schema.gql is stale: run "npm run codegen" and commit it').toBe(committed);
  });
});

describe('configuration errors', () => {
  it('stop the start with every invalid setting named and the fix', async () => {
    const result = await runServerOnce(['--port', 'abc', '--bogus'], { SCORECARD_SAMPLE_DATA: 'maybe' });
    expect(result.code).toBe(2);
    expect(result.output).toMatch(/PORT \/ --port = "abc": must be a whole number between 1 and 65535/);
    expect(result.output).toMatch(/SCORECARD_SAMPLE_DATA \/ --sample-data = "maybe": must be "on" or "off"/);
    expect(result.output).toMatch(/unknown option "--bogus"/);
  });
});
