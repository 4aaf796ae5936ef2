/**
 * The package as a portal team gets it: `npm pack` of this repository (its `prepack` builds dist/lib and dist/theme,
 * build/package.ts), made once for every test that needs it. The Node tests run one file per process, so the tarball
 * is kept in dist/pack/ beside a stamp of what it was made from (the hash of the sources it ships and of the build); a
 * test finding the same stamp takes the tarball as it is, any change to a shipped source packs again. Extract it with
 * `unpackedTarball()` to read its files.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
const packDir = join(repoRoot, 'dist/pack');

/** Everything the package is made from: a change in any of them makes another tarball. */
const SOURCES = [
  'components',
  'shells/adapter',
  'build/package.ts',
  'build/compact-templates.ts',
  'tsconfig.json',
  'tsconfig.package.json',
  'package.json',
  'custom-elements.json',
  'CHANGELOG.md',
];

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

function sourcesStamp(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap((source) => files(join(repoRoot, source)))) {
    hash.update(file.slice(repoRoot.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * The path of the packed tarball (gu-kit-<version>.tgz), packed now unless dist/pack/ has one made from the same
 * sources. Each stamp has a folder of its own and a tarball once there is never changed, so a test reading one is
 * never disturbed by another packing; a lock folder keeps two processes from building dist/lib at once.
 */
export function packedTarball(): string {
  const stamp = sourcesStamp().slice(0, 16);
  const { name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const dir = join(packDir, stamp);
  const tarball = join(dir, `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`);
  if (existsSync(tarball)) return tarball;
  mkdirSync(packDir, { recursive: true });
  const lock = join(packDir, 'lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another process packs: wait for it (a lock older than ten minutes is left from a killed run).
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 600_000)
        rmSync(lock, { force: true, recursive: true });
      execFileSync('sleep', ['1']);
      if (existsSync(tarball)) return tarball;
    }
  }
  try {
    if (existsSync(tarball)) return tarball;
    const staging = join(packDir, `staging-${process.pid}`);
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging);
    execFileSync('npm', ['pack', '--silent', '--pack-destination', staging], {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, npm_config_update_notifier: 'false' },
    });
    renameSync(staging, dir);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  if (!existsSync(tarball)) throw new Error(`npm pack did not write ${tarball}`);
  return tarball;
}

/** The tarball's files extracted into a new temporary folder: its `package/` folder, as npm would install it. */
export function unpackedTarball(tarball = packedTarball()): string {
  const dir = mkdtempSync(join(tmpdir(), 'gu-kit-package-'));
  execFileSync('tar', ['-xzf', tarball, '-C', dir]);
  return join(dir, 'package');
}
