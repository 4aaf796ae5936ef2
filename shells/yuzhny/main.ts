/** Южная область: навигация сбоку — the single-spa root config of the demo portal (shells/portal/portal.ts). */
import { startPortal } from '../portal/portal.js';

await startPortal({ id: 'yuzhny', base: '/yuzhny/', layout: 'side', otherPortal: '/severny/', devToolbar: true });
