/**
 * The npm package as `npm pack` makes it (test/tools/packed-tarball.ts): publint and arethetypeswrong on the tarball,
 * what it holds and what it must never hold, and its package.json against the code — every subpath resolves to a
 * module and its types, every module that defines an element is a side effect, every bare import is a dependency.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { PACKAGE_SIDE_EFFECTS, packageExports } from '../../build/package.js';
import { packedTarball, repoRoot, unpackedTarball } from '../tools/packed-tarball.js';

interface PackageJson {
  name: string;
  license: string;
  private?: boolean;
  exports: Record<string, unknown>;
  sideEffects: string[];
  dependencies: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

let tarball: string;
/** The tarball's files, without the `package/` prefix. */
let files: string[];
let pkg: PackageJson;
/** The extracted package folder. */
let unpacked: string;
const read = (file: string): string => readFileSync(join(unpacked, file), 'utf8');

/** A package.json glob (`*` within a name, `**` across folders) as a regular expression over `./path`. */
const globRegExp = (glob: string): RegExp =>
  new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*\//g, '\0')
      .replace(/\*/g, '[^/]*')
      .replace(/\0/g, '(?:.*/)?')}$`,
  );

before(() => {
  tarball = packedTarball();
  files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8', maxBuffer: 16 << 20 })
    .split('\n')
    .filter(Boolean)
    .map((file) => file.replace(/^package\//, ''));
  unpacked = unpackedTarball(tarball);
  pkg = JSON.parse(read('package.json')) as PackageJson;
});

after(() => rmSync(dirname(unpacked), { recursive: true, force: true }));

describe('the packed package', () => {
  test('publint finds nothing, suggestions included', async () => {
    const { messages, pkg: linted } = await publint({
      pack: { tarball: readFileSync(tarball).buffer as ArrayBuffer },
      level: 'suggestion',
      strict: true,
    });
    assert.deepEqual(
      messages.map((message) => `${message.type}: ${formatMessage(message, linted) ?? message.code}`),
      [],
    );
  });

  test('arethetypeswrong: every subpath resolves to ES modules with their types (ESM-only profile)', () => {
    const attw = spawnSync(
      join(repoRoot, 'node_modules/.bin/attw'),
      [tarball, '--profile', 'esm-only', '--format', 'json'],
      { encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    const report = JSON.parse(attw.stdout) as {
      analysis: {
        entrypoints: Record<string, { resolutions: Record<string, { resolution?: { isTypeScript?: boolean } }> }>;
      };
    };
    assert.equal(attw.status, 0, `attw found problems:\n${attw.stdout.slice(0, 4000)}`);
    // What attw checks is every subpath of `exports` (a pattern once): the test would pass on an empty map otherwise.
    const checked = Object.keys(report.analysis.entrypoints);
    assert.ok(checked.includes('./login') && checked.includes('./shells/adapter'), checked.join(', '));
    for (const name of checked.filter((entry) => !entry.includes('*') && !entry.endsWith('.json'))) {
      const types = report.analysis.entrypoints[name]!.resolutions['bundler']?.resolution;
      assert.ok(types?.isTypeScript, `${name}: no type declarations for bundlers`);
    }
  });

  test('is publishable: MIT, not private, with its licence, README, manifest and changelog', () => {
    assert.equal(pkg.name, 'gu-kit');
    assert.equal(pkg.license, 'MIT');
    assert.equal(pkg.private, undefined);
    for (const file of ['LICENSE', 'README.md', 'CHANGELOG.md', 'custom-elements.json', 'dist/theme/default.css'])
      assert.ok(files.includes(file), `${file} is not in the package`);
    assert.ok(files.includes('components/login/README.md'), 'the widgets’ READMEs are not in the package');
  });

  test('holds nothing of the repository’s tooling: no mocks, tests, stories, bench, sources or demo shells', () => {
    const stray = files.filter(
      (file) =>
        /^(mocks|test|stories|bench|build|\.storybook|node_modules|dist\/(kit|portals|pack|cdn))\//.test(file) ||
        (file.startsWith('shells/') && !file.startsWith('dist/lib/shells/adapter/')) ||
        /(?<!\.d)\.ts$/.test(file) ||
        (file.startsWith('dist/lib/shells/') && !file.startsWith('dist/lib/shells/adapter/')),
    );
    assert.deepEqual(stray, []);
    // The demo's mock backend must never reach a portal's bundle.
    for (const file of files.filter((name) => name.endsWith('.js')))
      assert.doesNotMatch(read(file), /\bmsw\b|from ["'][^"']*mocks\//, `${file} refers to the mock backend`);
  });

  test('its exports are the list in build/package.ts, and every subpath resolves to a file with its types', () => {
    assert.deepEqual(pkg.exports, packageExports());
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      const targets = typeof target === 'string' ? [target] : Object.values(target as Record<string, string>);
      for (const path of targets) {
        const matching = files.filter((file) => globRegExp(path).test(`./${file}`));
        assert.ok(matching.length > 0, `${subpath} → ${path}: no such file in the package`);
      }
    }
    const modules = files.filter((file) => file.startsWith('dist/lib/') && file.endsWith('.js'));
    assert.ok(modules.length > 300, `only ${modules.length} modules`);
    const withoutTypes = modules.filter((file) => !files.includes(file.replace(/\.js$/, '.d.ts')));
    assert.deepEqual(withoutTypes, [], 'modules without a .d.ts beside them');
  });

  test('sideEffects names every module that defines an element, and the widgets’ plain modules are not among them', () => {
    assert.deepEqual(pkg.sideEffects, PACKAGE_SIDE_EFFECTS);
    const isSideEffect = (file: string): boolean => pkg.sideEffects.some((glob) => globRegExp(glob).test(`./${file}`));
    const modules = files.filter((file) => file.startsWith('dist/lib/') && file.endsWith('.js'));
    // A statement at the top of a module (not indented: not inside a function such as the adapter's guardedDefine).
    const defining = modules.filter((file) => /^\S.*\bcustomElements\.define\(/m.test(read(file)));
    assert.ok(defining.length > 20, `only ${defining.length} defining modules found`);
    assert.deepEqual(
      defining.filter((file) => !isSideEffect(file)),
      [],
      'modules that define elements but may be dropped by a bundler',
    );
    // Dropping must stay possible: the element-only modules, the API modules and the core's indexes are not listed.
    for (const file of [
      'dist/lib/components/login/login.js',
      'dist/lib/components/login/api.js',
      'dist/lib/components/core/api/index.js',
      'dist/lib/components/core/session/index.js',
    ])
      assert.equal(isSideEffect(file), false, `${file} is listed as a side effect`);
  });

  test('every bare import is a runtime dependency with a caret range the installed copy satisfies, and nothing more', () => {
    const modules = files.filter((file) => file.startsWith('dist/lib/') && file.endsWith('.js'));
    const imported = new Set<string>();
    for (const file of modules) {
      // The build writes imports as statements at the start of a line, and import() with a string literal.
      const source = read(file);
      const specifiers = [
        ...source.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)";$/gm),
        ...source.matchAll(/^import\s*"([^"]+)";$/gm),
        ...source.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g),
      ].filter(([, specifier]) => !specifier!.startsWith('.'));
      for (const [, specifier] of specifiers) {
        const name = specifier!.startsWith('@')
          ? specifier!.split('/').slice(0, 2).join('/')
          : specifier!.split('/')[0]!;
        imported.add(name);
      }
    }
    assert.deepEqual([...imported].sort(), Object.keys(pkg.dependencies).sort());
    for (const [name, range] of Object.entries(pkg.dependencies)) {
      const match = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range);
      assert.ok(match, `${name}: ${range} is not a caret range a portal's own copy can satisfy`);
      const installed = (
        JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }
      ).version
        .split('.')
        .map(Number);
      const wanted = match.slice(1).map(Number);
      const satisfied =
        installed[0] === wanted[0] &&
        (installed[1]! > wanted[1]! || (installed[1] === wanted[1] && installed[2]! >= wanted[2]!));
      assert.ok(satisfied, `${name}: the tested copy ${installed.join('.')} is outside ${range}`);
    }
  });
});
