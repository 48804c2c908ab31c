// GraphQL Code Generator: the web app's result and variable types, from the schema the API emits (apps/api/
// schema.gql, `npm run codegen`) and the documents the pages send (graphql(`…`) in the *.queries.ts files). The
// output in src/api/generated/ is committed; src/api/generated-types.spec.ts fails when it is stale.
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/** Where the generated files go (the client preset wants a folder, with the slash). */
export const GENERATED_DIR = `${webRoot}src/api/generated/`;

/** The files the documents are written in: the *.queries.ts files, and api/fields.ts for the shared fragments. */
export const DOCUMENTS = [`${webRoot}src/**/*.queries.ts`, `${webRoot}src/api/fields.ts`];

export const config: CodegenConfig = {
  schema: `${webRoot}../api/schema.gql`,
  documents: DOCUMENTS,
  ignoreNoDocuments: false,
  generates: {
    [GENERATED_DIR]: {
      preset: 'client',
      // Components read plain objects: the fragments only share selections, they hide nothing.
      presetConfig: { fragmentMasking: false, skipIndexFile: true },
      config: {
        // Documents as strings (TypedDocumentString): the client posts the text as it is, so no GraphQL parser or
        // printer ships to the browser.
        documentMode: 'string',
        useTypeImports: true,
        // Enums as string unions: no runtime objects in the bundle.
        enumType: 'string-literal',
        // Every custom scalar of the schema must be named here: a new one fails the generation rather than
        // becoming `any`.
        strictScalars: true,
        scalars: {
          ID: { input: 'string', output: 'string' },
          // "YYYY-MM-DD" and "YYYY-MM" on the wire.
          LocalDate: 'string',
          YearMonth: 'string',
        },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
