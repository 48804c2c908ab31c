import { defineConfig } from 'vite';
import { nodeApplicationConfig } from '../../vitest.shared.ts';

export default defineConfig(nodeApplicationConfig({ main: 'src/main.ts' }));
