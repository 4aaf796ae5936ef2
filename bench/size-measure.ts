/**
 * The kit's size measurement, shared by `npm run bench` (bench/size.ts prints it) and the size budget test in
 * `npm test` (test/node/size-budget.test.ts fails on it): every public entry — each `gu-*.ts` define module under
 * components/, widget parts excluded — built on its own, as a portal embedding just that element loads it, with the kit
 * build's plugins. The first render is the entry plus every chunk it imports statically; what it loads later is every
 * other chunk of that build (reachable through `import()`); each chunk is gzipped as a server would send it.
 * Deterministic: the same sources give the same bytes.
 */
import { mkdirSync, readFileSync, renameSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type Plugin, type Rolldown } from 'vite';
import { kitBuild, publicEntries } from '../build/kit.js';
import { repoRoot, unpackedTarball } from '../test/tools/packed-tarball.js';

type OutputChunk = Rolldown.OutputChunk;

export const gzip = (code: string): number => gzipSync(code, { level: 9 }).length;
export const brotli = (code: string): number =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Builds `input` as the kit build does (build/kit.ts: library mode, entry signatures kept) and returns its JS chunks. */
export async function chunksOf(input: string | Record<string, string>, plugins: Plugin[] = []): Promise<OutputChunk[]> {
  const result = await build({ ...kitBuild(input, { plugins }), logLevel: 'silent' });
  const outputs = (Array.isArray(result) ? result : [result]) as { output: (OutputChunk | { type: 'asset' })[] }[];
  return outputs.flatMap((o) => o.output).filter((item): item is OutputChunk => item.type === 'chunk');
}

/**
 * `chunk` and every chunk it reaches through static imports (and dynamic ones too with `dynamic`); a chunk in
 * `loaded` is there already, and what it would load is not this chunk's doing.
 */
export function closure(
  chunk: OutputChunk,
  byFile: Map<string, OutputChunk>,
  { dynamic = false, loaded = new Set<string>() }: { dynamic?: boolean; loaded?: ReadonlySet<string> } = {},
  seen = new Set<string>(),
): Set<string> {
  seen.add(chunk.fileName);
  if (loaded.has(chunk.fileName)) return seen;
  for (const imported of dynamic ? [...chunk.imports, ...chunk.dynamicImports] : chunk.imports) {
    const next = byFile.get(imported);
    if (next && !seen.has(imported)) closure(next, byFile, { dynamic, loaded }, seen);
  }
  return seen;
}

export interface EntrySize {
  /** e.g. `components/login/gu-login`. */
  name: string;
  /** The first render: gzip bytes, and how many files. */
  firstGzip: number;
  firstFiles: number;
  /** Everything the entry can load later with import(): gzip bytes in all, and how many files. */
  lazyGzip: number;
  lazyFiles: number;
  /** Brotli bytes of the first render (only when asked for: quality 11 is slow). */
  firstBrotli?: number;
  /**
   * Gzip bytes of everything loading the module `source` (a path under the repository, e.g.
   * `components/login/parts/new-password.ts`) brings beyond the first render and the static closures of `after`
   * (modules loaded before it, e.g. the engine), all it can import in turn included — what another chunk loaded before
   * would import is not counted. Undefined when no chunk of this entry starts at one of these modules.
   */
  loadsWith(source: string, after?: readonly string[]): number | undefined;
}

/** The public entries (`gu-*.ts` under components/, widget parts excluded), sorted by name. */
export function publicEntryList(): [string, string][] {
  return Object.entries(publicEntries())
    .filter(([name]) => !name.includes('/parts/'))
    .sort(([a], [b]) => a.localeCompare(b));
}

/**
 * The public entries as a portal installs them: the packed tarball (test/tools/packed-tarball.ts) unpacked as
 * node_modules/gu-kit of a new folder whose dependencies are links to this repository's copies, each entry the
 * package's module of the same name (`…/node_modules/gu-kit/dist/lib/components/login/gu-login.js`). Measured with
 * measureEntry like the sources; the package's own package.json (its `sideEffects`) is what the bundler reads.
 */
export function packageEntryList(): [string, string][] {
  const unpacked = unpackedTarball();
  const consumer = dirname(unpacked);
  const installed = join(consumer, 'node_modules/gu-kit');
  mkdirSync(dirname(installed), { recursive: true });
  renameSync(unpacked, installed);
  const { dependencies } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  for (const name of Object.keys(dependencies)) {
    mkdirSync(dirname(join(consumer, 'node_modules', name)), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules', name), join(consumer, 'node_modules', name));
  }
  return publicEntryList().map(([name]) => [name, join(installed, 'dist/lib', `${name}.js`)]);
}

/** Measures one entry, built on its own. */
export async function measureEntry(name: string, file: string, { withBrotli = false } = {}): Promise<EntrySize> {
  const chunks = await chunksOf({ [name]: file });
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = chunks.find((chunk) => chunk.isEntry)!;
  const firstNames = closure(entry, byFile);
  const first = [...firstNames].map((fileName) => byFile.get(fileName)!);
  const lazy = chunks.filter((chunk) => !firstNames.has(chunk.fileName));
  const sum = (list: OutputChunk[]) => list.reduce((total, chunk) => total + gzip(chunk.code), 0);
  return {
    name,
    firstGzip: sum(first),
    firstFiles: first.length,
    lazyGzip: sum(lazy),
    lazyFiles: lazy.length,
    firstBrotli: withBrotli ? first.reduce((total, chunk) => total + brotli(chunk.code), 0) : undefined,
    loadsWith(source, after = []) {
      // A source path (`components/…/x.ts`) names the package's module too (`…/dist/lib/components/…/x.js`).
      const chunkOf = (path: string) =>
        chunks.find((chunk) =>
          [`/${path}`, `/dist/lib/${path.replace(/\.ts$/, '.js')}`].some((end) => chunk.facadeModuleId?.endsWith(end)),
        );
      const start = chunkOf(source);
      const before = new Set(firstNames);
      for (const path of after) {
        const chunk = chunkOf(path);
        if (!chunk) return undefined;
        for (const fileName of closure(chunk, byFile)) before.add(fileName);
      }
      if (!start) return undefined;
      const reached = [...closure(start, byFile, { dynamic: true, loaded: before })].filter(
        (name) => !before.has(name),
      );
      return sum(reached.map((fileName) => byFile.get(fileName)!));
    },
  };
}
