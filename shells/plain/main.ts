/**
 * A widget on a plain HTML page: the page's markup has <gu-session>, <gu-notification-bell>,
 * <gu-application-tracker> and «Версия для слабовидящих» (<gu-a11y-toggle> opening the <gu-a11y-panel> under the
 * header); this script only starts the demo's mock backend and loads the define modules — no single-spa, no framework.
 */
import '../../components/a11y/gu-a11y-toggle.js';
import { startDemoBackend } from '../portal/mock-backend.js';
import { loadSessionElements, widgetLoader } from '../portal/widgets.js';

await startDemoBackend();
await Promise.all([
  loadSessionElements(),
  widgetLoader('gu-application-tracker')?.(),
  widgetLoader('gu-notification-bell')?.(),
  import('../portal/dev-toolbar.js'),
]);
