import js from '@eslint/js';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/*.d.ts', 'artefacts/**', '.nx/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          // The metric catalogue is data shipped in data/reference and compiled into the domain library.
          allow: ['../../../../data/reference/metrics.json'],
          depConstraints: [
            { sourceTag: 'scope:domain', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:config', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:warehouse', onlyDependOnLibsWithTags: ['scope:domain'] },
            { sourceTag: 'scope:ingest', onlyDependOnLibsWithTags: ['scope:domain', 'scope:warehouse'] },
            { sourceTag: 'scope:access', onlyDependOnLibsWithTags: ['scope:domain', 'scope:warehouse'] },
            {
              sourceTag: 'scope:api',
              onlyDependOnLibsWithTags: [
                'scope:domain',
                'scope:warehouse',
                'scope:ingest',
                'scope:access',
                'scope:config',
              ],
            },
            {
              sourceTag: 'scope:cli',
              onlyDependOnLibsWithTags: [
                'scope:domain',
                'scope:warehouse',
                'scope:ingest',
                'scope:access',
                'scope:config',
              ],
            },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:domain'] },
            {
              sourceTag: 'scope:tests',
              onlyDependOnLibsWithTags: ['scope:domain', 'scope:warehouse', 'scope:ingest', 'scope:access'],
            },
          ],
        },
      ],
    },
  },
  {
    // Decorated NestJS classes are injected by their constructor types, so those imports must stay values.
    files: ['apps/api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // Plain Node scripts (the benchmark).
    files: ['**/*.mjs', 'apps/cli/bin/*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', fetch: 'readonly', URL: 'readonly', setTimeout: 'readonly' },
    },
  },
  {
    // Build and test configuration sits outside the projects' sources and may import the shared alias map.
    files: ['**/vite.config.ts', '**/vitest.config.ts', 'vitest.shared.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  prettier,
  {
    // The generated GraphQL schema (the api project's lint target lints it): it documents itself, so every type,
    // field, argument, input field and enum value has a description (the resolvers' decorators give them).
    files: ['apps/api/schema.gql'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig: { schema: `${import.meta.dirname}/apps/api/schema.gql` } },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
        },
      ],
      // Not for this API: its objects are views (a province at a date), not entities with an id, and enum values
      // such as NOT_REPORTED rightly mean the same in two enums.
      '@graphql-eslint/strict-id-in-types': 'off',
      '@graphql-eslint/unique-enum-value-names': 'off',
    },
  },
);
