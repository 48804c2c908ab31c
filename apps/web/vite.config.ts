import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createFilter, defineConfig } from 'vite';
import { workspaceAliases } from '../../vitest.shared.ts';
import { DOCUMENTS, GENERATED_DIR } from './codegen.ts';
import { graphqlDocuments } from './graphql-documents.plugin.ts';
import { precompress } from './precompress.plugin.ts';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

// The API process serves dist/ at '/' and answers GraphQL and the sign-in routes on the same origin, so the dev
// server forwards /graphql and /auth to a locally running API.
const devApiOrigin = process.env['SCORECARD_DEV_API'] ?? 'http://localhost:3000';

export default defineConfig({
  root: projectRoot,
  base: '/',
  plugins: [
    graphqlDocuments({ documents: createFilter(DOCUMENTS), generated: `${GENERATED_DIR}graphql.ts` }),
    react(),
    precompress(),
  ],
  resolve: { alias: workspaceAliases },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // Libraries in their own chunks so a change to the app does not invalidate them in the cache.
    // ECharts (core + bar, scatter and the components used) is ~560 kB minified on its own.
    chunkSizeWarningLimit: 650,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The map series and the geo coordinate system are used by the overview's map only: they go into its chunk.
            {
              name: 'echarts',
              test: /node_modules[\\/](echarts|zrender|tslib)[\\/](?!lib[\\/](chart[\\/]map|component[\\/]geo|coord[\\/](geo|View)|component[\\/]helper[\\/](MapDraw|RoamController|roamHelper)|legacy[\\/]dataSelectAction))/,
            },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // The app's shared modules (data access, texts but the access pages' and settings', formats, the page
            // frame) and the domain library: one chunk instead of some twenty small ones, which over HTTP/1.1 queue
            // six at a time. The ECharts runtime stays out, so no page waits for the library.
            {
              name: 'app',
              test: /(apps[\\/]web[\\/]src[\\/](api|ui|navigation|session|plan|i18n[\\/](?!(vi|en)-)|charts[\\/](?!echarts-runtime))|libs[\\/]domain[\\/]|data[\\/]reference[\\/])/,
            },
          ],
        },
      },
    },
  },
  server: { proxy: { '/graphql': devApiOrigin, '/auth': devApiOrigin } },
});
