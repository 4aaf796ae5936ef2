import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const repoRoot = import.meta.dirname;

/**
 * `npm start`: the demo (shells/demo) on the mock backend — MSW's worker is served from mocks/public at "/".
 * `npm run build`: a static build of the demo in dist/demo (the worker is included, the mock backend stays on).
 */
export default defineConfig({
  root: resolve(repoRoot, 'shells/demo'),
  publicDir: resolve(repoRoot, 'mocks/public'),
  server: {
    host: '127.0.0.1',
    port: Number(process.env.PORT ?? 5173),
    fs: { allow: [repoRoot] },
  },
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173) },
  build: {
    outDir: resolve(repoRoot, 'dist/demo'),
    emptyOutDir: true,
    target: 'es2022',
  },
});
