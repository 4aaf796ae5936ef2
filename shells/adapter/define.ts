/**
 * Guarded custom-element registration for pages where several bundles (micro-frontends) carry gu-kit.
 *
 * The first bundle to define a tag wins; a later bundle defining the same tag is ignored instead of throwing
 * (`customElements.define` throws on a second definition). When the two bundles carry different versions of the
 * element — read from a `static version` on the class — one warning names both, once per tag.
 * The registry of versions lives on `globalThis` under `Symbol.for('gu-kit/elements')`, so separately built
 * bundles share it.
 */

/** A custom element class that may carry its kit version. */
export type VersionedElement = CustomElementConstructor & { readonly version?: string };

const REGISTRY_KEY = Symbol.for('gu-kit/elements');

interface Registry {
  /** tag → version of the class that won the definition. */
  readonly versions: Map<string, string>;
  /** Tags already warned about. */
  readonly warned: Set<string>;
}

function registry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  holder[REGISTRY_KEY] ??= { versions: new Map(), warned: new Set() };
  return holder[REGISTRY_KEY];
}

/** The version a class declares, or `unknown`. */
function versionOf(ctor: CustomElementConstructor): string {
  return (ctor as VersionedElement).version ?? 'unknown';
}

/**
 * Defines `tagName` as `ctor` unless the tag is already defined. Returns the class that is registered now
 * (the given one, or the one another bundle registered first). Warns once per tag on a version mismatch.
 */
export function guardedDefine(tagName: string, ctor: CustomElementConstructor): CustomElementConstructor {
  const { versions, warned } = registry();
  const existing = customElements.get(tagName);
  if (!existing) {
    customElements.define(tagName, ctor);
    versions.set(tagName, versionOf(ctor));
    return ctor;
  }
  if (existing !== ctor) {
    const winner = versions.get(tagName) ?? versionOf(existing);
    const loser = versionOf(ctor);
    if (winner !== loser && !warned.has(tagName)) {
      warned.add(tagName);
      console.warn(
        `gu-kit: <${tagName}> is already defined by another bundle (version ${winner}); this bundle's version ` +
          `${loser} is not used. Load one copy of gu-kit on the page (a shared chunk or an import map).`,
      );
    }
  }
  return existing;
}
