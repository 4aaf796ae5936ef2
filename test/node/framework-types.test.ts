/**
 * The framework types of the package (issue 18, build/framework-types.ts → components/frameworks/):
 * - they are what the current custom-elements.json makes (`--check` passes), and the check fails on a stale file, a
 *   missing one and a manifest that changed;
 * - they catch mistakes: small fixtures are type-checked with the TypeScript API against the generated files, as a
 *   portal's project would import them (`gu-kit/types`, `gu-kit/react`, `gu-kit/vue` mapped to the files): plain
 *   TypeScript, React 19 TSX and Vue `GlobalComponents` (`h()` and the props vue-tsc checks a template against).
 *   A fixture marks each line that must fail with `// @error <code>`; the diagnostics must be exactly those, so a
 *   right use passes and a wrong one fails with the expected error on its line. The generated files themselves must
 *   have no error (checked without skipLibCheck).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import ts from 'typescript';
import { FRAMEWORK_TYPES_DIR, staleFrameworkTypes } from '../../build/framework-types.js';

const root = resolve(import.meta.dirname, '../..');
const typesDir = join(root, FRAMEWORK_TYPES_DIR);
/** The fixtures live here, in memory only: module resolution walks up to the repo's node_modules from it. */
const fixtureDir = join(root, 'test/node/framework-types-fixtures');

const temp = mkdtempSync(join(tmpdir(), 'gu-framework-types-test-'));
after(() => rmSync(temp, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------------------------------
// Freshness

test('the committed framework types are what custom-elements.json makes', async () => {
  assert.deepEqual(await staleFrameworkTypes(), []);
});

test('--check fails on a changed file and names it', () => {
  const copy = join(temp, 'changed');
  cpSync(typesDir, copy, { recursive: true });
  const react = join(copy, 'react.d.ts');
  writeFileSync(react, readFileSync(react, 'utf8').replace("'heading-level'?:", "'heading-levels'?:"));
  const stale = spawnSync(join(root, 'node_modules/.bin/tsx'), ['build/framework-types.ts', '--check', '--dir', copy], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(stale.status, 1, stale.stderr);
  assert.match(stale.stderr, /framework types are stale \([^)]*react\.d\.ts\)/);
  assert.doesNotMatch(stale.stderr, /vue\.d\.ts|elements\.d\.ts/);
});

test('a missing file and a changed manifest make the files stale', async () => {
  const copy = join(temp, 'missing');
  cpSync(typesDir, copy, { recursive: true });
  unlinkSync(join(copy, 'vue.d.ts'));
  assert.deepEqual(await staleFrameworkTypes(copy), ['vue.d.ts']);

  // A new attribute in the manifest: every file that lists attributes is stale, the class barrel is not.
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as {
    modules: Array<{ declarations?: Array<{ tagName?: string; attributes?: object[] }> }>;
  };
  const login = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === 'gu-login');
  assert.ok(login?.attributes);
  login.attributes.push({ name: 'theme', fieldName: 'locale', type: { text: 'string' }, description: 'New.' });
  const changed = join(temp, 'custom-elements.json');
  writeFileSync(changed, JSON.stringify(manifest));
  assert.deepEqual(await staleFrameworkTypes(typesDir, changed), ['react.d.ts', 'vue.d.ts']);
});

// ---------------------------------------------------------------------------------------------------------------
// The types catch mistakes

const baseOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  useDefineForClassFields: false,
  verbatimModuleSyntax: true,
  types: [],
  paths: {
    'gu-kit/types': [join(typesDir, 'elements.d.ts')],
    'gu-kit/react': [join(typesDir, 'react.d.ts')],
    'gu-kit/vue': [join(typesDir, 'vue.d.ts')],
  },
};

interface Found {
  file: string;
  line: number;
  code: number;
  message: string;
}

/**
 * Type-checks the fixtures (file name → text) together; returns the errors in the fixtures and in the generated
 * files (errors inside the kit's sources or node_modules are another test's business).
 */
function typeCheck(fixtures: Record<string, string>, options: ts.CompilerOptions = {}): Found[] {
  const paths = Object.fromEntries(Object.entries(fixtures).map(([name, text]) => [join(fixtureDir, name), text]));
  const compilerOptions = { ...baseOptions, ...options };
  const host = ts.createCompilerHost(compilerOptions, true);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (file) => file in paths || fileExists.call(host, file);
  host.readFile = (file) => paths[file] ?? readFile.call(host, file);
  host.getSourceFile = (file, language, ...rest) =>
    file in paths
      ? ts.createSourceFile(file, paths[file]!, language, true)
      : getSourceFile.call(host, file, language, ...rest);
  const program = ts.createProgram(Object.keys(paths), compilerOptions, host);
  // Only the fixtures and the generated files are checked (the kit's sources are the type check's business): asking
  // for their diagnostics alone checks what they use, not every module of the kit.
  const ours = program
    .getSourceFiles()
    .filter((file) => file.fileName.startsWith(fixtureDir) || file.fileName.startsWith(typesDir));
  assert.equal(ours.filter((file) => file.fileName.startsWith(typesDir)).length, 3, 'all three generated files');
  return [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...ours.flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]),
  ]
    .filter((d) => d.file && (d.file.fileName.startsWith(fixtureDir) || d.file.fileName.startsWith(typesDir)))
    .map((d) => ({
      file: d.file!.fileName.replace(`${root}/`, ''),
      line: d.file!.getLineAndCharacterOfPosition(d.start ?? 0).line + 1,
      code: d.code,
      message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
    }));
}

/** The errors a fixture expects: `// @error 2322` at the end of a line. */
function expected(fixtures: Record<string, string>): Array<Omit<Found, 'message'>> {
  return Object.entries(fixtures).flatMap(([name, text]) =>
    text.split('\n').flatMap((line, index) => {
      const match = /\/\/ @error (\d+)\s*$/.exec(line) ?? /\{\/\* @error (\d+) \*\/\}\s*$/.exec(line);
      return match
        ? [{ file: `test/node/framework-types-fixtures/${name}`, line: index + 1, code: Number(match[1]) }]
        : [];
    }),
  );
}

/** Every fixture of the tests below, checked in one program (React's and Vue's types live side by side). */
const fixtures: Record<string, string> = {};
let checked: Found[] | undefined;

/** The errors of one group of fixtures must be exactly the marked ones; returns them for a look at the messages. */
function assertErrors(names: string[]): Found[] {
  checked ??= typeCheck(fixtures, { jsx: ts.JsxEmit.ReactJSX });
  const files = new Set(names.map((name) => `test/node/framework-types-fixtures/${name}`));
  const found = checked.filter((f) => files.has(f.file));
  const key = (f: Omit<Found, 'message'>) => `${f.file}:${f.line} TS${f.code}`;
  const subset = Object.fromEntries(names.map((name) => [name, fixtures[name]!]));
  assert.deepEqual(
    found.map(key).sort(),
    expected(subset).map(key).sort(),
    `errors found:\n${found.map((f) => `${key(f)} ${f.message}`).join('\n')}`,
  );
  return found;
}

const FIXTURES: Record<string, string> = {
  'plain-ok.ts': `
import type { GuElementEventMap, GuLoginEventMap } from 'gu-kit/types';

const login = document.createElement('gu-login');
login.locale = 'en';
login.headingLevel = 3;
login.addEventListener('gu-login-signed-in', (event) => {
  const method: string = event.detail.method;
  console.log(method);
});
const tracker = document.querySelector('gu-application-tracker');
if (tracker) tracker.pageSize = 20;
export const methodOf = (event: GuElementEventMap['gu-login']['gu-login-signed-in']): string => event.detail.method;
export const sameMap: GuLoginEventMap['gu-login-recovered'] | undefined = undefined;
`,
  'plain-bad.ts': `
import type { GuElementEventMap } from 'gu-kit/types';

document.createElement('gu-login').locale = 42; // @error 2322
document.createElement('gu-application-tracker').pageSize = '20'; // @error 2322
document.createElement('gu-login').addEventListener('gu-login-signed-in', (event) => event.detail.nope); // @error 2339
export type Nope = GuElementEventMap['gu-login']['gu-login-nope']; // @error 2339
`,
  'react-ok.tsx': `
import type {} from 'gu-kit/react';
import { useState } from 'react';

export function Account() {
  const [method, setMethod] = useState('');
  return (
    <>
      <gu-login api-base="/api" heading-level={3} locale="en" ongu-login-signed-in={(event) => setMethod(event.detail.method)} />
      <gu-application-tracker page-size={20} className="tracker" ongu-application-opened={(event) => console.log(event.detail)} />
      <gu-verification stepData={undefined} simulate-bank />
      <gu-button variant="secondary" onclick={(event) => console.log(event.clientX)}>Ok</gu-button>
      <p>{method}</p>
    </>
  );
}
`,
  'react-bad.tsx': `
import type {} from 'gu-kit/react';

export function Account() {
  return (
    <>
      <gu-login heading-level="two" />{/* @error 2322 */}
      <gu-login locale={42} />{/* @error 2322 */}
      <gu-login ongu-login-signed-in={(event) => event.detail.nope} />{/* @error 2339 */}
      <gu-application-tracker pageSise={20} />{/* @error 2322 */}
      <gu-button variant="danger" />{/* @error 2322 */}
    </>
  );
}
`,
  'vue-ok.ts': `
import type {} from 'gu-kit/vue';
import { h, type GlobalComponents } from 'vue';

declare const components: GlobalComponents;
type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const login: Props<'gu-login'> = {
  'api-base': '/api',
  'heading-level': 3,
  onGuLoginSignedIn: (event) => console.log(event.detail.method),
};
export const tracker: Props<'gu-application-tracker'> = { 'page-size': 20 };
export const node = h(components['gu-login'], { locale: 'en', 'heading-level': 2 });
`,
  'vue-bad.ts': `
import type {} from 'gu-kit/vue';
import { h, type GlobalComponents } from 'vue';

declare const components: GlobalComponents;
type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const login: Props<'gu-login'> = { 'heading-level': 'two' }; // @error 2322
export const tracker: Props<'gu-application-tracker'> = { 'page-size': '20' }; // @error 2322
export const signedIn: Props<'gu-login'> = { onGuLoginSignedIn: (event) => event.detail.nope }; // @error 2339
export const node = h(components['gu-login'], { locale: 42 }); // @error 2769
`,
};
Object.assign(fixtures, FIXTURES);

test('the generated files type-check without errors (no skipLibCheck)', () => {
  checked ??= typeCheck(fixtures, { jsx: ts.JsxEmit.ReactJSX });
  const inGenerated = checked.filter((f) => f.file.startsWith(FRAMEWORK_TYPES_DIR));
  assert.deepEqual(inGenerated, []);
});

test('plain TypeScript: createElement, querySelector and events are typed by gu-kit/types', () => {
  const found = assertErrors(['plain-ok.ts', 'plain-bad.ts']);
  assert.match(found.find((f) => f.line === 4)?.message ?? '', /'number' is not assignable to type 'string'/);
});

test('React 19: attributes, properties and on<event> props of intrinsic gu-* elements are checked', () => {
  const found = assertErrors(['react-ok.tsx', 'react-bad.tsx']);
  assert.match(found.find((f) => f.line === 7)?.message ?? '', /'string' is not assignable to type 'number'/);
});

test('Vue: GlobalComponents props and on<Event> listeners are checked (h() and the props vue-tsc uses)', () => {
  const found = assertErrors(['vue-ok.ts', 'vue-bad.ts']);
  assert.match(found.find((f) => f.line === 8)?.message ?? '', /'string' is not assignable to type 'number'/);
});
