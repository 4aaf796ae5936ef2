/**
 * Every handler of the development backend. Only the scenario gate is registered: it applies the current scenario,
 * authentication and rate-limit headers to every /api request and then asks the domain handlers for the answer —
 * so a handler added to `domainHandlers` cannot skip the scenario.
 */
import { HttpResponse, delay, getResponse, http as plainHttp } from 'msw';
import type { RequestHandler } from 'msw';
import { isJwtShaped, oidcHandlers, verifyAccessToken } from '../oidc/index.js';
import { FLAKY_RETRY_AFTER_S, SLOW_LATENCY_MS, countCall, getScenario } from '../scenarios.js';
import { identityGate } from '../identity/index.js';
import { applicationHandlers } from './applications.js';
import { applicationTrackerHandlers } from './application-tracker.js';
import { dictionaryHandlers } from './dictionaries.js';
import { eventHandlers } from './events.js';
import { notificationHandlers } from '../notifications/index.js';
import { paymentHandlers } from '../payments/index.js';
import { profileHandlers } from './profile.js';
import { securityHandlers } from '../security/index.js';
import { isApiSessionAlive } from '../security/sessions.js';
import { verificationHandlers } from '../verification/index.js';
import { bearerToken, errorResponse, findCitizen, takeRateLimit } from './support.js';

/** The domain handlers, typed against the contract; reached only through the scenario gate. */
export const domainHandlers: RequestHandler[] = [
  ...profileHandlers,
  ...eventHandlers,
  ...applicationHandlers,
  ...applicationTrackerHandlers,
  ...paymentHandlers,
  ...notificationHandlers,
  ...securityHandlers,
  ...dictionaryHandlers,
  ...verificationHandlers,
];

/** Replaces every field of a JSON value by a value of the wrong type (the `malformed` scenario). */
export function breakShape(value: unknown): unknown {
  if (Array.isArray(value)) return value.length > 0 ? value.map(breakShape) : 'not-an-array';
  if (value === null) return false;
  switch (typeof value) {
    case 'string':
      return 0;
    case 'number':
      return String(value);
    case 'boolean':
      return String(value);
    case 'object':
      return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, breakShape(field)]));
    default:
      return null;
  }
}

async function malformed(response: Response): Promise<Response> {
  if (response.status === 204) return response; // no content: nothing to break
  let body: unknown = 'malformed';
  try {
    body = breakShape(await response.clone().json());
  } catch {
    // Not JSON: a bare string already breaks every object schema.
  }
  // A success status (the operation's own 2xx, else 200) with a body that the caller's validation must reject.
  return HttpResponse.json(body as never, { status: response.ok ? response.status : 200 });
}

/** The lists whose `malformed` answer breaks some items only: a malformed notification is skipped with a note. */
const PARTLY_MALFORMED = /^\/api\/notifications(\/summary)?$/;

/** The feed's page or the bell's summary with one item in four broken (each field of the wrong type). */
async function malformedItems(response: Response): Promise<Response> {
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => undefined);
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const key = Array.isArray(record['items']) ? 'items' : Array.isArray(record['latest']) ? 'latest' : undefined;
  const list = key ? (record[key] as unknown[]) : [];
  if (!key || list.length === 0) return malformed(response);
  record[key] = list.map((item, index) => (index % 4 === 1 || list.length === 1 ? breakShape(item) : item));
  return HttpResponse.json(record as never, { status: response.status });
}

/** Applies the scenario, auth and rate limits to every /api request, then answers from the domain handlers. */
export const scenarioGate = plainHttp.all('*/api/*', async ({ request, cookies }) => {
  // `*/api/*` also matches dev-server module URLs such as /@fs/…/core/api/index.ts: only paths under /api/ are the API.
  if (!new URL(request.url).pathname.startsWith('/api/')) return undefined;
  const scenario = getScenario();
  const call = countCall();
  if (scenario === 'offline') return HttpResponse.error();
  if (scenario === 'slow') await delay(SLOW_LATENCY_MS);
  if (scenario === 'server-error') return errorResponse(request, 500, 'server-error');
  if (scenario === 'flaky' && call % 3 === 0)
    return errorResponse(request, 503, 'unavailable', { retryAfter: FLAKY_RETRY_AFTER_S });

  const token = bearerToken(request);
  if (!token) return errorResponse(request, 401, 'unauthorized');
  // A JWT must be a live access token of the mock OIDC provider, whatever the client's timer says (requirement 17).
  if (isJwtShaped(token) && !(await verifyAccessToken(token))) return errorResponse(request, 401, 'invalid-token');
  if (!findCitizen(request)) return errorResponse(request, 401, 'unknown-citizen');
  // A session the citizen ended (from another device, or by changing the password) is over for every token of it.
  if (!isApiSessionAlive(request, token, cookies)) return errorResponse(request, 401, 'invalid-token');

  let rateHeaders: Record<string, string> = {};
  if (request.method === 'GET') {
    const limit = takeRateLimit('read', token);
    if (limit.limited)
      return errorResponse(request, 429, 'rate-limited', { retryAfter: limit.retryAfter, headers: limit.headers });
    rateHeaders = limit.headers;
  }

  const answer = (await getResponse(domainHandlers, request)) ?? errorResponse(request, 404, 'unknown-endpoint');
  // An event stream never ends: its body is not read (live-updates.ts checks each event's data itself).
  if (scenario === 'malformed' && !answer.headers.get('Content-Type')?.startsWith('text/event-stream'))
    return answer.ok && request.method === 'GET' && PARTLY_MALFORMED.test(new URL(request.url).pathname)
      ? malformedItems(answer)
      : malformed(answer);
  if (answer.ok) for (const [name, value] of Object.entries(rateHeaders)) answer.headers.set(name, value);
  return answer;
});

/** Every handler to register with setupWorker / setupServer / createServer, in matching order (the mock OIDC provider under /mock-oidc). */
export const handlers: RequestHandler[] = [identityGate, scenarioGate, ...oidcHandlers];
