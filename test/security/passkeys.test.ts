/**
 * «Ключи доступа» of <gu-security-settings>, keyboard only, with Chromium's virtual authenticator
 * (test/tools/webauthn-plugin.mjs): a passkey added (the authenticator holds it, the mock verifies its attestation),
 * renamed in place and removed after a confirmation — the removed one no longer signs in through the identity API
 * the way <gu-login> calls it. Where the browser cannot: the citizen cancelling and a browser without WebAuthn, each
 * said in its own words.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { getPasskeyAssertion } from '../../components/core/api/webauthn.js';
import type { GuSecurityPasskeys } from '../../components/security/parts/passkeys.js';
import { resetMockIdentity } from '../../mocks/identity/index.js';
import {
  addVirtualAuthenticator,
  removeVirtualAuthenticator,
  setUserPresence,
  virtualCredentials,
} from '../helpers/webauthn.js';
import {
  byName,
  deepActiveElement,
  deepText,
  expectAccessible,
  mountSecurity,
  recordAnnouncements,
  selectAll,
  sendKeys,
  tabTo,
  until,
} from './harness.js';

const press = (key: string) => sendKeys({ press: key });

async function openPasskeys() {
  const h = await mountSecurity({ view: 'passkeys', beforeMount: () => resetMockIdentity() });
  const root = await h.waitForView('passkeys');
  return { h, root };
}

const names = (root: ShadowRoot): string[] =>
  [...root.querySelectorAll('[data-passkey] strong')].map((el) => el.textContent!.trim());

/** Signs in with a passkey through the identity API as <gu-login> does: the options, the browser, the assertion. */
async function passkeySignIn(): Promise<number> {
  const authorization = {
    clientId: 'gu-kit-demo',
    redirectUri: `${location.origin}/`,
    scope: 'openid',
    state: 's',
    nonce: 'n',
    codeChallenge: 'A'.repeat(43),
    codeChallengeMethod: 'S256',
  };
  const start = await fetch('/api/identity/passkey', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ authorization }),
  });
  const options = (await start.json()) as {
    flowId: string;
    publicKey: { challenge: string; rpId: string; timeout: number };
  };
  const assertion = await getPasskeyAssertion(options.publicKey);
  const answer = await fetch(`/api/identity/flows/${options.flowId}/passkey`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(assertion),
  });
  return answer.status;
}

describe('<gu-security-settings> passkeys', () => {
  afterEach(() => removeVirtualAuthenticator());

  it('adds, renames and removes a passkey with the keyboard and the virtual authenticator', async () => {
    await addVirtualAuthenticator();
    const { h, root } = await openPasskeys();
    expect(deepText(root)).to.contain('Ключей доступа нет.');
    const said = recordAnnouncements();
    const calls = h.recordRequests();

    // Add: a name, Enter — the browser's question is answered by the authenticator.
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo(byName('Название ключа'), 'the name field');
    await sendKeys({ type: 'Рабочий ноутбук' });
    await press('Enter');
    await said.until('Ключ доступа «Рабочий ноутбук» добавлен.', 15_000);
    expect(names(root)).to.deep.equal(['Рабочий ноутбук']);
    const held = await virtualCredentials();
    expect(held).to.have.length(1);
    const id = root.querySelector('[data-passkey]')!.getAttribute('data-passkey');
    expect(id, 'the listed passkey is the authenticator’s').to.equal(held[0]!.credentialId);
    expect(calls.count('POST', 'security/passkeys/options')).to.equal(1);
    expect(calls.count('POST', 'security/passkeys')).to.equal(1);
    expect(deepText(root)).to.contain('для входа ещё не использовался');
    await expectAccessible(root.host as HTMLElement);

    // It signs in, and the list says when.
    expect(await passkeySignIn()).to.equal(200);

    // Rename in place: the button, the field with the old name, a new one, Enter.
    await tabTo(byName('Переименовать'), 'rename');
    await press('Enter');
    await until(() => deepActiveElement()?.localName === 'input', 5000, 'focus in the rename field');
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('Рабочий ноутбук');
    await selectAll();
    await sendKeys({ type: 'Ноутбук дома' });
    await press('Enter');
    await said.until('Ключ переименован: «Ноутбук дома».', 10_000);
    expect(names(root)).to.deep.equal(['Ноутбук дома']);
    await until(() => deepActiveElement()?.getAttribute('data-rename') === id, 5000, 'focus back on «Переименовать»');
    expect(calls.calls.find((call) => call.method === 'PATCH')?.body).to.deep.equal({ name: 'Ноутбук дома' });
    // The sign-in made above shows as the last one.
    expect(deepText(root)).to.contain('последний вход');

    // Remove after the confirmation.
    await tabTo(byName('Удалить'), 'remove');
    await press('Enter');
    await until(() => deepText(root).includes('Удалить ключ доступа «Ноутбук дома»?'), 5000, 'the confirmation');
    await tabTo((el) => el.id === 'confirm-remove', 'the confirm button');
    await press('Enter');
    await said.until('Ключ доступа «Ноутбук дома» удалён.', 10_000);
    expect(names(root)).to.deep.equal([]);
    expect(calls.count('DELETE', `security/passkeys/${id}`)).to.equal(1);
    said.stop();

    // A removed passkey no longer signs in.
    expect(await passkeySignIn()).to.equal(422);
  }).timeout(90_000);

  it('says when the citizen cancelled the browser’s question, and adds nothing', async () => {
    await addVirtualAuthenticator();
    await setUserPresence(false);
    const { h, root } = await openPasskeys();
    // The browser's question times out after the server's `timeout`: a short one, so the test need not wait a minute.
    h.worker.use(
      http.post('*/api/security/passkeys/options', () =>
        HttpResponse.json({
          challenge: 'Y2hhbGxlbmdlLW9mLXRoZS10ZXN0LTAxMjM0NTY3ODk',
          rpId: location.hostname,
          rpName: 'Госуслуги (gu-kit mock)',
          userId: 'cGVyc29uLTE',
          userName: 'confirmed',
          userDisplayName: 'Петрова Анна',
          timeout: 2000,
          excludeCredentials: [],
        }),
      ),
    );
    const calls = h.recordRequests();
    const said = recordAnnouncements();
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo(byName('Название ключа'), 'the name field');
    await sendKeys({ type: 'Телефон' });
    await press('Enter');
    await said.until('Создание ключа отменено', 30_000);
    expect(root.querySelector('[role="alert"]')!.textContent).to.contain('Создание ключа отменено');
    expect(names(root)).to.deep.equal([]);
    expect(calls.count('POST', 'security/passkeys'), 'nothing sent to add').to.equal(0);
    said.stop();
  }).timeout(60_000);

  it('explains a browser without passkeys instead of offering to add one', async () => {
    const { root } = await openPasskeys();
    const part = root.host as GuSecurityPasskeys;
    part.support = 'no-api';
    await part.updateComplete;
    expect(deepText(root)).to.contain('Этот браузер не поддерживает ключи доступа.');
    expect(root.querySelector('gu-text-field')).to.equal(null);
    part.support = 'insecure';
    await part.updateComplete;
    expect(deepText(root)).to.contain('только на защищённой странице (https)');
    await expectAccessible(root.host as HTMLElement);
  });
});
