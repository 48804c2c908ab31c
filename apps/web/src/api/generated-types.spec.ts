// The committed client types (src/api/generated) are what GraphQL Code Generator makes now from apps/api/schema.gql
// and the web app's documents, with codegen.ts as it is: a changed schema or document without `npm run codegen`
// fails here. Generating also validates every document against the schema, so a renamed or removed field fails
// here (and in the type check) rather than as an empty panel in the browser.
import { readdirSync, readFileSync } from 'node:fs';
import { generate, type CodegenConfig } from '@graphql-codegen/cli';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { config, DOCUMENTS, GENERATED_DIR } from '../../codegen';

const STALE = 'generated types are stale: run npm run codegen';

/** What `npm run codegen:web` would write, formatted as its prettier hook leaves it; nothing is written. */
async function generateNow(codegenConfig: CodegenConfig): Promise<Map<string, string>> {
  const outputs = await generate({ ...codegenConfig, silent: true }, false);
  const files = new Map<string, string>();
  for (const output of outputs) {
    const options = await resolveConfig(output.filename);
    files.set(output.filename, await format(output.content, { ...options, filepath: output.filename }));
  }
  return files;
}

describe('the generated GraphQL client types', () => {
  it('are what codegen makes from apps/api/schema.gql and the documents now', async () => {
    const generated = await generateNow(config);
    const committed = readdirSync(GENERATED_DIR).map((name) => `${GENERATED_DIR}${name}`);

    expect(committed.sort(), STALE).toEqual([...generated.keys()].sort());
    for (const [filename, content] of generated) {
      expect(readFileSync(filename, 'utf8'), `${STALE} (${filename})`).toBe(content);
    }
  }, 60_000);

  it('are not made when a document selects a field the schema does not have', async () => {
    const broken = 'query Broken { latePayment { asOf employersInDebt } }';
    await expect(generateNow({ ...config, documents: [...DOCUMENTS, broken] })).rejects.toThrow(
      'Cannot query field "employersInDebt" on type "LatePayment"',
    );
  }, 60_000);
});
