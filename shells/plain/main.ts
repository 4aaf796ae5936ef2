/**
 * A widget on a plain HTML page: the page's markup has <gu-session>, <gu-notification-bell> and
 * <gu-application-tracker>; this script only starts the demo's mock backend and loads the define modules — no
 * single-spa, no framework.
 */
import { startDemoBackend } from '../portal/mock-backend.js';
import { loadSessionElements, widgetLoader } from '../portal/widgets.js';

await startDemoBackend();
await Promise.all([
  loadSessionElements(),
  widgetLoader('gu-application-tracker')?.(),
  widgetLoader('gu-notification-bell')?.(),
  import('../portal/dev-toolbar.js'),
]);
