import { fileURLToPath } from 'node:url';

// The one place that maps workspace aliases to sources for Vite and Vitest; tsconfig.json holds the same
// for the type checker.
const root = fileURLToPath(new URL('.', import.meta.url));

export const workspaceAliases = {
  '@scorecard/domain': `${root}libs/domain/src/index.ts`,
  '@scorecard/warehouse': `${root}libs/warehouse/src/index.ts`,
  '@scorecard/ingest': `${root}libs/ingest/src/index.ts`,
};

export const workspaceRoot = root;
