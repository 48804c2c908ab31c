import { defineConfig } from 'vite';
import { workspaceAliases } from '../../vitest.shared.ts';

// The API (and the command line) bundle into one ESM file per entry; workspace libraries are compiled in, npm
// packages stay external and load from node_modules. Vite's transform emits the decorator metadata Nest's
// dependency injection and GraphQL code-first types rely on.
// Bare package names stay external; relative files, workspace libraries and Vite's virtual helper modules
// (ids starting with \0) are bundled.
function isExternal(id: string): boolean {
  if (id.startsWith('\0') || id.startsWith('@oxc-project/runtime') || id.startsWith('.') || id.startsWith('/') || id.startsWith('@scorecard/')) return false;
  return !id.includes('?');
}

export default defineConfig({
  resolve: { alias: workspaceAliases },
  build: {
    ssr: true,
    outDir: 'dist',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: {
      input: { main: 'src/main.ts' },
      output: { format: 'es', entryFileNames: '[name].js' },
      external: isExternal,
    },
  },
  ssr: { noExternal: [/^@scorecard\//] },
});
