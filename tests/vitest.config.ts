import { defineConfig } from 'vitest/config';
import { workspaceAliases } from '../vitest.shared.ts';

// Cross-app tests: each starts the built server (apps/api/dist) as its own process on a temp DuckDB file and
// talks to it over HTTP, and the browser tests drive Debian's Chromium against it. Files run one at a time
// so two Chromium instances never compete for the two cores.
export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['api/**/*.spec.ts', 'cli/**/*.spec.ts', 'e2e/**/*.spec.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
