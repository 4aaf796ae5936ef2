/** Harness of the <gu-verification> tests: a real <gu-session> on the mock provider, signed in, with the widget inside. */
import { html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/verification/gu-verification.js';
import type { GuVerification } from '../../components/verification/verification.js';
import type { GuSession } from '../../components/core/session/session-element.js';
import {
  configureVerificationMock,
  resetVerificationMock,
  setContactsConfirmed,
} from '../../mocks/verification/index.js';
import { freshSession, mountSession, signInEmbedded, waitForStatus } from '../core/session/session-harness.js';
import { deepActiveElement } from '../helpers/perceive.js';
import { until } from '../helpers/until.js';

export { deepActiveElement, until };

/** Signs in `login` and mounts widgets inside the session. */
export async function mountSignedIn(
  login: 'simplified' | 'standard' | 'confirmed',
  content = html`<gu-verification></gu-verification>`,
  contactsConfirmed = true,
): Promise<{ session: GuSession; widget: GuVerification }> {
  await freshSession();
  resetVerificationMock();
  configureVerificationMock({ checkMs: 1500, letterStepMs: 200 });
  setContactsConfirmed('person-4', { phone: true, email: contactsConfirmed });
  const session = await mountSession({}, content);
  await signInEmbedded(session, login);
  await waitForStatus(session, ['signed-in']);
  const widget = session.querySelector('gu-verification')!;
  await until(() => widget.shadowRoot?.querySelector('[data-current-level]'), 'overview');
  return { session, widget };
}

/** The open flow part's shadow root. */
export function part(widget: GuVerification): ShadowRoot {
  const element = widget.shadowRoot!.querySelector('[data-part]');
  if (!element?.shadowRoot) throw new Error('no part open');
  return element.shadowRoot;
}

/** Presses Tab until the focused element (deep) matches, then returns it. */
export async function tabTo(match: (el: Element) => boolean, what: string, max = 60): Promise<Element> {
  for (let i = 0; i < max; i += 1) {
    const active = deepActiveElement();
    if (active && match(active)) return active;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

export const byText = (text: string) => (el: Element) => {
  const host = (el.getRootNode() as ShadowRoot).host;
  const own = (el.textContent ?? '').trim();
  return own.includes(text) || (own === '' && (host?.textContent ?? '').trim().includes(text));
};

/** Selects all text of the focused input (Ctrl+A). */
export async function selectAll(): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'KeyA' });
  await sendKeys({ up: 'Control' });
}
export const byLabel = (label: string) => (el: Element) => {
  const id = el.id;
  const root = el.getRootNode() as ShadowRoot;
  return Boolean(id && root.querySelector?.(`label[for="${id}"]`)?.textContent?.includes(label));
};
