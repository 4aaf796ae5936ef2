/**
 * Turns any gu-* element into single-spa lifecycles — for an application (a route) and for a parcel (mounted
 * by a host, single-spa or not) — with one factory:
 *
 *   registerApplication({
 *     name: 'applications',
 *     app: guElementLifecycles({ tagName: 'gu-application-tracker', load: () => import('…/gu-application-tracker.js') }),
 *     activeWhen: '/applications',
 *     customProps: { domElementGetter: () => document.getElementById('gu-view')! },
 *   });
 *
 *   const parcel = mountRootParcel(guElementLifecycles({ tagName: 'gu-payments', load }), {
 *     domElement: container,
 *     elementProps: { charges: [...] },               // objects go in as properties, not attribute strings
 *   });
 *   await parcel.update?.({ elementProps: { charges: [] } });
 *
 * Mounting creates the element inside the container it is given (`domElementGetter` for an application,
 * `domElement` for a parcel) and never anywhere else. Unmounting removes the element and every listener the
 * adapter added; the element's own disconnectedCallback ends its timers, observers, requests and session
 * subscriptions. After a route change an application moves focus to the new view's heading (or announces it).
 */
import { focusView } from './focus.js';

/** Listeners the adapter adds to the element (removed on unmount). */
export type ElementEvents = Record<string, (event: Event) => void>;

/** What a host may pass when mounting or updating (single-spa custom props). */
export interface GuElementProps {
  /** Parcels: the container to mount into. */
  domElement?: HTMLElement;
  /** Applications: returns the container to mount into. */
  domElementGetter?: () => HTMLElement | null;
  /** Element properties (any value: objects, arrays, functions), set as properties. */
  elementProps?: Record<string, unknown>;
  /** Element attributes (strings). */
  elementAttributes?: Record<string, string>;
  /** Listeners to add to the element. */
  events?: ElementEvents;
  /** Whether mounting moves focus to the view's heading. Default: applications after the first route, parcels never. */
  moveFocus?: boolean;
  /** Announced when focus should move but the view has no heading. */
  viewLabel?: string;
  /** single-spa's own props (name, singleSpa, mountParcel …) pass through untouched. */
  [key: string]: unknown;
}

/** Options of `guElementLifecycles`. */
export interface GuElementOptions {
  /** The custom element's tag, e.g. `gu-payments`. */
  tagName: string;
  /** Loads the module that defines the element (a dynamic import, so the widget is its own chunk). */
  load?: () => Promise<unknown>;
  /** Default element properties (per-mount `elementProps` override them). */
  props?: Record<string, unknown>;
  /** Default element attributes (per-mount `elementAttributes` override them). */
  attributes?: Record<string, string>;
  /** Default listeners on the element. */
  events?: ElementEvents;
  /** Default container for applications (a `domElementGetter` custom prop overrides it). */
  domElementGetter?: () => HTMLElement | null;
}

/** A misuse of the adapter (no container, an element that was never defined). */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** single-spa lifecycles (one function each, so hosts may also call them directly). */
export interface GuElementLifecycles {
  bootstrap(props: GuElementProps): Promise<void>;
  mount(props: GuElementProps): Promise<void>;
  update(props: GuElementProps): Promise<void>;
  unmount(props: GuElementProps): Promise<void>;
}

interface Mounted {
  readonly element: HTMLElement;
  readonly listeners: [string, (event: Event) => void][];
}

/** Whether the page has finished its first single-spa route (later mounts are navigations). */
let routed = false;
if (typeof window !== 'undefined') {
  window.addEventListener('single-spa:routing-event', () => (routed = true), { once: true });
}

type Updatable = HTMLElement & { updateComplete?: Promise<unknown> };

function applyProps(element: HTMLElement, properties: Record<string, unknown>, attributes: Record<string, string>) {
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const [name, value] of Object.entries(properties)) (element as unknown as Record<string, unknown>)[name] = value;
}

/**
 * single-spa application and parcel lifecycles (bootstrap, mount, update, unmount) for the element `tagName`.
 * The same object serves several parcels at once: each mount is keyed by single-spa's `name` prop.
 */
export function guElementLifecycles(options: GuElementOptions): GuElementLifecycles {
  const { tagName } = options;
  const mounted = new Map<string, Mounted>();
  let loaded: Promise<void> | undefined;

  const keyOf = (props: GuElementProps): string => String(props.name ?? tagName);

  return {
    bootstrap: async () => {
      loaded ??= (async () => {
        await options.load?.();
        if (!customElements.get(tagName)) {
          throw new ConfigError(
            `<${tagName}> is not defined after loading its module: give \`load\` the gu-*.js module.`,
          );
        }
      })();
      await loaded;
    },

    mount: async (props) => {
      const getter = props.domElementGetter ?? options.domElementGetter;
      const container = props.domElement ?? getter?.();
      if (!container) {
        throw new ConfigError(
          `<${tagName}>: no container to mount into. Pass \`domElement\` (parcel) or \`domElementGetter\` (application).`,
        );
      }
      const element = document.createElement(tagName) as Updatable;
      applyProps(
        element,
        { ...options.props, ...props.elementProps },
        { ...options.attributes, ...props.elementAttributes },
      );
      const listeners = Object.entries({ ...options.events, ...props.events });
      for (const [type, listener] of listeners) element.addEventListener(type, listener);
      mounted.set(keyOf(props), { element, listeners });
      container.append(element);
      // A container that has left the page (the host moved on while the module loaded): the element renders when
      // it is connected, and its updateComplete waits until then — possibly forever. The mount is done all the same.
      if (!element.isConnected) return;
      await element.updateComplete;
      const isApplication = !props.domElement;
      if (props.moveFocus ?? (isApplication && routed)) focusView(container, props.viewLabel ?? '');
    },

    update: async (props) => {
      const entry = mounted.get(keyOf(props));
      if (!entry) return;
      const element = entry.element as Updatable;
      applyProps(element, props.elementProps ?? {}, props.elementAttributes ?? {});
      await element.updateComplete;
    },

    unmount: async (props) => {
      const key = keyOf(props);
      const entry = mounted.get(key);
      if (!entry) return;
      mounted.delete(key);
      for (const [type, listener] of entry.listeners) entry.element.removeEventListener(type, listener);
      entry.element.remove();
    },
  };
}
