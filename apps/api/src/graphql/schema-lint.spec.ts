import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { Kind, parse, type FieldDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';

// `npm run lint` lints apps/api/schema.gql with the GraphQL rules of eslint.config.js (the api project's lint
// target names the file). This checks that those rules bite: the committed schema with one description taken
// out has exactly one problem more, and it names the field.
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const schemaPath = `${root}apps/api/schema.gql`;

/** The schema text without the description of one field of one type. */
function withoutDescription(text: string, typeName: string, fieldName: string): string {
  const type = parse(text).definitions.find(
    (definition): definition is ObjectTypeDefinitionNode =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === typeName,
  );
  const field = type?.fields?.find((candidate: FieldDefinitionNode) => candidate.name.value === fieldName);
  if (!field?.description?.loc) throw new Error(`${typeName}.${fieldName} has no description to take out`);
  return text.slice(0, field.description.loc.start) + text.slice(field.name.loc!.start);
}

describe('the schema linter', () => {
  it('finds a field whose description was taken out', async () => {
    const eslint = new ESLint({ cwd: root });
    const problems = async (text: string) =>
      (await eslint.lintText(text, { filePath: schemaPath }))[0]!.messages.map(
        (message) => `${message.ruleId}: ${message.message}`,
      );
    const committed = readFileSync(schemaPath, 'utf8');
    const before = await problems(committed);
    const after = await problems(withoutDescription(committed, 'Query', 'ranking'));
    expect(after.length).toBe(before.length + 1);
    expect(after.filter((problem) => !before.includes(problem))).toEqual([
      '@graphql-eslint/require-description: Description is required for field "ranking" in type "Query"',
    ]);
  }, 60_000);
});
