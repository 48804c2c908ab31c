import { defineConfig } from 'vitest/config';
import { workspaceAliases } from '../../vitest.shared.ts';

// Unit tests cover the pure parts (option builders, formatting, the GraphQL client); real rendering
// is checked in the browser tests under tests/.
export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: { environment: 'node', include: ['src/**/*.spec.ts'] },
});
