/** The single-spa adapter: any gu-* element as application or parcel lifecycles, guarded define, view focus. */
export {
  guElementLifecycles,
  ConfigError,
  type GuElementOptions,
  type GuElementLifecycles,
  type GuElementProps,
  type ElementEvents,
} from './lifecycles.js';
export { guardedDefine, type VersionedElement } from './define.js';
export { focusView } from './focus.js';
