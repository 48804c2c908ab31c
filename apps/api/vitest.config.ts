import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { workspaceAliases } from '../../vitest.shared.ts';

// The sources import graphql as Node does at run time (its CommonJS entry), so a schema built here is the same
// graphql module's as the one Apollo Server checks it with (Vite alone would pick the .mjs entry: two realms).
const graphql = fileURLToPath(new URL('../../node_modules/graphql/index.js', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      ...Object.entries(workspaceAliases).map(([find, replacement]) => ({ find, replacement })),
      { find: /^graphql$/, replacement: graphql },
    ],
  },
  test: { include: ['src/**/*.spec.ts'], testTimeout: 60_000 },
});
