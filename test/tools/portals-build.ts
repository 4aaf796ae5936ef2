/**
 * The portals' static build (`npm run build`: vite.config.ts portalsConfig(), every page, the mock pages, the push
 * worker) made once for every test that needs it. Four Node test files used to build it each on their own
 * (build-chunks, focus-visible, portal-severny, portal-vue): the same output four times, most of the CPU of a portal
 * test. The Node tests run one file per process, so the build is kept in dist/test-portals/<stamp>/, named by the hash
 * of everything it is made from (like test/tools/packed-tarball.ts); a test finding it takes it as it is, any change
 * to a source builds again. The build's chunks (module ids and their code, as rolldown gave them) are written beside
 * it in chunks.json, for the tests that check how the build splits the code.
 *
 * A build is written to a directory of its own and renamed into place whole, so a test never sees half a build and
 * two processes building at once (helpers running tests side by side) both end with a complete one. Tests only read
 * the directory: none may write into it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import { portalsConfig } from '../../vite.config.js';

const repoRoot = resolve(import.meta.dirname, '../..');
export const PORTALS_BUILD_ROOT = join(repoRoot, 'dist/test-portals');
const CHUNKS_FILE = 'chunks.json';

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

/** The hash of every source file's path and bytes (package-lock.json stands for node_modules). */
export function portalsBuildStamp(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap((source) => files(join(repoRoot, source)))) {
    hash.update(file.slice(repoRoot.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 24);
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
  const stamp = portalsBuildStamp();
  const dir = join(PORTALS_BUILD_ROOT, stamp);
  if (!existsSync(join(dir, CHUNKS_FILE))) {
    mkdirSync(PORTALS_BUILD_ROOT, { recursive: true });
    const work = join(PORTALS_BUILD_ROOT, `.building-${process.pid}-${Date.now()}`);
    try {
      // Built in a work directory and renamed: no file of the output names the directory it was written to.
      const config = portalsConfig(work);
      await build({
        ...config,
        configFile: false,
        logLevel: 'warn',
        plugins: [...(config.plugins ?? []), recordChunks(work)],
      });
      try {
        renameSync(work, dir);
      } catch (error) {
        // Another process put the same build in place first: take that one.
        if (!existsSync(join(dir, CHUNKS_FILE))) throw error;
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    pruneOldBuilds(stamp);
  }
  const chunks = JSON.parse(readFileSync(join(dir, CHUNKS_FILE), 'utf8')) as BuiltChunk[];
  return { dir, chunks, code: (chunk) => readFileSync(join(dir, chunk.fileName), 'utf8') };
}

/** Builds of other sources, older than an hour (a test of another checkout state may still be reading a newer one). */
function pruneOldBuilds(keep: string): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(PORTALS_BUILD_ROOT)) {
    if (name === keep) continue;
    const path = join(PORTALS_BUILD_ROOT, name);
    if (statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
  }
}
