/** How a gu-kit widget is built (docs/widget-anatomy.md): events, localized elements, parts, actions. */
export { GuEvent, type GuEventOptions } from './events.js';
export { LocalizedElement } from './localized-element.js';
export { WidgetPart } from './widget-part.js';
export { ActionController, type DescribeFailure } from './action.js';
