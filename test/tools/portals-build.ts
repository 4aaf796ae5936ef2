/**
 * The portals' static build (`npm run build`: vite.config.ts portalsConfig(), every page, the mock pages, the push
 * worker) made once for every test that needs it. Four Node test files used to build it each on their own
 * (build-chunks, focus-visible, portal-severny, portal-vue): the same output four times, most of the CPU of a portal
 * test. The Node tests run one file per process, so the build is kept in dist/test-portals/<stamp>/, named by the hash
 * of everything it is made from (like test/tools/packed-tarball.ts); a test finding it takes it as it is, any change
 * to a source builds again. The build's chunks (module ids and their code, as rolldown gave them) are written beside
 * it in chunks.json, for the tests that check how the build splits the code.
 *
 * A build is written to a directory of its own and renamed into place whole (cachedDir), so a test never sees half a
 * build and two processes building at once (runs side by side) both end with a complete one. Tests only read the
 * directory: none may write into it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import { portalsConfig } from '../../vite.config.js';

const repoRoot = resolve(import.meta.dirname, '../..');
export const PORTALS_BUILD_ROOT = join(repoRoot, 'dist/test-portals');
export const CHUNKS_FILE = 'chunks.json';

/** Everything the build reads from the repository: a change in any of them makes another build. */
const SOURCES = [
  'components',
  'shells',
  'mocks',
  'build',
  'vite.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'test/tools/portals-build.ts', // what it records of the build
];

/** A chunk of the build as the tests read it: rolldown's OutputChunk without its code (the file is in the build). */
export interface BuiltChunk {
  fileName: string;
  name: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  dynamicImports: string[];
  /** Every module in the chunk, by id, with its rendered code. */
  modules: Record<string, { code: string | null }>;
}

export interface PortalsBuild {
  /** The build's output directory (what `npm run build` writes to dist/portals/). Read only. */
  dir: string;
  chunks: BuiltChunk[];
  /** A chunk's code, as written. */
  code(chunk: BuiltChunk): string;
}

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name !== 'node_modules' && !name.startsWith('.'))
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/** The hash of every file's path and bytes under `sources` (paths relative to `root`). */
export function sourcesStamp(root: string, sources: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of sources.flatMap((source) => files(join(root, source)))) {
    hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 24);
}

/**
 * `cacheRoot/<stamp>/`, made by `make(workDir)` unless it is there already (it is there only whole, holding `marker`):
 * made in a work directory of its own and renamed into place, so a reader never sees half of it, and two processes
 * making it at once both end with a complete one (the second takes the first's). Other stamps' directories older than
 * an hour are removed (a test of another state of the tree may still be reading a newer one).
 */
export async function cachedDir(
  cacheRoot: string,
  stamp: string,
  marker: string,
  make: (workDir: string) => Promise<void>,
): Promise<string> {
  const dir = join(cacheRoot, stamp);
  if (existsSync(join(dir, marker))) return dir;
  mkdirSync(cacheRoot, { recursive: true });
  const work = join(cacheRoot, `.building-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  try {
    await make(work);
    if (!existsSync(join(work, marker))) throw new Error(`${work}: made without ${marker}`);
    try {
      renameSync(work, dir);
    } catch (error) {
      // Another process put it in place first: take that one.
      if (!existsSync(join(dir, marker))) throw error;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(cacheRoot)) {
    const path = join(cacheRoot, name);
    if (name !== stamp && statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
  }
  return dir;
}

/**
 * Records the bundle's chunks (what `build({ write: false })` returns) into chunks.json beside the output — once it
 * is written: in generateBundle, Vite's CSS plugin has not yet taken out the chunks that only held CSS.
 */
function recordChunks(outDir: string): Plugin {
  return {
    name: 'gu-test-record-chunks',
    writeBundle(_options, bundle) {
      const chunks: BuiltChunk[] = Object.values(bundle)
        .filter((item): item is Rolldown.OutputChunk => item.type === 'chunk')
        .map((chunk) => ({
          fileName: chunk.fileName,
          name: chunk.name,
          isEntry: chunk.isEntry,
          isDynamicEntry: chunk.isDynamicEntry,
          facadeModuleId: chunk.facadeModuleId,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          modules: Object.fromEntries(Object.entries(chunk.modules).map(([id, module]) => [id, { code: module.code }])),
        }));
      writeFileSync(join(outDir, CHUNKS_FILE), JSON.stringify(chunks));
    },
  };
}

let current: Promise<PortalsBuild> | undefined;

/** The portals' build for the sources as they are now: built unless dist/test-portals/ has it already. */
export function portalsBuild(): Promise<PortalsBuild> {
  current ??= makePortalsBuild();
  return current;
}

async function makePortalsBuild(): Promise<PortalsBuild> {
  const dir = await cachedDir(PORTALS_BUILD_ROOT, sourcesStamp(repoRoot, SOURCES), CHUNKS_FILE, async (work) => {
    // Built in the work directory and renamed: no file of the output names the directory it was written to.
    const config = portalsConfig(work);
    await build({
      ...config,
      configFile: false,
      logLevel: 'warn',
      plugins: [...(config.plugins ?? []), recordChunks(work)],
    });
  });
  const chunks = JSON.parse(readFileSync(join(dir, CHUNKS_FILE), 'utf8')) as BuiltChunk[];
  return { dir, chunks, code: (chunk) => readFileSync(join(dir, chunk.fileName), 'utf8') };
}
