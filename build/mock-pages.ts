/**
 * Pages of the mock backend that the browser navigates to, served by the demo's dev and preview servers (and
 * Storybook's): a service worker (MSW) answers a page's requests but never a navigation, so these must be real pages.
 *
 * - `/mock-oidc/authorize` — the authorize page of the mock OIDC provider (mocks/oidc). GET shows the sign-in:
 *   a test citizen with one press, or login and password, or the portal's own sign-in page. POST checks the
 *   credentials and redirects to the client's `redirect_uri` (same origin only: never an open redirect) with a
 *   portable code (mocks/oidc/portable-code.ts) that the page's MSW token endpoint exchanges. No script: it works
 *   under the strict CSP as it is.
 * - `/mocks/identity/bank.html` (bank sign-in of <gu-login>), `/mocks/verification/bank.html` (bank confirmation
 *   of <gu-verification>) and `/mocks/payments/acquirer.html` (the acquirer's card, 3-D Secure and e-wallet page of
 *   <gu-payments>, also for linking a card): the dev server serves the source pages; a build writes them (compiled) into its output
 *   directory at the same paths, so `npm run preview` and a built Storybook serve them too.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { authenticateCitizen, claimsOf, TEST_CITIZENS, type TestCitizen } from '../mocks/oidc/citizens.js';
import { mintPortableCode } from '../mocks/oidc/portable-code.js';

const repoRoot = resolve(import.meta.dirname, '..');

/** The path of the authorize page (the mock provider's `authorization_endpoint` on the page's origin). */
export const AUTHORIZE_PATH = '/mock-oidc/authorize';
/** Its style sheet. */
export const AUTHORIZE_CSS_PATH = '/mock-oidc/authorize.css';
/** The icon of the mock pages (mocks/public, served at the root by the dev and preview servers and Storybook). */
export const MOCK_ICON_PATH = '/mock-favicon.svg';
/** The mock pages the widgets send the browser to, by URL path → source file (relative to the repository). */
export const MOCK_PAGES: Readonly<Record<string, string>> = {
  '/mocks/identity/bank.html': 'mocks/identity/bank.html',
  '/mocks/verification/bank.html': 'mocks/verification/bank.html',
  '/mocks/payments/acquirer.html': 'mocks/payments/acquirer.html',
};
/** A code's lifetime in seconds (as the mock provider's own codes). */
const CODE_TTL = 60;
/** The largest form body read. */
const MAX_BODY = 16 * 1024;

type Locale = 'ru' | 'en';

const TEXT = {
  ru: {
    title: 'Вход на Госуслуги (имитация для разработки)',
    brand: 'Госуслуги',
    badge: 'Имитация поставщика входа для разработки gu-kit — не настоящие Госуслуги',
    heading: 'Вход на Госуслуги',
    lead: (site: string) => `Сайт ${site} просит войти через Госуслуги.`,
    citizensHeading: 'Тестовый гражданин',
    citizensHint: 'Войти одним нажатием от имени тестового гражданина.',
    level: { confirmed: 'подтверждённая', standard: 'стандартная', simplified: 'упрощённая' },
    citizenDetails: (level: string, login: string) => `Учётная запись: ${level} · логин ${login}`,
    passwordHeading: 'Логин и пароль',
    login: 'Логин',
    loginHint: 'Короткий логин, телефон, e-mail или СНИЛС',
    password: 'Пароль',
    submit: 'Войти',
    otherHeading: 'Другие способы',
    portalLogin: 'Войти на странице портала: СНИЛС, QR-код, банк, электронная подпись',
    cancel: 'Отказаться и вернуться на сайт',
    summaryHeading: 'Не удалось войти',
    loginMissing: 'Логин: введите логин.',
    passwordMissing: 'Пароль: введите пароль.',
    wrongCredentials: 'Логин или пароль: неверный логин или пароль.',
    unknownCitizen: 'Тестовый гражданин не найден.',
    badRequestTitle: 'Запрос входа неверен',
    badRequest: (name: string) => `Параметр ${name} не передан или неверен. Вернитесь на сайт и начните вход снова.`,
    foreignRedirect:
      'Адрес возврата (redirect_uri) ведёт на другой сайт. Этот поставщик возвращает только на сайт, с которого его открыли.',
    cancelled: 'Вход отменён',
  },
  en: {
    title: 'Sign in to Gosuslugi (a development simulation)',
    brand: 'Gosuslugi',
    badge: 'A simulated identity provider for gu-kit development — not the real Gosuslugi',
    heading: 'Sign in to Gosuslugi',
    lead: (site: string) => `The site ${site} asks you to sign in with Gosuslugi.`,
    citizensHeading: 'Test citizen',
    citizensHint: 'Sign in with one press as a test citizen.',
    level: { confirmed: 'confirmed', standard: 'standard', simplified: 'simplified' },
    citizenDetails: (level: string, login: string) => `Account level: ${level} · login ${login}`,
    passwordHeading: 'Login and password',
    login: 'Login',
    loginHint: 'Short login, phone, e-mail or SNILS',
    password: 'Password',
    submit: 'Sign in',
    otherHeading: 'Other ways',
    portalLogin: "Sign in on the portal's page: SNILS, QR code, bank, electronic signature",
    cancel: 'Decline and go back to the site',
    summaryHeading: 'Could not sign in',
    loginMissing: 'Login: enter your login.',
    passwordMissing: 'Password: enter your password.',
    wrongCredentials: 'Login or password: wrong login or password.',
    unknownCitizen: 'No such test citizen.',
    badRequestTitle: 'The sign-in request is invalid',
    badRequest: (name: string) => `The ${name} parameter is missing or invalid. Go back to the site and sign in again.`,
    foreignRedirect:
      'The return address (redirect_uri) leads to another site. This provider only returns to the site that opened it.',
    cancelled: 'Sign-in cancelled',
  },
} as const;

/** `&<>"'` as character references: every value put into the page goes through this. */
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );
}

/** A validated authorization request (code flow, PKCE S256) whose `redirect_uri` is on the page's own origin. */
export interface AuthorizeRequest {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scope: string;
  readonly state?: string;
  readonly nonce?: string;
  readonly codeChallenge: string;
  readonly locale: Locale;
}

/** Why a request was refused: the parameter at fault, or a redirect to another origin. */
export type AuthorizeProblem = { readonly kind: 'parameter'; readonly name: string } | { readonly kind: 'foreign' };

/** The locale of the page: `ui_locales` (OIDC) starting with `en` → English; Russian otherwise. */
export function localeOf(params: URLSearchParams): Locale {
  return /^en\b/i.test(params.get('ui_locales')?.trim() ?? '') ? 'en' : 'ru';
}

/**
 * Checks the authorization request's parameters (as the mock's embedded endpoint does) and that `redirect_uri` is an
 * http(s) URL on `origin` — the origin the page was opened on. Anything else is refused, never redirected to.
 */
export function readAuthorizeRequest(
  params: URLSearchParams,
  origin: string,
): { request: AuthorizeRequest } | { problem: AuthorizeProblem } {
  const missing = ['client_id', 'redirect_uri', 'response_type', 'scope', 'code_challenge', 'code_challenge_method']
    .filter((name) => !params.get(name))
    .at(0);
  if (missing) return { problem: { kind: 'parameter', name: missing } };
  let redirect: URL;
  try {
    redirect = new URL(params.get('redirect_uri')!);
  } catch {
    return { problem: { kind: 'parameter', name: 'redirect_uri' } };
  }
  if ((redirect.protocol !== 'http:' && redirect.protocol !== 'https:') || redirect.hash !== '')
    return { problem: { kind: 'parameter', name: 'redirect_uri' } };
  if (redirect.origin !== origin) return { problem: { kind: 'foreign' } };
  if (params.get('response_type') !== 'code') return { problem: { kind: 'parameter', name: 'response_type' } };
  if (!params.get('scope')!.split(' ').includes('openid')) return { problem: { kind: 'parameter', name: 'scope' } };
  if (params.get('code_challenge_method') !== 'S256' || !/^[A-Za-z0-9_-]{43,128}$/.test(params.get('code_challenge')!))
    return { problem: { kind: 'parameter', name: 'code_challenge' } };
  const state = params.get('state') || undefined;
  const nonce = params.get('nonce') || undefined;
  return {
    request: {
      clientId: params.get('client_id')!,
      redirectUri: redirect.href,
      scope: params.get('scope')!,
      codeChallenge: params.get('code_challenge')!,
      locale: localeOf(params),
      ...(state ? { state } : {}),
      ...(nonce ? { nonce } : {}),
    },
  };
}

/** The request as hidden form fields, so the POST carries it. */
function hiddenFields(request: AuthorizeRequest): string {
  const fields: [string, string | undefined][] = [
    ['client_id', request.clientId],
    ['redirect_uri', request.redirectUri],
    ['response_type', 'code'],
    ['scope', request.scope],
    ['state', request.state],
    ['nonce', request.nonce],
    ['code_challenge', request.codeChallenge],
    ['code_challenge_method', 'S256'],
    ['ui_locales', request.locale],
  ];
  return fields
    .filter((field): field is [string, string] => field[1] !== undefined)
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}" />`)
    .join('\n        ');
}

/** The portal's own sign-in route next to its redirect URI (`…/severny/` → `…/severny/login`), if it has one. */
export function portalLoginUrl(redirectUri: string): string | undefined {
  const url = new URL(redirectUri);
  if (!url.pathname.endsWith('/')) return undefined;
  return new URL('login', `${url.origin}${url.pathname}`).href;
}

/** Where «Отказаться» leads: the redirect URI with `error=access_denied` (and the state), as OAuth says. */
export function cancelUrl(request: AuthorizeRequest): string {
  const url = new URL(request.redirectUri);
  url.searchParams.set('error', 'access_denied');
  url.searchParams.set('error_description', TEXT[request.locale].cancelled);
  if (request.state) url.searchParams.set('state', request.state);
  return url.href;
}

/** What the last POST got wrong, per field. */
export interface FormErrors {
  readonly login?: string;
  readonly password?: string;
  readonly form?: string;
}

function page(locale: Locale, title: string, body: string): string {
  const t = TEXT[locale];
  return `<!doctype html>
<html lang="${locale}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" href="${MOCK_ICON_PATH}" type="image/svg+xml" />
    <link rel="stylesheet" href="${AUTHORIZE_CSS_PATH}" />
  </head>
  <body>
    <header class="bar">
      <p class="brand">${t.brand}</p>
      <p class="badge">${t.badge}</p>
    </header>
    <main>
${body}
    </main>
  </body>
</html>
`;
}

function citizenName(citizen: TestCitizen): string {
  return claimsOf(citizen.personId).name ?? citizen.login;
}

/** The authorize page: test citizens, login and password, the portal's own sign-in, cancel. */
export function renderAuthorizePage(
  request: AuthorizeRequest,
  options: { errors?: FormErrors; login?: string } = {},
): string {
  const t = TEXT[request.locale];
  const errors = options.errors ?? {};
  const site = new URL(request.redirectUri).host;
  const messages = [
    errors.form ? `<li>${escapeHtml(errors.form)}</li>` : '',
    errors.login ? `<li><a href="#login">${escapeHtml(errors.login)}</a></li>` : '',
    errors.password ? `<li><a href="#password">${escapeHtml(errors.password)}</a></li>` : '',
  ].join('');
  const summary = messages
    ? `      <div class="summary" role="alert" tabindex="-1" autofocus aria-labelledby="summary-heading">
        <h2 id="summary-heading">${t.summaryHeading}</h2>
        <ul>${messages}</ul>
      </div>\n`
    : '';
  const hidden = hiddenFields(request);
  const citizens = TEST_CITIZENS.map(
    (citizen) => `          <li>
            <button type="submit" class="citizen" name="citizen" value="${escapeHtml(citizen.login)}">
              <span class="citizen__name">${escapeHtml(citizenName(citizen))}</span>
              <span class="citizen__level">${escapeHtml(t.citizenDetails(t.level[citizen.level], citizen.login))}</span>
            </button>
          </li>`,
  ).join('\n');
  const invalid = (field: keyof FormErrors) =>
    errors[field]
      ? ` aria-invalid="true" aria-describedby="${field}-error${field === 'login' ? ' login-hint' : ''}"`
      : '';
  const fieldError = (field: keyof FormErrors) =>
    errors[field] ? `\n          <p class="error" id="${field}-error">${escapeHtml(errors[field])}</p>` : '';
  const portalLogin = portalLoginUrl(request.redirectUri);
  const body = `      <h1>${t.heading}</h1>
      <p class="lead">${escapeHtml(t.lead(site))}</p>
${summary}      <section aria-labelledby="citizens-heading">
        <h2 id="citizens-heading">${t.citizensHeading}</h2>
        <p class="hint">${t.citizensHint}</p>
        <form method="post" action="${AUTHORIZE_PATH}">
        ${hidden}
        <ul class="citizens">
${citizens}
        </ul>
        </form>
      </section>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading">${t.passwordHeading}</h2>
        <form method="post" action="${AUTHORIZE_PATH}" novalidate>
        ${hidden}
        <div class="field">
          <label for="login">${t.login}</label>
          <p class="hint" id="login-hint">${t.loginHint}</p>
          <input id="login" name="login" autocomplete="username" required value="${escapeHtml(options.login ?? '')}"${
            errors.login ? invalid('login') : ' aria-describedby="login-hint"'
          } />${fieldError('login')}
        </div>
        <div class="field">
          <label for="password">${t.password}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required${invalid(
            'password',
          )} />${fieldError('password')}
        </div>
        <button type="submit" class="primary">${t.submit}</button>
        </form>
      </section>
      <section aria-labelledby="other-heading">
        <h2 id="other-heading">${t.otherHeading}</h2>
        <ul class="links">
${portalLogin ? `          <li><a href="${escapeHtml(portalLogin)}">${t.portalLogin}</a></li>\n` : ''}          <li><a href="${escapeHtml(cancelUrl(request))}">${t.cancel}</a></li>
        </ul>
      </section>`;
  return page(request.locale, t.title, body);
}

/** The page of a refused request (no redirect: the redirect URI is not trusted). */
export function renderProblemPage(problem: AuthorizeProblem, locale: Locale): string {
  const t = TEXT[locale];
  const text = problem.kind === 'foreign' ? t.foreignRedirect : t.badRequest(problem.name);
  return page(locale, t.badRequestTitle, `      <h1>${t.badRequestTitle}</h1>\n      <p>${escapeHtml(text)}</p>`);
}

/**
 * The answer to a POST of the authorize page: the citizen (a test citizen's button, or login and password) →
 * the redirect URI with a portable code and the state; otherwise the page again with what went wrong, per field.
 */
export async function answerAuthorizePost(
  form: URLSearchParams,
  origin: string,
  now = Math.floor(Date.now() / 1000),
): Promise<{ status: 303; location: string } | { status: 200 | 400; html: string }> {
  const read = readAuthorizeRequest(form, origin);
  if ('problem' in read) return { status: 400, html: renderProblemPage(read.problem, localeOf(form)) };
  const { request } = read;
  const t = TEXT[request.locale];
  let citizen: TestCitizen | undefined;
  const chosen = form.get('citizen');
  const login = form.get('login') ?? '';
  if (chosen !== null) {
    citizen = TEST_CITIZENS.find((candidate) => candidate.login === chosen);
    if (!citizen) return { status: 200, html: renderAuthorizePage(request, { errors: { form: t.unknownCitizen } }) };
  } else {
    const password = form.get('password') ?? '';
    const errors: FormErrors = {
      ...(login.trim() ? {} : { login: t.loginMissing }),
      ...(password ? {} : { password: t.passwordMissing }),
    };
    if (errors.login || errors.password) return { status: 200, html: renderAuthorizePage(request, { errors, login }) };
    citizen = authenticateCitizen(login.slice(0, 256), password.slice(0, 256));
    if (!citizen)
      return { status: 200, html: renderAuthorizePage(request, { errors: { form: t.wrongCredentials }, login }) };
  }
  const code = await mintPortableCode({
    clientId: request.clientId,
    redirectUri: request.redirectUri,
    codeChallenge: request.codeChallenge,
    scope: request.scope,
    sub: citizen.personId,
    authTime: now,
    expiresAt: now + CODE_TTL,
    ...(request.nonce ? { nonce: request.nonce } : {}),
  });
  const target = new URL(request.redirectUri);
  target.searchParams.set('code', code);
  if (request.state) target.searchParams.set('state', request.state);
  return { status: 303, location: target.href };
}

const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  // No script at all; the form posts only to this origin; never in a frame (clickjacking of a sign-in page).
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        fail(new Error('body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

/** The origin a request was made to (the dev and preview servers speak plain HTTP). */
function originOf(req: IncomingMessage): string {
  return `http://${req.headers.host ?? '127.0.0.1'}`;
}

/** Answers GET and POST of the authorize page and its style sheet; anything else goes on (`next`). */
export async function authorizeMiddleware(req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === AUTHORIZE_CSS_PATH && (req.method === 'GET' || req.method === 'HEAD')) {
    res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(resolve(import.meta.dirname, 'mock-authorize.css')));
    return;
  }
  if (url.pathname !== AUTHORIZE_PATH) return next();
  if (req.method === 'GET' || req.method === 'HEAD') {
    const read = readAuthorizeRequest(url.searchParams, originOf(req));
    const [status, html] =
      'problem' in read
        ? [400, renderProblemPage(read.problem, localeOf(url.searchParams))]
        : [200, renderAuthorizePage(read.request)];
    res.writeHead(status, PAGE_HEADERS);
    res.end(req.method === 'HEAD' ? undefined : html);
    return;
  }
  if (req.method !== 'POST') {
    res.writeHead(405, { Allow: 'GET, HEAD, POST' }).end();
    return;
  }
  let body: string;
  try {
    body = await readBody(req);
  } catch {
    res.writeHead(413).end();
    return;
  }
  const answer = await answerAuthorizePost(new URLSearchParams(body), originOf(req));
  if (answer.status === 303) {
    res.writeHead(303, { Location: answer.location, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
    res.end();
    return;
  }
  res.writeHead(answer.status, PAGE_HEADERS);
  res.end(answer.html);
}

/**
 * The dev server's path of a mock page or one of its files (`/mocks/verification/bank-page.ts`): the file in the
 * repository, as vite serves a file outside its root (`/@fs/…`). `undefined` for any other path.
 */
export function devPathOf(pathname: string, root = repoRoot): string | undefined {
  const match =
    /^\/mocks\/(?:(identity|verification)\/(bank\.html|bank-page\.ts|bank-page\.css)|(payments)\/(acquirer\.html|acquirer\.ts|acquirer\.css))$/.exec(
      pathname,
    );
  if (!match) return undefined;
  return `/@fs${resolve(root, 'mocks', (match[1] ?? match[3])!, (match[2] ?? match[4])!).replaceAll('\\', '/')}`;
}

function rewriteMockPages(req: IncomingMessage, _res: ServerResponse, next: () => void): void {
  const url = new URL(req.url ?? '/', 'http://x');
  const path = devPathOf(url.pathname);
  if (path) req.url = `${path}${url.search}`;
  next();
}

const run = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void => {
  authorizeMiddleware(req, res, next).catch(next);
};

/** Builds the mock pages (MOCK_PAGES) into `outDir`, at their URL paths, with their assets under `mocks/assets/`. */
export async function buildMockPages(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: repoRoot,
    base: '/',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2022',
      assetsDir: 'mocks/assets',
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      // MSW and the mock database: a big chunk, fine for a mock page.
      chunkSizeWarningLimit: 4096,
      rolldownOptions: {
        input: Object.fromEntries(Object.values(MOCK_PAGES).map((file) => [file, resolve(repoRoot, file)])),
      },
    },
  });
}

/**
 * The plugin: the authorize page in the dev and preview servers, the bank pages in the dev server (from source) and
 * in every build's output (so the preview and a built Storybook serve them).
 */
export function mockPages(): Plugin {
  let outDir: string | undefined;
  return {
    name: 'gu-mock-pages',
    configResolved(config) {
      outDir = config.command === 'build' ? resolve(config.root, config.build.outDir) : undefined;
    },
    configureServer(server) {
      server.middlewares.use(run);
      server.middlewares.use(rewriteMockPages);
    },
    configurePreviewServer(server) {
      server.middlewares.use(run);
    },
    closeBundle: {
      sequential: true,
      async handler() {
        if (outDir) await buildMockPages(outDir);
      },
    },
  };
}
