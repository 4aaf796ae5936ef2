/**
 * The plain demo page served from the CDN build (build/cdn.ts `buildCdnDemo()`, `npm run build:cdn -- --demo`): the
 * page is shells/plain/index.html; this script is the demo's own part — it starts the mock backend and the developer
 * toolbar (bundled here, never in the kit's files), then loads the widgets from the kit by their bare names, which the
 * page's import map resolves to the kit's content-hashed files and checks by their integrity hashes. A portal with a
 * real backend needs none of this: its page loads the widgets with `<script type="module" src=… integrity=…>`.
 */
import { startDemoBackend } from '../portal/mock-backend.js';
import { CDN_DEMO_WIDGETS } from './widgets.js';

/** A bare name left as it is by the bundler: the browser resolves it through the import map. */
const fromKit = (name: (typeof CDN_DEMO_WIDGETS)[number]): Promise<unknown> =>
  import(/* @vite-ignore */ `gu-kit/${name}`);

await startDemoBackend();
await Promise.all([...CDN_DEMO_WIDGETS.map(fromKit), import('../portal/dev-toolbar.js')]);
