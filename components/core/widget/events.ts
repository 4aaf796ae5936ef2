/**
 * The kit's one event model. Every event a gu-kit element fires is a class of its own that extends `GuEvent<Detail>`:
 * the payload is the typed `detail` (what frameworks read: Vue's `@gu-x="e => e.detail"`, React's `onGuX`), the name
 * is the class's static `eventName`, and the module that declares it adds it to `GlobalEventHandlersEventMap`, so
 * `addEventListener('gu-x', (event) => event.detail…)` is typed. Names say their source: `gu-<widget>-<what>`.
 *
 *   export class GuThingDoneEvent extends GuEvent<{ id: string }> {
 *     static readonly eventName = 'gu-thing-done';
 *     constructor(detail: { id: string }) {
 *       super(GuThingDoneEvent.eventName, detail);
 *     }
 *   }
 *   declare global {
 *     interface GlobalEventHandlersEventMap {
 *       'gu-thing-done': GuThingDoneEvent;
 *     }
 *   }
 *
 * The element that fires it says so once, in its JSDoc: `@fires {GuThingDoneEvent} gu-thing-done - what happened`.
 * Public events bubble and cross shadow roots; a part's event to its own element (`internal`) stays inside the
 * element's shadow root and is never documented as public API.
 */
export interface GuEventOptions {
  /** The page may call `preventDefault()` to take over (e.g. open a form itself). */
  cancelable?: boolean;
  /** From a part to its element: does not leave the element's shadow root. */
  internal?: boolean;
}

export class GuEvent<Detail = undefined> extends CustomEvent<Detail> {
  constructor(type: string, detail: Detail, { cancelable = false, internal = false }: GuEventOptions = {}) {
    super(type, { bubbles: true, composed: !internal, cancelable, detail });
  }
}
