/**
 * Framework types of the package (issue 18), generated from custom-elements.json into components/frameworks/:
 * - `elements.d.ts` (`gu-kit/types`): every element class and event class the types name, `HTMLElementTagNameMap` for
 *   every tag, and one event map per element (`GuLoginEventMap`, and `GuElementEventMap`: tag → its event map);
 * - `react.d.ts` (`gu-kit/react`): React 19 JSX intrinsic elements — attributes, properties and `on<event-name>`
 *   custom-event props — made by custom-element-jsx-integration;
 * - `vue.d.ts` (`gu-kit/vue`): Vue `GlobalComponents` (templates and `h()`), made by custom-element-vuejs-integration.
 * The kept tools write the element types; this script only feeds them the manifest and fixes what they get wrong for
 * this kit (listed at `prepareManifest` and `fixReact`/`fixVue`), then formats the files with the repo's prettier.
 *
 *   npx tsx build/framework-types.ts                 # write components/frameworks/*.d.ts
 *   npx tsx build/framework-types.ts --check         # exit 1 when the committed files differ from the manifest's
 *   npx tsx build/framework-types.ts --check --dir D # the same for the files in D (tests)
 *
 * Run it after `npm run manifest` (the manifest is the source); the package copies the files into dist/lib
 * (build/package.ts) and names them in `exports`.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const repoRoot = resolve(import.meta.dirname, '..');
export const FRAMEWORK_TYPES_DIR = 'components/frameworks';
export const FRAMEWORK_TYPES_FILES = ['elements.d.ts', 'react.d.ts', 'vue.d.ts'] as const;
type FileName = (typeof FRAMEWORK_TYPES_FILES)[number];

interface TypeText {
  text: string;
}
interface Attribute {
  name: string;
  fieldName?: string;
  type?: TypeText;
}
interface Member {
  kind: string;
  name: string;
  attribute?: string;
  description?: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
}
interface ManifestEvent {
  name?: string;
  type?: TypeText;
}
interface Declaration {
  kind: string;
  name: string;
  customElement?: boolean;
  tagName?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: ManifestEvent[];
}
interface Manifest {
  modules: Array<{ path: string; declarations?: Declaration[] }>;
}

const header = (use: string): string =>
  `// Generated from custom-elements.json by build/framework-types.ts — do not edit: run \`npm run manifest\`, then\n` +
  `// \`npx tsx build/framework-types.ts\`.\n${use}\n`;

const HEADERS: Record<FileName, string> = {
  'elements.d.ts': header(
    [
      '//',
      "// `gu-kit/types`: the kit's elements and events for plain TypeScript. `import type {} from 'gu-kit/types'` (or",
      '// `"types": ["gu-kit/types"]` in tsconfig.json) types `document.createElement(\'gu-login\')`,',
      "// `querySelector('gu-login')` and every `gu-*` event's `detail`; `GuElementEventMap['gu-login']` lists the events",
      "// one element fires. Types only: the elements are defined by `import 'gu-kit/login'` and the like.",
    ].join('\n'),
  ),
  'react.d.ts': header(
    [
      '//',
      "// `gu-kit/react`: React 19 JSX for the kit's elements — attributes (`api-base`, `heading-level`, …), properties",
      '// (`flow`, `stepData`, …) and one `on<event-name>` prop per event (`ongu-login-signed-in={(e) => e.detail}`: React',
      '// 19 adds the listener itself). `import type {} from \'gu-kit/react\'` once (or `"types": ["gu-kit/react"]` in',
      "// tsconfig.json); import the elements you use for their definition: `import 'gu-kit/login'`.",
    ].join('\n'),
  ),
  'vue.d.ts': header(
    [
      '//',
      "// `gu-kit/vue`: Vue 3 `GlobalComponents` for the kit's elements (templates checked by vue-tsc, and `h()`): props",
      '// by attribute name and property, events as `onGuLoginSignedIn` (what `@gu-login-signed-in` compiles to).',
      '// `import type {} from \'gu-kit/vue\'` once (or `"types": ["gu-kit/vue"]` in tsconfig.json); tell Vue that `gu-*`',
      "// tags are custom elements (`compilerOptions.isCustomElement: (tag) => tag.startsWith('gu-')`) and import the",
      "// elements you use: `import 'gu-kit/login'`.",
    ].join('\n'),
  ),
};

/** Where a class is declared: its name → the module path (`components/login/login`) that declares it. */
function classModules(manifest: Manifest): Map<string, string> {
  const modules = new Map<string, string>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind === 'class' && !modules.has(declaration.name)) {
        modules.set(declaration.name, module.path.replace(/\.ts$/, ''));
      }
    }
  }
  return modules;
}

function customElements(manifest: Manifest): Declaration[] {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName),
  );
}

/** An attribute's type when no property carries it: a marker (the type in hex) the generated text turns back. */
const TYPE_MARKER = '__gu_attribute_type_';

/**
 * The manifest the tools get, fixed for what they cannot know:
 * - a read-only field (`session`, `validity`) is no prop: React and Vue would assign it and throw;
 * - an attribute of a plain `HTMLElement` class has no `fieldName` (the tools would write `GuA11yPanel['undefined']`):
 *   it takes the public field of the same name, or the one whose description says it is "the `x` attribute" (and
 *   that field is no second prop), or else its own documented type (primitive types only);
 * - an event's type is the event class (`GuLoginSignedInEvent`), which the tools wrap in `CustomEvent<…>`: it stays
 *   the class and `fixEvents` unwraps it; a DOM event the element re-fires (`click`, `input`) is typed
 *   `HTMLElementEventMap['click']`, which the tools neither import nor need to.
 */
export function prepareManifest(source: Manifest): Manifest {
  const manifest = structuredClone(source);
  const classes = classModules(manifest);
  for (const element of customElements(manifest)) {
    element.members = element.members?.filter((member) => !(member.kind === 'field' && member.readonly));
    const fields = (element.members ?? []).filter(
      (member) => member.kind === 'field' && !member.static && member.privacy !== 'private',
    );
    for (const attribute of element.attributes ?? []) {
      if (attribute.fieldName) continue;
      const field =
        fields.find((member) => member.name === attribute.name) ??
        fields.find((member) => member.description?.includes(`the \`${attribute.name}\` attribute`));
      if (field) {
        attribute.fieldName = field.name;
        field.attribute = attribute.name; // one prop, by its attribute name (the tools list fields without one too)
        continue;
      }
      const type = attribute.type?.text ?? 'string';
      if (!/^(?:string|number|boolean|'[^']*'|\s|\|)+$/.test(type)) {
        throw new Error(`${element.tagName}: attribute ${attribute.name} has no property and a non-primitive type`);
      }
      attribute.fieldName = `${TYPE_MARKER}${Buffer.from(type).toString('hex')}`;
    }
    for (const event of element.events ?? []) {
      const type = event.type?.text;
      if (!event.name || !type) throw new Error(`${element.tagName}: an event without a name or a type`);
      if (!classes.has(type)) event.type = { text: `HTMLElementEventMap['${event.name}']` };
    }
  }
  return manifest;
}

/** Every class the tools' imports name, re-exported from elements.d.ts (their `globalTypePath`). */
function elementsFile(manifest: Manifest): string {
  const classes = classModules(manifest);
  const elements = customElements(manifest);
  const names = new Set<string>();
  for (const element of elements) {
    names.add(element.name);
    for (const event of element.events ?? [])
      if (event.type && classes.has(event.type.text)) names.add(event.type.text);
  }
  const byModule = new Map<string, string[]>();
  for (const name of [...names].sort()) {
    const module = classes.get(name)!;
    byModule.set(module, [...(byModule.get(module) ?? []), name]);
  }
  const imports = [...byModule.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([module, list]) => `import type { ${list.join(', ')} } from '../${module.replace(/^components\//, '')}.js';`);
  const withEvents = elements.filter((element) => element.events?.length);
  const eventMaps = withEvents.map(
    (element) =>
      `/** The events \`<${element.tagName}>\` fires: name → event (its \`detail\` is the payload). */\n` +
      `export interface ${element.name}EventMap {\n` +
      (element.events ?? []).map((event) => `  '${event.name}': ${event.type!.text};\n`).join('') +
      '}',
  );
  return [
    imports.join('\n'),
    `export type { ${[...names].sort().join(', ')} };`,
    ...eventMaps,
    "/** Each element that fires events → its event map: `GuElementEventMap['gu-login']['gu-login-signed-in']`. */",
    'export interface GuElementEventMap {',
    ...withEvents.map((element) => `  '${element.tagName}': ${element.name}EventMap;`),
    '}',
    'declare global {',
    '  interface HTMLElementTagNameMap {',
    ...elements.map((element) => `    '${element.tagName}': ${element.name};`),
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * The tools' shared fixes: each name once in their import (they list an event class once per element that fires it),
 * the marked attribute types back, events as their own classes, no lint directives for rules that no longer exist.
 */
function fixEvents(text: string): string {
  return text
    .replace(
      /import type \{([^}]*)\} from (["'])\.\/elements\.js\2;/,
      (_, names: string) =>
        `import type { ${[...new Set(names.split(',').map((name) => name.trim()))].filter(Boolean).join(', ')} } from './elements.js';`,
    )
    .replace(new RegExp(`\\w+\\[["']${TYPE_MARKER}([0-9a-f]+)["']\\]`, 'g'), (_, hex: string) =>
      Buffer.from(hex, 'hex').toString(),
    )
    .replace(/\(e: CustomEvent<(.+?)>\) => void/g, '(event: $1) => void')
    .replace(/^\s*\/\/ eslint-disable-next-line .*\n/gm, '');
}

/**
 * React 19: the tool writes the element types (its `children?: any` becomes `unknown`, its empty `BaseEvents` an
 * explicit empty record); JSX learns them through `declare module 'react'`.
 */
function fixReact(text: string): string {
  const types = fixEvents(text)
    .replace(/^(\s*children\?: )any;/m, '$1unknown;')
    .replace(/^type BaseEvents = \{\s*\};/m, 'type BaseEvents = Record<never, never>;');
  return `${types}
declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
`;
}

/**
 * Vue: `@gu-login-signed-in` compiles to the prop `onGuLoginSignedIn` (and runtime-dom turns it back into the event
 * name), not to the tool's `ongu-login-signed-in`; the tool's global `JSX` block (Vue 3.3+ no longer registers a
 * global JSX namespace, and it would clash with React's in a mixed project) is left out.
 */
function fixVue(text: string): string {
  const camel = (name: string): string => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
  return fixEvents(text)
    .replace(/"on([a-z][\w-]*)"\?:/g, (_, name: string) => `on${camel(name[0]!.toUpperCase() + name.slice(1))}?:`)
    .replace(/declare global \{\s*namespace JSX \{[\s\S]*?\n\s*\}\s*\n\s*\}\s*/, '')
    .replace(
      /declare module "vue" \{\s*interface GlobalComponents/,
      'declare module "vue" {\n  // eslint-disable-next-line @typescript-eslint/no-empty-object-type\n  interface GlobalComponents',
    );
}

/** Made files by manifest text: a test checks the same manifest more than once. */
const made = new Map<string, Promise<Record<FileName, string>>>();

/** The text of every generated file, made from the manifest. */
export function generateFrameworkTypes(
  manifestPath = join(repoRoot, 'custom-elements.json'),
): Promise<Record<FileName, string>> {
  const text = readFileSync(manifestPath, 'utf8');
  if (!made.has(text)) made.set(text, makeFiles(JSON.parse(text) as Manifest));
  return made.get(text)!;
}

async function makeFiles(source: Manifest): Promise<Record<FileName, string>> {
  const manifest = prepareManifest(source);
  const out = mkdtempSync(join(tmpdir(), 'gu-framework-types-'));
  const log = console.log;
  try {
    console.log = () => {}; // the tools print a line per file even with hideLogs
    const options = { outdir: out, globalTypePath: './elements.js', hideLogs: true };
    generateJsxTypes(manifest as never, { ...options, fileName: 'react.d.ts' });
    generateVuejsTypes(manifest as never, { ...options, fileName: 'vue.d.ts' });
    const raw: Record<FileName, string> = {
      'elements.d.ts': elementsFile(manifest),
      'react.d.ts': fixReact(readFileSync(join(out, 'react.d.ts'), 'utf8')),
      'vue.d.ts': fixVue(readFileSync(join(out, 'vue.d.ts'), 'utf8')),
    };
    const files = {} as Record<FileName, string>;
    for (const name of FRAMEWORK_TYPES_FILES) {
      const filepath = join(repoRoot, FRAMEWORK_TYPES_DIR, name);
      const config = (await resolveConfig(filepath)) ?? {};
      files[name] = await format(`${HEADERS[name]}\n${raw[name]}`, { ...config, filepath });
    }
    return files;
  } finally {
    console.log = log;
    rmSync(out, { recursive: true, force: true });
  }
}

/** The files in `dir` that differ from what the manifest makes (missing or extra files included). */
export async function staleFrameworkTypes(
  dir = join(repoRoot, FRAMEWORK_TYPES_DIR),
  manifestPath?: string,
): Promise<string[]> {
  const files = await generateFrameworkTypes(manifestPath);
  const stale = FRAMEWORK_TYPES_FILES.filter((name) => {
    const path = join(dir, name);
    return !existsSync(path) || readFileSync(path, 'utf8') !== files[name];
  });
  const extra = existsSync(dir)
    ? readdirSync(dir).filter((name) => !(FRAMEWORK_TYPES_FILES as readonly string[]).includes(name))
    : [];
  return [...stale, ...extra];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dirIndex = args.indexOf('--dir');
  const dir = dirIndex >= 0 ? resolve(args[dirIndex + 1]!) : join(repoRoot, FRAMEWORK_TYPES_DIR);
  if (args.includes('--check')) {
    const stale = await staleFrameworkTypes(dir);
    if (stale.length > 0) {
      console.error(
        `The framework types are stale (${stale.map((name) => relative(process.cwd(), join(dir, name))).join(', ')}):` +
          ' run `npx tsx build/framework-types.ts` and commit the result.',
      );
      process.exit(1);
    }
    console.log('The framework types match custom-elements.json.');
    return;
  }
  const files = await generateFrameworkTypes();
  mkdirSync(dir, { recursive: true });
  for (const name of FRAMEWORK_TYPES_FILES) writeFileSync(join(dir, name), files[name]);
  console.log(`Wrote ${FRAMEWORK_TYPES_FILES.map((name) => relative(process.cwd(), join(dir, name))).join(', ')}.`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
