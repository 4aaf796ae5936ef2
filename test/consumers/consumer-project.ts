/**
 * A portal team's project made from a fixture in test/consumers/<fixture>/ (issue 18, "proof from the tarball"): the
 * fixture is copied to a fresh directory outside the repository, gets a package.json that depends on the packed
 * tarball (test/tools/packed-tarball.ts) and on the versions of vite, typescript, react, … that this repository
 * locks, and is installed the way a portal installs it — `npm ci` — from the local npm cache only (`--offline`).
 *
 * The npm cache holds the tarballs of every package in this repository's package-lock.json (keyed by integrity), not
 * the registry's metadata, so the project gets a package-lock.json too: the part of ours that its dependencies need
 * (the same nesting, so the same versions), each entry with its registry URL and integrity, and the gu-kit tarball as
 * a `file:` entry. Only when the cache misses a tarball (ENOTCACHED) does it install again with `--prefer-offline`,
 * and it says so on stderr. Angular is not in our lock: its project installs with `--prefer-offline` from the start.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { packedTarball, repoRoot } from '../tools/packed-tarball.js';

export const CONSUMERS_DIR = resolve(import.meta.dirname);
const REGISTRY = 'https://registry.npmjs.org';

interface LockEntry {
  name?: string;
  version: string;
  integrity?: string;
  resolved?: string;
  optional?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [key: string]: unknown;
}

let repoLock: Record<string, LockEntry> | undefined;
function lockPackages(): Record<string, LockEntry> {
  repoLock ??= (
    JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> }
  ).packages;
  return repoLock;
}

/** The version of a top-level package in this repository's package-lock.json. */
export function lockedVersion(name: string): string {
  const entry = lockPackages()[`node_modules/${name}`];
  if (!entry) throw new Error(`${name} is not in package-lock.json`);
  return entry.version;
}

/** Where Node finds `name` from the package at `from` (a lock location), in our lock; undefined when nowhere. */
function locate(from: string, name: string): string | undefined {
  const packages = lockPackages();
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}

/** The lock entries of `roots` and everything they need (dependencies, optional ones, required peers). */
function lockClosure(roots: ReadonlyArray<string>): Record<string, LockEntry> {
  const packages = lockPackages();
  const out: Record<string, LockEntry> = {};
  const visit = (from: string, name: string, required: boolean): void => {
    const location = locate(from, name);
    if (!location) {
      if (required) throw new Error(`${name} (needed by ${from || 'the project'}) is not in package-lock.json`);
      return;
    }
    if (out[location]) return;
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = packages[location]!;
    const packageName = entry.name ?? location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);
    out[location] = {
      ...entry,
      resolved: `${REGISTRY}/${packageName}/-/${packageName.split('/').pop()!}-${entry.version}.tgz`,
    };
    for (const dep of Object.keys(entry.dependencies ?? {})) visit(location, dep, true);
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) visit(location, dep, false);
    for (const dep of Object.keys(entry.peerDependencies ?? {}))
      visit(location, dep, !entry.peerDependenciesMeta?.[dep]?.optional);
  };
  for (const name of roots) visit('', name, true);
  return out;
}

export interface CommandResult {
  code: number;
  /** stdout and stderr together, in order. */
  output: string;
}

/** Runs a command in `cwd` (never a shell); resolves with its exit code and output. */
export function run(
  cwd: string,
  command: string,
  args: ReadonlyArray<string>,
  env: Record<string, string> = {},
): Promise<CommandResult> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', ...env },
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

/** Runs a command and fails with its output when it does not exit 0. */
export async function runOk(cwd: string, command: string, args: ReadonlyArray<string>): Promise<string> {
  const result = await run(cwd, command, args);
  if (result.code !== 0)
    throw new Error(`${command} ${args.join(' ')} exited ${result.code} in ${cwd}:\n${result.output}`);
  return result.output;
}

export interface ConsumerOptions {
  /** Runtime dependencies besides gu-kit, at the versions our lock has (react, react-dom, …). */
  dependencies?: ReadonlyArray<string>;
  /** Build-time dependencies at the versions our lock has (vite, typescript, @types/react, …). */
  devDependencies?: ReadonlyArray<string>;
  /** Dependencies our lock does not have (Angular): name → range; the install then asks the registry. */
  registryDependencies?: Record<string, string>;
  registryDevDependencies?: Record<string, string>;
}

export interface ConsumerProject {
  dir: string;
  /** How it was installed: `offline` (cache only) or `prefer-offline` (and why). */
  install: string;
  /** Runs a binary of the project's own node_modules/.bin. */
  bin(name: string, args: ReadonlyArray<string>): Promise<CommandResult>;
  remove(): void;
}

/** Copies the fixture outside the repository, points it at the packed tarball and installs it. */
export async function createConsumer(fixture: string, options: ConsumerOptions = {}): Promise<ConsumerProject> {
  const dir = mkdtempSync(join(tmpdir(), `gu-kit-consumer-${fixture}-`));
  const remove = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    cpSync(join(CONSUMERS_DIR, fixture), dir, {
      recursive: true,
      filter: (source) => !/[/\\](node_modules|dist)$/.test(source),
    });
    // The tarball sits in the project, as a team keeps a package it was handed.
    const tarball = packedTarball();
    const tarballName = basename(tarball);
    cpSync(tarball, join(dir, tarballName));
    const guKit = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      version: string;
      license: string;
      dependencies: Record<string, string>;
    };
    const pinned = (names: ReadonlyArray<string> = []): Record<string, string> =>
      Object.fromEntries(names.map((name) => [name, lockedVersion(name)]));
    const dependencies = {
      'gu-kit': `file:${tarballName}`,
      ...pinned(options.dependencies),
      ...options.registryDependencies,
    };
    const devDependencies = { ...pinned(options.devDependencies), ...options.registryDevDependencies };
    const manifest = { name: `consumer-${fixture}`, private: true, type: 'module', dependencies, devDependencies };
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

    const fromRegistry = Boolean(options.registryDependencies || options.registryDevDependencies);
    let install = 'offline';
    const npmArgs = ['--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
    if (!fromRegistry) {
      const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
      const lock = {
        name: manifest.name,
        lockfileVersion: 3,
        requires: true,
        packages: {
          '': { name: manifest.name, dependencies, devDependencies },
          'node_modules/gu-kit': {
            version: guKit.version,
            resolved: `file:${tarballName}`,
            integrity,
            license: guKit.license,
            dependencies: guKit.dependencies,
          },
          ...lockClosure([
            ...Object.keys(guKit.dependencies),
            ...(options.dependencies ?? []),
            ...(options.devDependencies ?? []),
          ]),
        },
      };
      writeFileSync(join(dir, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
      const offline = await run(dir, 'npm', ['ci', '--offline', ...npmArgs]);
      if (offline.code !== 0) {
        if (!/ENOTCACHED/.test(offline.output))
          throw new Error(`npm ci --offline failed in ${dir}:\n${offline.output}`);
        install = 'prefer-offline (the npm cache missed a tarball: ENOTCACHED)';
        process.stderr.write(`consumer ${fixture}: the npm cache missed a tarball, installing with --prefer-offline\n`);
        await runOk(dir, 'npm', ['ci', '--prefer-offline', ...npmArgs]);
      }
    } else {
      install = 'prefer-offline (dependencies outside our lock)';
      await runOk(dir, 'npm', ['install', '--prefer-offline', ...npmArgs]);
    }
    return {
      dir,
      install,
      bin: (name, args) => run(dir, join(dir, 'node_modules/.bin', name), args),
      remove,
    };
  } catch (error) {
    remove();
    throw error;
  }
}

/** One `error TSxxxx` line of tsc's output: file (relative to the project), line, code and message. */
export interface TsError {
  file: string;
  line: number;
  code: string;
  message: string;
}

/** tsc's errors from its plain (`--pretty false`) output. */
export function tsErrors(output: string): TsError[] {
  return [...output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+): (.+)$/gm)].map((match) => ({
    file: match[1]!,
    line: Number(match[2]),
    code: match[3]!,
    message: match[4]!,
  }));
}

/** The 1-based line of `marker` in a fixture file of the project (where the wrong binding is). */
export function lineOf(dir: string, file: string, marker: string): number {
  const index = readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(marker));
  if (index < 0) throw new Error(`${marker} not found in ${file}`);
  return index + 1;
}
