/** Северный край: навигация сверху — the single-spa root config of the demo portal (shells/portal/portal.ts). */
import { startPortal } from '../portal/portal.js';

await startPortal({ id: 'severny', base: '/severny/', layout: 'top', otherPortal: '/yuzhny/', devToolbar: true });
