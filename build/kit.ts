/**
 * The kit build (`npm run build:kit`) and everything that measures it (bench/size-measure.ts, the tracker bench):
 * every public entry as an ES module, built in Vite's library mode. Library mode ships a dynamic `import()` as it is
 * written — no preload helper in front of it (~1.2 KB gzip a non-library build adds to a widget's first render) — so
 * the kit needs no plugin to take that helper out again.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { InlineConfig, Plugin } from 'vite';
import { compactTemplates } from './compact-templates.js';

const repoRoot = resolve(import.meta.dirname, '..');

/** Every public entry: the `gu-*.ts` define modules under components/, keyed by path without `.ts`. */
export function publicEntries(dir = resolve(repoRoot, 'components')): Record<string, string> {
  const files = readdirSync(dir).flatMap((name): string[] => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return Object.values(publicEntries(path));
    return /^gu-[\w-]+\.ts$/.test(name) ? [path] : [];
  });
  return Object.fromEntries(files.map((file) => [relative(repoRoot, file).replace(/\.ts$/, ''), file]));
}

/**
 * An entry's chunk keeps its public exports and may add (minified) exports for what its lazily loaded parts share
 * with its first render, so those parts import it from the entry instead of the bundler splitting the first render
 * into a small chunk per shared module.
 */
export const KIT_ENTRY_SIGNATURES = 'allow-extension' as const;

export interface KitBuildOptions {
  /** Where to write (absent: nothing is written, the output is returned). */
  outDir?: string;
  /** Full minification (default); `false` keeps names readable for a profiler. */
  minify?: boolean;
  /** Plugins to run before the kit's own (a virtual entry, say). */
  plugins?: Plugin[];
}

/** The kit's build of `entry` (a file or named files): ES modules, library mode, our templates compacted. */
export function kitBuild(entry: string | Record<string, string>, options: KitBuildOptions = {}): InlineConfig {
  const { outDir, minify = true, plugins = [] } = options;
  return {
    configFile: false,
    root: repoRoot,
    publicDir: false,
    mode: 'production',
    plugins: [...plugins, compactTemplates()],
    build: {
      lib: { entry, formats: ['es'] },
      ...(outDir ? { outDir, emptyOutDir: true } : { write: false }),
      target: 'es2022',
      modulePreload: false,
      rolldownOptions: {
        preserveEntrySignatures: KIT_ENTRY_SIGNATURES,
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'shared/[name]-[hash].js',
          // Library mode keeps white space and `@__PURE__` notes for a bundler downstream; the kit is loaded as it is.
          minify: minify ? true : 'dce-only',
          comments: { annotation: false },
        },
      },
    },
  };
}
