// Generates custom-elements.json (Storybook docs and argTypes, the kit's documented public API) from the class JSDoc
// of every element. The manifest says exactly what a portal may rely on (test/node/manifest.test.ts checks it):
// - events: only what the class JSDoc documents with `@fires {Type} name - description` (the analyzer would also guess
//   events from every `dispatchEvent(new X(…))`, naming them after the first argument: "id", "current", nameless);
// - members: no `private`, `protected`, `#x`, `@internal` or `@ignore` member (nor one inherited from a base class),
//   and no attribute for such a member (internal reactive state);
// - custom elements: only the elements the public entries define (`customElements.define` in a `gu-*.ts` module under
//   components/, not under parts/); widget parts and base classes stay plain classes.

/** A public entry module: `gu-*.ts` under components/, widget parts excluded (the rule of vite.config.ts). */
export const PUBLIC_ENTRY = /^components\/(?!(?:.*\/)?parts\/)(?:[\w-]+\/)*gu-[\w-]+\.ts$/;

/** The text of an event tag: `{Type} name - description` (type and dash optional). */
const EVENT_TAG = /^\s*(?:\{([^}]*)\}\s*)?([^\s{}]+)(?:\s+-)?\s*([\s\S]*)$/;

/** `@fires`/`@event` tags of a class's JSDoc, as manifest events. */
export function documentedEvents(ts, classNode) {
  return ts
    .getJSDocTags(classNode)
    .filter((tag) => tag.tagName.text === 'fires' || tag.tagName.text === 'event')
    .map((tag) => {
      const [, type, name, description] = EVENT_TAG.exec(ts.getTextOfJSDocComment(tag.comment) ?? '') ?? [];
      return {
        ...(name ? { name } : {}),
        ...(type?.trim() ? { type: { text: type.trim() } } : {}),
        ...(description?.trim() ? { description: description.replace(/\s+/g, ' ').trim() } : {}),
      };
    });
}

/** Whether a class member is not public API: private, protected, `#x`, `@internal` or `@ignore`. */
export function isHiddenMember(ts, member) {
  if (member.name && ts.isPrivateIdentifier(member.name)) return true;
  const flags = ts.getCombinedModifierFlags(member);
  if (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) return true;
  return ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal' || tag.tagName.text === 'ignore');
}

/** The kit's rules on top of the analyzer's own: see the head of this file. */
function publicApiPlugin() {
  /** `module path#class name` → names of its hidden members. */
  const hidden = new Map();
  const key = (module, name) => `${module}#${name}`;

  return {
    name: 'gu-kit-public-api',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const classDoc = moduleDoc.declarations?.find((declaration) => declaration.name === node.name.text);
      if (!classDoc) return;
      // Runs after the analyzer's class plugins for this node: replace their guesses with the documented events.
      classDoc.events = documentedEvents(ts, node);
      const names = node.members
        .filter((member) => member.name && isHiddenMember(ts, member))
        .map((member) => (ts.isPrivateIdentifier(member.name) ? member.name.text : member.name.getText()));
      hidden.set(key(moduleDoc.path, node.name.text), new Set(names));
    },
    packageLinkPhase({ customElementsManifest }) {
      // By path: the analyzer lists modules in the order the file system gives, which differs between checkouts, and
      // the framework types made from the manifest (build/framework-types.ts) must not change with it.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      const modules = customElementsManifest.modules;
      const publicTags = new Set(
        modules
          .filter((module) => PUBLIC_ENTRY.test(module.path))
          .flatMap((module) => module.exports ?? [])
          .filter((entry) => entry.kind === 'custom-element-definition')
          .map((entry) => entry.name),
      );
      for (const module of modules) {
        module.exports = module.exports?.filter(
          (entry) => entry.kind !== 'custom-element-definition' || publicTags.has(entry.name),
        );
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          if (declaration.customElement && !publicTags.has(declaration.tagName)) {
            delete declaration.customElement;
            delete declaration.tagName;
          }
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter((member) => {
            if (member.privacy === 'private' || member.privacy === 'protected') return false;
            if (member.name?.startsWith('#')) return false;
            const owner = member.inheritedFrom
              ? key(member.inheritedFrom.module ?? module.path, member.inheritedFrom.name)
              : key(module.path, declaration.name);
            return !hidden.get(owner)?.has(member.name);
          });
          // A reactive property of a hidden field (`declare private x` with `state: true`) is no attribute either.
          const fields = new Set(declaration.members.map((member) => member.name));
          declaration.attributes = declaration.attributes?.filter(
            (attribute) => !attribute.fieldName || fields.has(attribute.fieldName),
          );
        }
      }
    },
  };
}

export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.test.ts', 'components/**/locales/**', 'components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // package.json names custom-elements.json already; a run with another --outdir must not rewrite it.
  packagejson: false,
  plugins: [publicApiPlugin()],
};
