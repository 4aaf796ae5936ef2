/**
 * The development identity provider: a real OpenID Connect server (oidc-provider 8) on 127.0.0.1 for the demo and the
 * end-to-end tests — redirect/popup sign-in with code + PKCE, rotated refresh tokens, revocation, RP-initiated logout,
 * back-channel logout, a plain Russian login and consent form. The citizens are mocks/oidc's test citizens.
 *
 *   npx tsx mocks/idp/dev-idp.ts            # http://127.0.0.1:9400 (GU_IDP_PORT), see mocks/idp/README.md
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import Provider from 'oidc-provider';
import type { ProviderContext } from 'oidc-provider';
import { ACR_PREFIX, TEST_CITIZENS, authenticateCitizen, claimsOf } from '../oidc/citizens.js';
import { resetDb } from '../db/index.js';
import { createProtectedResource } from './protected-resource.js';
import type { ResourceCall } from './protected-resource.js';

/** The default port of the dev IdP. */
export const DEV_IDP_PORT = 9400;
/** The public client of the demo and the tests. */
export const DEV_CLIENT_ID = 'gu-kit-demo';
/** The origin of the end-to-end tests' page server (test/e2e). */
export const E2E_PAGE_ORIGIN = 'http://127.0.0.1:9500';
/** The origins of the demo (`npm start`). */
export const DEMO_ORIGINS = ['http://127.0.0.1:5173', 'http://localhost:5173'];

const PAGES = ['/', '/index.html', '/callback.html', '/session.html', '/bundles.html'];

/** Client metadata as oidc-provider takes it. */
export type DevClient = Record<string, unknown> & {
  client_id: string;
  redirect_uris: string[];
  post_logout_redirect_uris?: string[];
};

/** The default client: public (no secret), PKCE, refresh tokens, redirect URIs of the demo and the e2e page server. */
export function defaultClients(): DevClient[] {
  const uris = [...DEMO_ORIGINS, E2E_PAGE_ORIGIN].flatMap((origin) => PAGES.map((page) => `${origin}${page}`));
  return [
    {
      client_id: DEV_CLIENT_ID,
      client_name: 'gu-kit (демо)',
      application_type: 'web',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: uris,
      post_logout_redirect_uris: uris,
    },
  ];
}

/** Lifetimes in seconds. */
export interface DevIdpTtl {
  /** Access and ID tokens [300]. */
  accessToken: number;
  /** Refresh tokens [28 800 = 8 h, the absolute session limit]. */
  refreshToken: number;
  /** The provider's sign-in session [28 800]. */
  session: number;
}

/** Options of `startDevIdp`. */
export interface DevIdpOptions {
  /** Port on 127.0.0.1 [9400]; 0 = any free port. */
  port?: number;
  /** Registered clients [the `gu-kit-demo` public client]. */
  clients?: DevClient[];
  /** Token lifetimes (seconds); short ones for tests. */
  ttl?: Partial<DevIdpTtl>;
  /** Print provider server errors to stderr [true]. */
  logErrors?: boolean;
  /**
   * DPoP (RFC 9449, `features.dPoP`) [false]: discovery advertises `dpop_signing_alg_values_supported`, a token request
   * with a `DPoP` proof gets DPoP-bound tokens (`token_type: DPoP`, refresh tokens bound too), `dpop_jkt` binds the code.
   */
  dpop?: boolean;
  /** The protected resource `<issuer>/resource/me` demands its own `DPoP-Nonce` [true]. */
  resourceRequiresNonce?: boolean;
}

/** A running dev IdP. */
export interface DevIdp {
  /** `http://127.0.0.1:<port>` — the authority for `<gu-session>`. */
  issuer: string;
  close(): Promise<void>;
  /** Calls of the token endpoint (every grant, success or not) since start. */
  tokenCalls(): number;
  /** Refresh-token grants (success or not) since start. */
  refreshCalls(): number;
  /** Revocation requests since start. */
  revocationCalls(): number;
  /** Completed RP-initiated logouts (provider sessions ended) since start. */
  endSessionCalls(): number;
  /** `<issuer>/resource/me`: a protected resource (GET, POST) that checks tokens and DPoP proofs. */
  resourceUrl: string;
  /** Calls of the protected resource since start. */
  resourceCalls(): ResourceCall[];
  /** Calls of the token endpoint with a `DPoP` header, by grant type. */
  dpopTokenCalls(): Array<{ grantType: string; dpop: boolean }>;
}

const escapeHtml = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f5f7fa;color:#1a1a1a}
main{max-width:28rem;margin:2rem auto;padding:1.5rem;background:#fff;border:1px solid #c8ced6;border-radius:4px}
h1{font-size:1.375rem;margin:0 0 1rem}label{display:block;font-weight:600;margin-top:1rem}
input{box-sizing:border-box;width:100%;min-height:44px;padding:.5rem;font:inherit;border:1px solid #5f6b7a;border-radius:4px}
button{min-height:44px;min-width:44px;padding:.5rem 1rem;margin:1.25rem .5rem 0 0;font:inherit;border-radius:4px;border:1px solid #0d4cd3;background:#0d4cd3;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0d4cd3}:focus-visible{outline:3px solid #0d4cd3;outline-offset:2px}
.error{color:#b00020;font-weight:600}table{border-collapse:collapse;margin-top:1.5rem;font-size:.875rem}th,td{border:1px solid #c8ced6;padding:.25rem .5rem;text-align:left}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — тестовый поставщик входа gu-kit</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

function loginPage(uid: string, error?: string, login = ''): string {
  const described = error ? ' aria-describedby="login-error" aria-invalid="true"' : '';
  const citizens = TEST_CITIZENS.map(
    (citizen) =>
      `<tr><td>${escapeHtml(citizen.login)}</td><td>${escapeHtml(citizen.password)}</td><td>${escapeHtml(citizen.level)}</td></tr>`,
  ).join('');
  return page(
    'Вход',
    `<h1>Вход в личный кабинет</h1>
${error ? `<p id="login-error" class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<label for="login">Логин</label>
<input id="login" name="login" autocomplete="username" required value="${escapeHtml(login)}"${described}>
<label for="password">Пароль</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${described}>
<button type="submit">Войти</button>
</form>
<form method="post" action="/interaction/${escapeHtml(uid)}/abort"><button type="submit" class="secondary">Отмена</button></form>
<table><caption>Тестовые пользователи (только для разработки)</caption><thead><tr><th scope="col">Логин</th><th scope="col">Пароль</th><th scope="col">Уровень</th></tr></thead><tbody>${citizens}</tbody></table>`,
  );
}

const SCOPE_LABELS: Record<string, string> = {
  openid: 'идентификатор учётной записи и её уровень',
  profile: 'ФИО и СНИЛС',
  email: 'адрес электронной почты',
  phone: 'номер телефона',
  offline_access: 'доступ, пока вы не выйдете (обновление сеанса)',
};

function consentPage(uid: string, clientName: string, scopes: string[]): string {
  const items = scopes.map((scope) => `<li>${escapeHtml(SCOPE_LABELS[scope] ?? scope)}</li>`).join('');
  return page(
    'Разрешение доступа',
    `<h1>Разрешить доступ к данным?</h1>
<p>Приложение «${escapeHtml(clientName)}» получит:</p><ul>${items}</ul>
<form method="post" action="/interaction/${escapeHtml(uid)}/confirm"><button type="submit" autofocus>Разрешить</button></form>
<form method="post" action="/interaction/${escapeHtml(uid)}/abort"><button type="submit" class="secondary">Отказать</button></form>`,
  );
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy':
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http://127.0.0.1:*; frame-ancestors 'none'; base-uri 'none'",
  });
  res.end(html);
}

/** An in-memory adapter (one store per provider instance, entries expire). */
function memoryAdapter(): new (model: string) => object {
  const store = new Map<string, { payload: Record<string, unknown>; expiresAt?: number }>();
  const byGrant = new Map<string, Set<string>>();
  const sessionByUid = new Map<string, string>();
  const byUserCode = new Map<string, string>();
  const nowS = (): number => Math.floor(Date.now() / 1000);
  return class MemoryAdapter {
    constructor(private readonly model: string) {}
    private key(id: string): string {
      return `${this.model}:${id}`;
    }
    async upsert(id: string, payload: Record<string, unknown>, expiresIn?: number): Promise<void> {
      const key = this.key(id);
      if (this.model === 'Session' && typeof payload.uid === 'string') sessionByUid.set(payload.uid, id);
      if (typeof payload.userCode === 'string') byUserCode.set(payload.userCode, id);
      if (typeof payload.grantId === 'string') {
        const keys = byGrant.get(payload.grantId) ?? new Set<string>();
        keys.add(key);
        byGrant.set(payload.grantId, keys);
      }
      store.set(key, { payload: { ...payload }, ...(expiresIn ? { expiresAt: nowS() + expiresIn } : {}) });
    }
    async find(id: string): Promise<Record<string, unknown> | undefined> {
      const key = this.key(id);
      const entry = store.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt !== undefined && entry.expiresAt <= nowS()) {
        store.delete(key);
        return undefined;
      }
      return entry.payload;
    }
    async findByUid(uid: string): Promise<Record<string, unknown> | undefined> {
      const id = sessionByUid.get(uid);
      return id ? this.find(id) : undefined;
    }
    async findByUserCode(userCode: string): Promise<Record<string, unknown> | undefined> {
      const id = byUserCode.get(userCode);
      return id ? this.find(id) : undefined;
    }
    async consume(id: string): Promise<void> {
      const entry = store.get(this.key(id));
      if (entry) entry.payload.consumed = nowS();
    }
    async destroy(id: string): Promise<void> {
      store.delete(this.key(id));
    }
    async revokeByGrantId(grantId: string): Promise<void> {
      for (const key of byGrant.get(grantId) ?? []) store.delete(key);
      byGrant.delete(grantId);
    }
  };
}

function signingKey(): Record<string, unknown> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: 'gu-kit-dev-idp-1', use: 'sig', alg: 'RS256' };
}

/** Starts the dev IdP on 127.0.0.1; resolves once it listens. */
export async function startDevIdp(options: DevIdpOptions = {}): Promise<DevIdp> {
  resetDb('default'); // the citizens' claims come from the mock database's people
  const port = options.port ?? DEV_IDP_PORT;
  const clients = options.clients ?? defaultClients();
  const ttl: DevIdpTtl = { accessToken: 300, refreshToken: 28_800, session: 28_800, ...options.ttl };
  const allowedOrigins = new Set(clients.flatMap((client) => client.redirect_uris.map((uri) => new URL(uri).origin)));
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const issuer = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;

  const provider = new Provider(issuer, {
    clients,
    adapter: memoryAdapter(),
    jwks: { keys: [signingKey()] },
    cookies: { keys: [`gu-kit-dev-idp-${Math.random().toString(36).slice(2)}`] },
    clientBasedCORS: (_ctx: unknown, origin: string) => allowedOrigins.has(origin),
    pkce: { required: () => true, methods: ['S256'] },
    scopes: ['openid', 'offline_access', 'profile', 'email', 'phone'],
    claims: {
      acr: null,
      auth_time: null,
      openid: ['sub', 'account_level'],
      profile: ['name', 'family_name', 'given_name', 'middle_name', 'snils'],
      email: ['email'],
      phone: ['phone_number'],
    },
    acrValues: ['simplified', 'standard', 'confirmed'].map((level) => `${ACR_PREFIX}${level}`),
    // Put the scope's claims in the ID token too, so a client that skips userinfo still sees the name and level.
    conformIdTokenClaims: false,
    findAccount: (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: async () => {
        const { acr: _acr, ...claims } = claimsOf(id);
        return claims;
      },
    }),
    // A refresh token for the public client whatever the scope (offline_access needs prompt=consent otherwise).
    issueRefreshToken: async (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }) =>
      client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: true,
    features: {
      devInteractions: { enabled: false },
      dPoP: { enabled: options.dpop ?? false },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      backchannelLogout: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: { body: string }, form: string) => {
          ctx.body = page(
            'Выход',
            `<h1>Выйти из личного кабинета?</h1>${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Да, выйти</button>
<button type="submit" form="op.logoutForm" class="secondary">Нет, остаться</button>`,
          );
        },
        postLogoutSuccessSource: async (ctx: { body: string }) => {
          ctx.body = page('Вы вышли', '<h1>Вы вышли из личного кабинета</h1><p>Сеанс у поставщика входа завершён.</p>');
        },
      },
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    renderError: async (ctx: { type: string; body: string }, out: Record<string, string>) => {
      ctx.type = 'html';
      ctx.body = page(
        'Ошибка',
        `<h1>Не удалось выполнить запрос</h1><p role="alert">${escapeHtml(out.error ?? '')}: ${escapeHtml(out.error_description ?? '')}</p>`,
      );
    },
    ttl: {
      AccessToken: ttl.accessToken,
      IdToken: ttl.accessToken,
      AuthorizationCode: 60,
      RefreshToken: ttl.refreshToken,
      Session: ttl.session,
      Grant: ttl.session,
      Interaction: 600,
      ClientCredentials: 600,
      DeviceCode: 600,
      BackchannelAuthenticationRequest: 600,
    },
  });

  // RFC 7009's empty 200 goes out as text/plain from koa, which oidc-client-ts (3.5) refuses ("Invalid response
  // Content-Type") and so never reaches the end-session redirect: answer it with no Content-Type at all.
  provider.use(
    async (ctx: { path: string; status: number; remove(header: string): void }, next: () => Promise<void>) => {
      await next();
      if (ctx.path === '/token/revocation' && ctx.status === 200) ctx.remove('Content-Type');
    },
  );

  const counts = { token: 0, refresh: 0, revocation: 0, endSession: 0 };
  const countGrant = (ctx: ProviderContext): void => {
    if (ctx.oidc?.params?.grant_type === 'refresh_token') counts.refresh += 1;
  };
  provider.on('grant.success', countGrant);
  provider.on('grant.error', countGrant);
  provider.on('end_session.success', () => {
    counts.endSession += 1;
  });
  if (options.logErrors ?? true)
    provider.on('server_error', (_ctx, error) => console.error('dev IdP server error:', error));

  const resource = createProtectedResource({
    provider,
    issuer,
    allowedOrigins,
    requireNonce: options.resourceRequiresNonce ?? true,
  });
  const tokenRequests: Array<{ grantType: string; dpop: boolean }> = [];
  provider.on('grant.success', (ctx) => {
    tokenRequests.push({
      grantType: String(ctx.oidc?.params?.grant_type ?? ''),
      dpop: typeof ctx.headers?.['dpop'] === 'string',
    });
  });

  const callback = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', issuer);
    if (url.pathname.startsWith('/resource/')) {
      resource.handle(req, res);
      return;
    }
    if (req.method === 'POST' && url.pathname === '/token') counts.token += 1;
    if (req.method === 'POST' && url.pathname === '/token/revocation') counts.revocation += 1;
    const interaction = /^\/interaction\/([\w-]+)(?:\/(login|confirm|abort))?$/.exec(url.pathname);
    if (!interaction) {
      callback(req, res);
      return;
    }
    handleInteraction(provider, req, res, interaction[1]!, interaction[2]).catch((error: unknown) => {
      if (!res.headersSent)
        sendHtml(res, 400, page('Ошибка', `<h1>Сеанс входа устарел</h1><p role="alert">Начните вход заново.</p>`));
      if (options.logErrors ?? true) console.error('dev IdP interaction error:', error);
    });
  });

  return {
    issuer,
    tokenCalls: () => counts.token,
    refreshCalls: () => counts.refresh,
    revocationCalls: () => counts.revocation,
    endSessionCalls: () => counts.endSession,
    resourceUrl: `${issuer}/resource/me`,
    resourceCalls: () => resource.calls(),
    dpopTokenCalls: () => [...tokenRequests],
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function handleInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
  action: string | undefined,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error('interaction uid mismatch');
  if (req.method === 'GET' && !action) {
    if (details.prompt.name === 'login') return sendHtml(res, 200, loginPage(uid));
    const scopes = String(details.params.scope ?? 'openid').split(' ');
    return sendHtml(res, 200, consentPage(uid, String(details.params.client_id), scopes));
  }
  if (req.method !== 'POST') return sendHtml(res, 405, page('Ошибка', '<h1>Метод не поддерживается</h1>'));
  if (action === 'abort') {
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'Вход отменён.' },
      {
        mergeWithLastSubmission: false,
      },
    );
    return;
  }
  if (action === 'login') {
    const body = await formBody(req);
    const citizen = authenticateCitizen(body.get('login') ?? '', body.get('password') ?? '');
    if (!citizen) return sendHtml(res, 401, loginPage(uid, 'Неверный логин или пароль.', body.get('login') ?? ''));
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: citizen.personId, acr: `${ACR_PREFIX}${citizen.level}`, amr: ['pwd'] } },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  // confirm: grant the requested scopes and claims.
  const accountId = details.session?.accountId;
  if (!accountId) throw new Error('consent without a signed-in account');
  const grant =
    (details.grantId ? await provider.Grant.find(details.grantId) : undefined) ??
    new provider.Grant({ accountId, clientId: details.params.client_id });
  const missing = details.prompt.details as {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {}))
    grant.addResourceScope(indicator, scopes.join(' '));
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { consent: details.grantId ? {} : { grantId } },
    {
      mergeWithLastSubmission: true,
    },
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const idp = await startDevIdp({ port: Number(process.env.GU_IDP_PORT ?? DEV_IDP_PORT) });
  console.log(
    `gu-kit dev IdP on ${idp.issuer} (client "${DEV_CLIENT_ID}"; citizens: ${TEST_CITIZENS.map((c) => `${c.login}/${c.password}`).join(', ')})`,
  );
  const stop = (): void => void idp.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
