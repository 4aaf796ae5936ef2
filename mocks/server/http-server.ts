/**
 * The mock backend over real HTTP from Node (the same handlers as the browser worker), for contract tests,
 * a portal backend team, or a widget pointed at `api-base="http://localhost:8787/api"`.
 *
 *   npm run mock-server                       # port GU_MOCK_PORT (8787), scenario GU_SCENARIO (default)
 */
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createServer as createMswApp } from '@mswjs/http-middleware';
import { getResponse } from 'msw';
import { handlers } from '../handlers/index.js';
import { getScenario, isScenarioName, setScenario } from '../scenarios.js';
import type { ScenarioName } from '../scenarios.js';

const ALLOWED_HEADERS =
  'Authorization, Content-Type, Accept, Accept-Language, Idempotency-Key, Last-Event-ID, If-None-Match';
const EXPOSED_HEADERS =
  'RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After, Idempotent-Replayed, Content-Language, WWW-Authenticate, ETag';

/**
 * A server-sent event stream (`Accept: text/event-stream`, GET /api/events): answered from the same handlers, its
 * body written chunk by chunk as the handler produces it, and cancelled — with the request's signal aborted — when
 * the client goes away, so the mock drops that stream's listener. (The middleware would pipe the body but never
 * cancel it.)
 */
async function streamAnswer(req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
  const abort = new AbortController();
  res.on('close', () => abort.abort());
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  const request = new Request(new URL(req.url ?? '/', origin), { headers, signal: abort.signal });
  const response = await getResponse(handlers, request);
  if (!response) {
    res.writeHead(404).end();
    return;
  }
  response.headers.forEach((value, name) => res.appendHeader(name, value));
  res.writeHead(response.status, response.statusText);
  res.flushHeaders();
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  abort.signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined));
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || abort.signal.aborted) break;
      res.write(value);
    }
  } catch {
    // cancelled: the client went away
  }
  res.end();
}

/** A running mock HTTP server. */
export interface MockHttpServer {
  /** Origin, e.g. `http://127.0.0.1:8787`; the API lives under `${url}/api`. */
  url: string;
  close(): Promise<void>;
}

/** Starts the mock backend on a port (0 = any free one) with a scenario (which re-seeds the database). */
export async function startMockHttpServer(
  options: { port?: number; scenario?: ScenarioName; host?: string } = {},
): Promise<MockHttpServer> {
  setScenario(options.scenario ?? 'default');
  const app = createMswApp(...handlers);
  const server = createHttpServer((req, res) => {
    // CORS for any origin: a portal page on another origin calls this backend with a bearer token (no cookies).
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    // The page may read the timings of these requests (Resource Timing), as a portal's real-user monitoring would.
    res.setHeader('Timing-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? ALLOWED_HEADERS,
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return;
    }
    // MSW's HttpResponse.error() has no HTTP form: the offline scenario drops the connection instead.
    if (getScenario() === 'offline' && (req.url?.startsWith('/api/') || req.url?.startsWith('/mock-oidc/'))) {
      req.socket.destroy();
      return;
    }
    if (req.method === 'GET' && req.url?.startsWith('/api/') && req.headers.accept?.includes('text/event-stream')) {
      void streamAnswer(req, res, `http://${req.headers.host ?? '127.0.0.1'}`).catch(() => res.destroy());
      return;
    }
    app(req, res);
  });
  // Idle keep-alive connections stay open a minute (Node's default is 5 s): a client reusing one just as the server
  // closes it gets ECONNRESET, which a loaded machine (a slow re-seed blocking the loop) made frequent in tests.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const scenario = process.env.GU_SCENARIO ?? 'default';
  if (!isScenarioName(scenario)) {
    console.error(`GU_SCENARIO="${scenario}" is not a scenario (see mocks/README.md).`);
    process.exit(1);
  }
  const server = await startMockHttpServer({
    port: Number(process.env.GU_MOCK_PORT ?? 8787),
    scenario,
    host: process.env.GU_MOCK_HOST ?? '127.0.0.1',
  });
  console.log(`gu-kit mock backend (scenario "${scenario}") on ${server.url}/api`);
  const stop = (): void => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
