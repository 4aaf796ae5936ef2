/**
 * Harness of the <gu-login> tests: a real <gu-session> on the mock OIDC provider (MSW) wrapping a <gu-login>, the
 * identity mock reset, and helpers that read like a user (the light-DOM inputs, the alert, the focused element).
 */
import { html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/login/gu-login.js';
import type { GuLogin } from '../../components/login/login.js';
import type { IdentityStep } from '../../components/login/api.js';
import type { FlowKind, LoginStep } from '../../components/login/context.js';
import type { FormState } from '../../components/core/ui/light-dom-form.js';
import type { GuSession } from '../../components/core/session/session-element.js';
import { resetMockIdentity } from '../../mocks/identity/index.js';
import { freshSession, mountSession } from '../core/session/session-harness.js';

export interface Mounted {
  session: GuSession;
  login: GuLogin;
}

/**
 * A fresh mock backend, identity mock and session with a <gu-login> inside. `keepIdentity` keeps the identity mock's
 * state (trusted devices, lockouts): the next visit of the same citizen on the same device.
 */
export async function mountLogin(
  attributes: Record<string, string> = {},
  { keepIdentity = false }: { keepIdentity?: boolean } = {},
): Promise<Mounted> {
  const worker = await freshSession();
  void worker;
  if (!keepIdentity) resetMockIdentity();
  const session = await mountSession(
    {},
    html`<gu-login
      password-policy=${attributes['password-policy'] ?? 'default'}
      lang=${attributes['lang'] ?? 'ru'}
      verify-href="/verify"
    ></gu-login>`,
  );
  const login = session.querySelector('gu-login')!;
  await login.updateComplete;
  return { session, login };
}

/** The members of <gu-login> the tests drive or wait on: private (not its public API), read through this view. */
export interface LoginInternals {
  ready(): Promise<unknown>;
  readonly isBusy: boolean;
  readonly uid: string;
  readonly signInForm: FormState;
  readonly codeForm: FormState;
  go(step: LoginStep, flow?: IdentityStep, kind?: FlowKind): void;
  contextWords: string[];
}

/** The private members of a <gu-login> the tests use. */
export const internals = (login: GuLogin): LoginInternals => login as unknown as LoginInternals;

/** The light-DOM input of a field by its visible label text. */
export function input(login: GuLogin, label: string | RegExp): HTMLInputElement {
  const found = [...login.querySelectorAll('label')].find((item) =>
    typeof label === 'string' ? item.textContent?.includes(label) : label.test(item.textContent ?? ''),
  );
  if (!found) throw new Error(`no label «${String(label)}» in step ${login.step}`);
  const control = found.htmlFor
    ? login.querySelector<HTMLInputElement>(`#${found.htmlFor}`)
    : found.querySelector('input');
  if (!control) throw new Error(`label «${String(label)}» labels nothing`);
  return control;
}

/** The alert region's text (the region itself is always there). */
export function alertText(login: GuLogin): string {
  return login.querySelector('[role="alert"].gu-login__alert')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Waits until the widget is in `step` and rendered. */
export async function waitForStep(login: GuLogin, step: GuLogin['step'], timeout = 5000): Promise<void> {
  await waitUntil(() => login.step === step, `step stayed ${login.step}, expected ${step}`, { timeout });
  await login.updateComplete;
  await waitUntil(() => login.querySelector('.gu-login__heading'), 'no heading', { timeout });
}

/** Waits until the alert says something matching. */
export async function waitForAlert(login: GuLogin, pattern: RegExp, timeout = 5000): Promise<string> {
  await waitUntil(() => pattern.test(alertText(login)), `the alert does not match ${pattern}`, { timeout });
  return alertText(login);
}

/** Focuses an input and types into it with real key presses. */
export async function typeInto(control: HTMLInputElement, text: string): Promise<void> {
  control.focus();
  await sendKeys({ type: text });
}

/** The element that has focus. */
export function focused(): Element | null {
  return document.activeElement;
}

/** Counts fetches whose URL contains `part`. */
export function countRequests(part: string): { count: () => number; stop(): void } {
  const original = window.fetch;
  let count = 0;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.includes(part)) count += 1;
    return original(input, init);
  };
  return { count: () => count, stop: () => (window.fetch = original) };
}
