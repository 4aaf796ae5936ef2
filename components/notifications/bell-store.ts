/**
 * The bell's data: the page's notifications store (page-store.ts: store.ts with an API client that follows the
 * session) and the popover's content — a chunk the bell starts loading as soon as it is attached and signed in. Its
 * first render is the button alone («Уведомления»); the count follows with the summary, which needs this chunk anyway.
 */
// The popover's content comes with the data: the count and the list are there together, nothing to wait for on open.
import './bell-popover.js';

export { pageStore as bellStore } from './page-store.js';
