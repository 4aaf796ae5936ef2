/**
 * `npm start`: a page with every core element on the mock backend, with a toolbar to switch locale, theme and
 * scenario at runtime. (The single-spa regional portals replace this page in a later issue.)
 */
import { toLocale } from '../../components/core/i18n/index.js';
import { startMockWorker } from '../../mocks/browser.js';

// Page language: ?lang=en, else the document's.
const requested = toLocale(new URL(location.href).searchParams.get('lang'));
if (requested) document.documentElement.lang = requested;

// The mock backend answers before any element asks it for data.
await startMockWorker({ scenarioFromUrl: true });
await import('./demo-page.js');
