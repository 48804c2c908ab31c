import { fileURLToPath } from 'node:url';

// The one place that maps workspace aliases to sources for Vite and Vitest; tsconfig.json holds the same
// for the type checker.
const root = fileURLToPath(new URL('.', import.meta.url));

export const workspaceAliases = {
  '@scorecard/domain': `${root}libs/domain/src/index.ts`,
  '@scorecard/warehouse': `${root}libs/warehouse/src/index.ts`,
  '@scorecard/ingest': `${root}libs/ingest/src/index.ts`,
  '@scorecard/access': `${root}libs/access/src/index.ts`,
  '@scorecard/config': `${root}libs/config/src/index.ts`,
};

export const workspaceRoot = root;

// Bare package names stay external and load from node_modules; relative files, workspace libraries and Vite's
// virtual helper modules (ids starting with \0, and the decorator helpers) are bundled.
function isExternal(id: string): boolean {
  if (id.startsWith('\0') || id.startsWith('@oxc-project/runtime') || id.startsWith('.') || id.startsWith('/'))
    return false;
  if (id.startsWith('@scorecard/')) return false;
  return !id.includes('?');
}

/**
 * Build settings of a Node application (the API, the command line): one ESM file per entry in dist/, with the
 * workspace libraries compiled in. Vite's transform emits the decorator metadata Nest relies on.
 */
export function nodeApplicationConfig(entries: Record<string, string>) {
  return {
    resolve: { alias: workspaceAliases },
    build: {
      ssr: true,
      outDir: 'dist',
      emptyOutDir: true,
      target: 'node20',
      sourcemap: true,
      rollupOptions: {
        input: entries,
        output: { format: 'es' as const, entryFileNames: '[name].js' },
        external: isExternal,
      },
    },
    ssr: { noExternal: [/^@scorecard\//] },
  };
}
