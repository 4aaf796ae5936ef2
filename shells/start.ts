/**
 * `npm start`: the demo portals' dev server (vite, on the mock backend) and the dev identity provider
 * (oidc-provider on http://127.0.0.1:9400) for the redirect sign-in. Prints the URLs and the test citizens;
 * Ctrl+C stops both.
 */
import { createServer } from 'vite';
import { defaultClients, startDevIdp, type DevIdp } from '../mocks/idp/dev-idp.js';
import { TEST_CITIZENS } from '../mocks/oidc/citizens.js';
import { PORTALS, portalsConfig } from '../vite.config.js';

const port = Number(process.env.PORT ?? 5173);
const origins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];

// The portals' redirect URIs (their bases) next to the dev IdP's defaults.
const clients = defaultClients().map((client) => {
  const portalUris = origins.flatMap((origin) => PORTALS.map((id) => `${origin}/${id}/`));
  return {
    ...client,
    redirect_uris: [...client.redirect_uris, ...portalUris],
    post_logout_redirect_uris: [...(client.post_logout_redirect_uris ?? []), ...portalUris],
  };
});

let idp: DevIdp | undefined;
try {
  idp = await startDevIdp({ port: 9400, clients });
} catch (error) {
  console.warn(`The dev IdP did not start (${(error as Error).message}); the MSW mode works without it.`);
}
const server = await createServer({
  ...portalsConfig(),
  configFile: false,
  server: { ...portalsConfig().server, port, strictPort: true },
});
try {
  await server.listen();
} catch (error) {
  console.error(`The dev server did not start: ${(error as Error).message} (set PORT to use another port).`);
  await Promise.allSettled([server.close(), idp?.close()]);
  process.exit(1);
}
const base = origins[0];
console.log(`
gu-kit demo portals (mock backend: MSW in the page)
  Северный край (top navigation):  ${base}/severny/
  Южная область (side navigation): ${base}/yuzhny/
  Widget on a plain HTML page:     ${base}/plain/
  Widget in a foreign host:        ${base}/foreign/
  Widget in a Vue application:     ${base}/vue/
  Real-IdP mode (redirect sign-in): add ?idp=dev, e.g. ${base}/severny/?idp=dev (back: ?idp=msw)
  Dev identity provider:           ${idp ? idp.issuer : 'not running'}

Test citizens (MSW mode: the developer toolbar at the bottom signs in as one; dev IdP: its sign-in form):
${TEST_CITIZENS.map((c) => `  ${c.login.padEnd(12)} ${c.password.padEnd(17)} level ${c.level}`).join('\n')}

Ctrl+C stops the dev server and the identity provider.`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([server.close(), idp?.close()]);
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
