/**
 * The custom elements manifest is the kit's documented public API (issue 13). Built fresh here with the project's
 * config (into a temporary directory, never the committed custom-elements.json), it must say exactly what the code does:
 * - the custom elements it declares are the public ones: the tags `customElements.define`d by the public entries
 *   (`gu-*.ts` under components/, not under parts/);
 * - each public element documents, with a type and a description, exactly the events its code fires: the `GuEvent`
 *   subclasses (components/core/widget/events.ts) that the modules it imports — within its own folder, statically or
 *   with import() — construct, leaving out `internal` ones (a part's event to its own element);
 * - a documented event's type is an exported event class whose `eventName` is the documented name, typed for its name
 *   in `GlobalEventHandlersEventMap`, and the element's entry module exports it (as a value or a type); a platform
 *   event (`input`, `change`, `click`) may be typed with its DOM class, but a `gu-*` event is always a `GuEvent`;
 * - no member of a public element is private, protected, `#x`, `@internal` or `@ignore`.
 * Read statically with the TypeScript compiler API: nothing is imported or run.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '../..');
const components = join(root, 'components');

// ---------------------------------------------------------------------------------------------------------------
// The manifest, built fresh

interface ManifestEvent {
  name?: string;
  type?: { text?: string };
  description?: string;
  inheritedFrom?: { name: string; module?: string };
}
interface ManifestMember {
  name: string;
  kind: string;
  privacy?: string;
  inheritedFrom?: { name: string; module?: string };
}
interface ManifestDeclaration {
  kind: string;
  name: string;
  customElement?: boolean;
  tagName?: string;
  events?: ManifestEvent[];
  members?: ManifestMember[];
  attributes?: { name: string; fieldName?: string }[];
}
interface Manifest {
  modules: { path: string; declarations?: ManifestDeclaration[] }[];
}

let outdir = '';
let manifest: Manifest;

before(() => {
  outdir = mkdtempSync(join(tmpdir(), 'gu-manifest-'));
  // The analyzer joins --outdir to the working directory: give it the temporary directory relative to the root.
  const result = spawnSync(
    join(root, 'node_modules', '.bin', 'custom-elements-manifest'),
    ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(root, outdir), '--quiet'],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(result.status, 0, `the analyzer failed:\n${result.stderr}${result.stdout}`);
  manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8')) as Manifest;
});

after(() => {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------------------------
// The sources

/** Paths relative to the root, with forward slashes (as the manifest writes them). */
const rel = (file: string): string => relative(root, file).split('\\').join('/');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts') ? [rel(path)] : [];
  });
}

const sources = new Map<string, ts.SourceFile>();
for (const file of sourceFiles(components)) {
  sources.set(file, ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true));
}

/** A public entry: `gu-*.ts` under components/, widget parts excluded (as vite.config.ts's publicEntries). */
const isPublicEntry = (file: string): boolean => /\/gu-[\w-]+\.ts$/.test(file) && !file.split('/').includes('parts');

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

/** Tag → the entry module that defines it (`customElements.define('gu-x', …)`). */
const publicTags = new Map<string, string>();
for (const [file, source] of sources) {
  if (!isPublicEntry(file)) continue;
  walk(source, (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'define' &&
      node.expression.expression.getText() === 'customElements' &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      publicTags.set(node.arguments[0].text, file);
    }
  });
}

/** Names a module exports (values and types; `export class`, `export { X }`, `export type { X } from`). */
function exportedNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of source.statements) {
    const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : undefined;
    const isExported = modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
    if (isExported && (ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement)) && statement.name) {
      names.add(statement.name.text);
    }
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) names.add(element.name.text);
    }
  }
  return names;
}

interface EventClass {
  name: string;
  file: string;
  base: string;
  eventName?: string;
  internal: boolean;
  exported: boolean;
}

/** Every class in components/ with its base class, static `eventName` and whether it is constructed `internal`. */
const classes = new Map<string, EventClass[]>();
for (const [file, source] of sources) {
  const exported = exportedNames(source);
  walk(source, (node) => {
    if (!ts.isClassDeclaration(node) || !node.name) return;
    const heritage = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword);
    const base = heritage?.types[0]?.expression.getText() ?? '';
    const eventNameMember = node.members.find(
      (member): member is ts.PropertyDeclaration =>
        ts.isPropertyDeclaration(member) && member.name.getText() === 'eventName',
    );
    let initializer = eventNameMember?.initializer;
    while (initializer && (ts.isAsExpression(initializer) || ts.isParenthesizedExpression(initializer))) {
      initializer = initializer.expression;
    }
    // `super(…, { internal: true })` (or an options object naming it) anywhere in the class.
    let internal = false;
    walk(node, (inner) => {
      if (
        ts.isPropertyAssignment(inner) &&
        inner.name.getText() === 'internal' &&
        inner.initializer.kind === ts.SyntaxKind.TrueKeyword
      ) {
        internal = true;
      }
    });
    const entry: EventClass = {
      name: node.name.text,
      file,
      base,
      internal,
      exported: exported.has(node.name.text),
      ...(initializer && ts.isStringLiteralLike(initializer) ? { eventName: initializer.text } : {}),
    };
    classes.set(entry.name, [...(classes.get(entry.name) ?? []), entry]);
  });
}

/** The `GuEvent` subclass of this name (directly or through another subclass), if there is one. */
function guEvent(name: string, seen = new Set<string>()): EventClass | undefined {
  const found = classes.get(name);
  if (!found || found.length !== 1 || seen.has(name)) return undefined;
  const [declared] = found as [EventClass];
  if (declared.base === 'GuEvent') return declared;
  seen.add(name);
  const base = guEvent(declared.base, seen);
  return base ? { ...declared, internal: declared.internal || base.internal } : undefined;
}

/** `GlobalEventHandlersEventMap` entries declared in components/: event name → the type's text. */
const eventMap = new Map<string, string>();
for (const source of sources.values()) {
  walk(source, (node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'GlobalEventHandlersEventMap') return;
    for (const member of node.members) {
      if (ts.isPropertySignature(member) && member.type && ts.isStringLiteralLike(member.name)) {
        eventMap.set(member.name.text, member.type.getText());
      }
    }
  });
}

/** The DOM event class a class of components/ extends without going through `GuEvent`, if it does. */
function plainEventBase(name: string, seen = new Set<string>()): string | undefined {
  const found = classes.get(name);
  if (!found || found.length !== 1 || seen.has(name)) return undefined;
  const [declared] = found as [EventClass];
  if (declared.base === 'GuEvent') return undefined;
  if (DOM_EVENTS.has(declared.base)) return declared.base;
  seen.add(name);
  return plainEventBase(declared.base, seen);
}

/** DOM event classes a platform-named event (`input`, `change`, `click`) may be documented with. */
const DOM_EVENTS = new Set([
  'Event',
  'CustomEvent',
  'UIEvent',
  'MouseEvent',
  'InputEvent',
  'KeyboardEvent',
  'FocusEvent',
]);

/** Resolves a relative module specifier (`./x.js`) to a source file, if it is one of components/. */
function resolveModule(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = rel(resolve(root, dirname(from), specifier));
  const candidates = [base.replace(/\.js$/, '.ts'), `${base}.ts`, `${base}/index.ts`];
  return candidates.find((candidate) => sources.has(candidate));
}

/** Modules `start` imports (statically, not type-only, or with import()), transitively, inside `folder`. */
function moduleGraph(start: string, folder: string): Set<string> {
  const graph = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const file = queue.pop()!;
    if (graph.has(file) || !file.startsWith(folder)) continue;
    graph.add(file);
    walk(sources.get(file)!, (node) => {
      let specifier: ts.Expression | undefined;
      if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) specifier = node.moduleSpecifier;
      if (ts.isExportDeclaration(node) && !node.isTypeOnly) specifier = node.moduleSpecifier;
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        specifier = node.arguments[0];
      }
      if (specifier && ts.isStringLiteralLike(specifier)) {
        const target = resolveModule(file, specifier.text);
        if (target) queue.push(target);
      }
    });
  }
  return graph;
}

interface Fired {
  /** Public `GuEvent`s constructed: event name → class. */
  events: Map<string, EventClass>;
  /** Events outside the kit's model: `new CustomEvent('gu-x', …)`, or a class of ours that is not a `GuEvent`. */
  plain: string[];
}

/**
 * What the modules of an element's graph construct. `skip`: classes whose bodies do not count (the other elements
 * declared in the element's own module: `<gu-empty-state>` does not fire what `<gu-error-state>` beside it fires).
 */
function fired(graph: Set<string>, skip: ReadonlySet<string>): Fired {
  const result: Fired = { events: new Map(), plain: [] };
  for (const file of graph) {
    const visit = (node: ts.Node): void => {
      if (ts.isClassDeclaration(node) && node.name && skip.has(node.name.text)) return;
      ts.forEachChild(node, visit);
      if (!ts.isNewExpression(node)) return;
      const callee = node.expression;
      // `new GuX(…)`, or `new this.engine!.GuX(…)` for a class of a lazily loaded module.
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      const eventClass = guEvent(name);
      if (eventClass && !eventClass.internal && eventClass.eventName)
        result.events.set(eventClass.eventName, eventClass);
      const [first] = node.arguments ?? [];
      if (DOM_EVENTS.has(name) && first && ts.isStringLiteralLike(first) && first.text.startsWith('gu-')) {
        result.plain.push(`new ${name}('${first.text}') in ${file}`);
      }
      const plainBase = plainEventBase(name);
      if (plainBase) result.plain.push(`new ${name}(…) in ${file}: ${name} extends ${plainBase}, not GuEvent`);
    };
    visit(sources.get(file)!);
  }
  return result;
}

/** The manifest's public elements: tag → declaration and its module. */
function publicElements(): Map<string, { declaration: ManifestDeclaration; module: string }> {
  const elements = new Map<string, { declaration: ManifestDeclaration; module: string }>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) {
        elements.set(declaration.tagName, { declaration, module: module.path });
      }
    }
  }
  return elements;
}

/** The source of a class member, found by the class's module and name. */
function memberNode(module: string, className: string, member: string): ts.ClassElement | undefined {
  const source = sources.get(module.replace(/^\//, ''));
  let found: ts.ClassElement | undefined;
  if (!source) return undefined;
  walk(source, (node) => {
    if (!ts.isClassDeclaration(node) || node.name?.text !== className) return;
    found ??= node.members.find((element) => element.name?.getText() === member);
  });
  return found;
}

function isHidden(member: ts.ClassElement): boolean {
  if (member.name && ts.isPrivateIdentifier(member.name)) return true;
  const flags = ts.getCombinedModifierFlags(member as ts.Declaration);
  if (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) return true;
  return ts.getJSDocTags(member).some((tag) => ['internal', 'ignore'].includes(tag.tagName.text));
}

// ---------------------------------------------------------------------------------------------------------------
// The checks

test('the manifest declares exactly the public elements as custom elements', () => {
  assert.ok(publicTags.size >= 3, `too few public tags found: ${[...publicTags.keys()].join(', ')}`);
  assert.deepEqual([...publicElements().keys()].sort(), [...publicTags.keys()].sort());
});

test('every GuEvent subclass has a static eventName of the form gu-<widget>-<what>', () => {
  const problems: string[] = [];
  for (const [name, declared] of classes) {
    const eventClass = guEvent(name);
    if (!eventClass) {
      if (declared.length > 1 && declared.some((entry) => entry.base === 'GuEvent')) {
        problems.push(`${name}: declared ${declared.length} times (${declared.map((entry) => entry.file).join(', ')})`);
      }
      continue;
    }
    if (!eventClass.eventName) problems.push(`${name} (${eventClass.file}): no static eventName string`);
    else if (!/^gu-[a-z]+(-[a-z]+)+$/.test(eventClass.eventName)) {
      problems.push(`${name} (${eventClass.file}): eventName '${eventClass.eventName}' is not gu-<widget>-<what>`);
    }
  }
  assert.deepEqual(problems, []);
});

test('every public element documents exactly the events it fires, with a type and a description', () => {
  const problems: string[] = [];
  for (const [tag, { declaration, module }] of publicElements()) {
    const entry = publicTags.get(tag)!;
    const entryExports = exportedNames(sources.get(entry)!);
    const neighbours = new Set(
      [...publicElements().values()]
        .filter((other) => other.module === module && other.declaration !== declaration)
        .map((other) => other.declaration.name),
    );
    const fire = fired(moduleGraph(module.replace(/^\//, ''), `${dirname(entry)}/`), neighbours);
    const documented = new Map((declaration.events ?? []).map((event) => [event.name ?? '', event]));

    for (const plain of fire.plain) problems.push(`<${tag}>: ${plain} — the kit's events are GuEvent subclasses`);
    for (const [name, eventClass] of fire.events) {
      if (!documented.has(name)) {
        problems.push(`<${tag}>: fires ${name} (${eventClass.name}) without @fires {${eventClass.name}} ${name} - …`);
      }
    }
    for (const event of declaration.events ?? []) {
      const label = `<${tag}> @fires ${event.name ?? '(nameless)'}`;
      const type = event.type?.text?.trim();
      if (!event.name) problems.push(`${label}: no name`);
      if (!event.description?.trim()) problems.push(`${label}: no description`);
      if (!type) {
        problems.push(`${label}: no {Type}`);
        continue;
      }
      if (DOM_EVENTS.has(type)) {
        // A platform event the element lets through or fires as the platform does (input, change, click).
        if (event.name?.startsWith('gu-')) problems.push(`${label}: typed {${type}}, but gu-* events are GuEvents`);
        continue;
      }
      const eventClass = guEvent(type);
      if (!eventClass) {
        problems.push(`${label}: {${type}} is not a GuEvent subclass of components/`);
        continue;
      }
      if (!eventClass.exported) problems.push(`${label}: ${type} is not exported from ${eventClass.file}`);
      if (!entryExports.has(type)) problems.push(`${label}: ${entry} does not export ${type} (a type export will do)`);
      if (eventClass.eventName !== event.name) {
        problems.push(`${label}: ${type}.eventName is '${eventClass.eventName}'`);
      }
      if (event.name && eventMap.get(event.name) !== type) {
        problems.push(
          `${label}: GlobalEventHandlersEventMap['${event.name}'] is ${eventMap.get(event.name) ?? 'missing'}`,
        );
      }
      if (eventClass.internal) problems.push(`${label}: ${type} is internal (a part's event), not public API`);
      else if (event.name && !fire.events.has(event.name)) {
        problems.push(`${label}: documented, but nothing in ${dirname(entry)}/ that <${tag}> loads constructs it`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('no member of a public element is private, protected, #private, @internal or @ignore', () => {
  const problems: string[] = [];
  for (const [tag, { declaration, module }] of publicElements()) {
    for (const member of declaration.members ?? []) {
      const owner = member.inheritedFrom ?? { name: declaration.name, module };
      if (member.privacy && member.privacy !== 'public') problems.push(`<${tag}>.${member.name}: ${member.privacy}`);
      if (member.name.startsWith('#')) problems.push(`<${tag}>.${member.name}: #private`);
      const node = memberNode(owner.module ?? module, owner.name, member.name);
      if (node && isHidden(node)) problems.push(`<${tag}>.${member.name} (${owner.name}): internal in its source`);
    }
    // An attribute is the public face of a public member: internal reactive state (`state: true`) has none.
    const members = new Set((declaration.members ?? []).map((member) => member.name));
    for (const attribute of declaration.attributes ?? [])
      if (attribute.fieldName && !members.has(attribute.fieldName))
        problems.push(`<${tag}> attribute ${attribute.name}: no public member ${attribute.fieldName}`);
  }
  assert.deepEqual(problems, []);
});
