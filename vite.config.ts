import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

const repoRoot = import.meta.dirname;

/** Every public entry: the `gu-*.ts` define modules under components/. */
export function publicEntries(dir = resolve(repoRoot, 'components')): Record<string, string> {
  const files = readdirSync(dir).flatMap((name): string[] => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return Object.values(publicEntries(path));
    return /^gu-[\w-]+\.ts$/.test(name) ? [path] : [];
  });
  return Object.fromEntries(files.map((file) => [relative(repoRoot, file).replace(/\.ts$/, ''), file]));
}

/**
 * `npm start`: the demo (shells/demo) on the mock backend — MSW's worker is served from mocks/public at "/".
 * `npm run build`: a static build of the demo in dist/demo (the worker is included, the mock backend stays on).
 */
const demo: UserConfig = {
  root: resolve(repoRoot, 'shells/demo'),
  publicDir: resolve(repoRoot, 'mocks/public'),
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173), fs: { allow: [repoRoot] } },
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173) },
  build: { outDir: resolve(repoRoot, 'dist/demo'), emptyOutDir: true, target: 'es2022' },
};

/**
 * `npm run build:kit`: every public entry as an ES module in dist/kit (shared chunks for Lit and core), for portals
 * that load `<script type="module" src=".../components/core/ui/gu-text-field.js">`.
 */
const kit: UserConfig = {
  root: repoRoot,
  publicDir: false,
  build: {
    outDir: resolve(repoRoot, 'dist/kit'),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    rollupOptions: {
      input: publicEntries(),
      preserveEntrySignatures: 'strict',
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared/[name]-[hash].js' },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'kit' ? kit : demo));
