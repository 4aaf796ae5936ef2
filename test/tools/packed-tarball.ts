/**
 * The package as a portal team gets it: `npm pack` of this repository (its `prepack` builds dist/lib and dist/theme,
 * build/package.ts), made once for every test that needs it. The Node tests run one file per process, so the tarball
 * is kept in dist/pack/ beside a stamp of what it was made from (the hash of the sources it ships and of the build); a
 * test finding the same stamp takes the tarball as it is, any change to a shipped source packs again.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** The path of the packed tarball (gu-kit-<version>.tgz), packed now unless the one in dist/pack/ is current. */
export function packedTarball(): string {
  const stamp = sourcesStamp();
  const stampFile = join(packDir, 'stamp');
  const { name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const tarball = join(packDir, `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`);
  if (existsSync(tarball) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return tarball;
  rmSync(packDir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  if (!existsSync(tarball)) throw new Error(`npm pack did not write ${tarball}`);
  writeFileSync(stampFile, stamp);
  return tarball;
}
