/**
 * Issue 12, defect 12 (login part): the password had no length cap, and the identity API's other free-text fields no
 * limit or character policy. The contract's `maxLength` is enforced in the client — a precise message next to the
 * field, announced as soon as a paste crosses it, the pasted text never cut, nothing sent — and by the mock (400
 * with a field error) for what a client might send anyway.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/core/ui/gu-password-field.js';
import type { GuPasswordField } from '../../components/core/ui/password-field.js';
import { expectVisible, recordAnnouncements } from '../helpers/perceive.js';
import { countRequests, input, mountLogin, typeInto, waitForStep, internals } from './harness.js';

const long = (length: number): string => 'Aa1!'.repeat(Math.ceil(length / 4)).slice(0, length);

/** Pastes `text` into a focused input as the browser does (an insertFromPaste-like insertText). */
async function pasteInto(control: HTMLInputElement, text: string): Promise<void> {
  control.focus();
  control.select();
  document.execCommand('insertText', false, text);
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

async function identityPost(
  path: string,
  body: unknown,
): Promise<{ status: number; fields: { field: string; code: string }[] }> {
  const response = await fetch(`/api/identity${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { fields?: { field: string; code: string }[] };
  return { status: response.status, fields: (json.fields ?? []).map(({ field, code }) => ({ field, code })) };
}

describe('<gu-login> input limits of the identity API', () => {
  it('sign-in: a pasted 200-character password is kept whole, the limit said at once, nothing sent', async () => {
    const { login } = await mountLogin();
    await internals(login).ready();
    await typeInto(input(login, 'Телефон'), 'confirmed');
    const announcements = recordAnnouncements({ existingOnly: true });
    const requests = countRequests('/identity/sign-in');
    try {
      const password = input(login, 'Пароль');
      await pasteInto(password, long(200));
      expect(password.value.length, 'not cut').to.equal(200);
      await announcements.until('Пароль — не больше 128 символов, сейчас 200');
      expectVisible(login.querySelector(`#${internals(login).uid}-password-error`), 'the message next to the password');
      expect(password.getAttribute('aria-invalid')).to.equal('true');
      expect(password.hasAttribute('maxlength'), 'no silent truncation').to.equal(false);
      await sendKeys({ press: 'Enter' });
      await login.updateComplete;
      expect(login.querySelector('.gu-login__summary')?.textContent).to.contain('не больше 128 символов');
      expect(requests.count(), 'nothing sent').to.equal(0);
      // Shortened, it signs in as usual.
      await pasteInto(password, 'confirmed-2026');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => requests.count() === 1, 'sent once within the limit', { timeout: 5000 });
    } finally {
      requests.stop();
      announcements.stop();
    }
  });

  it('a NUL byte in the password is named, with its position', async () => {
    const { login } = await mountLogin();
    await internals(login).ready();
    await pasteInto(input(login, 'Пароль'), 'abc\u0000def');
    await waitUntil(() =>
      /U\+0000 \(позиция 4\)/.test(login.querySelector(`#${internals(login).uid}-password-error`)?.textContent ?? ''),
    );
  });

  it('new password and registration names: precise messages, English too', async () => {
    const { login } = await mountLogin();
    login.flowKind = 'recovery';
    login.flow = { flowId: 'x', step: 'password', password: { policy: 'default', minLength: 8, maxLength: 128 } };
    login.step = 'password';
    await waitForStep(login, 'password');
    await pasteInto(input(login, 'Новый пароль'), long(129));
    await waitUntil(() => /Новый пароль — не больше 128 символов, сейчас 129/.test(login.textContent ?? ''));
    const en = (await mountLogin({ lang: 'en' })).login;
    internals(en).go('register', undefined, 'registration');
    await waitForStep(en, 'register');
    await pasteInto(input(en, 'Surname'), 'Я'.repeat(101));
    await waitUntil(() => /Surname: at most 100 characters, now 101/.test(en.textContent ?? ''), en.textContent ?? '');
  });

  it('gu-password-field: a pasted long password is kept, the limit is said next to it at once', async () => {
    const field = await fixture<GuPasswordField>(html`<gu-password-field label="Пароль"></gu-password-field>`);
    await field.updateComplete;
    const announcements = recordAnnouncements({ existingOnly: true });
    try {
      const native = field.shadowRoot!.querySelector('input')!;
      await pasteInto(native, long(150));
      expect(native.value.length).to.equal(150);
      expect(native.hasAttribute('maxlength')).to.equal(false);
      await announcements.until('Пароль — не больше 128 символов, сейчас 150');
      expectVisible(field.shadowRoot!.querySelector('#error'), 'the message');
      expect(field.checkValidity()).to.equal(false);
    } finally {
      announcements.stop();
    }
  });

  it('the mock refuses what is over the contract with 400 and a field error', async () => {
    await mountLogin();
    expect(await identityPost('/sign-in', { login: 'confirmed', password: long(129) })).to.deep.equal({
      status: 400,
      fields: [{ field: 'password', code: 'too-long' }],
    });
    expect(await identityPost('/sign-in', { login: 'confirmed', password: 'ab\u0000cd' })).to.deep.equal({
      status: 400,
      fields: [{ field: 'password', code: 'control-character' }],
    });
    expect(
      await identityPost('/registration', {
        surname: 'Я'.repeat(101),
        name: 'Анна',
        contact: '+79165551234',
        consent: true,
      }),
    ).to.deep.equal({ status: 400, fields: [{ field: 'surname', code: 'too-long' }] });
    expect(await identityPost('/recovery', { identifier: '1'.repeat(255) })).to.deep.equal({
      status: 400,
      fields: [{ field: 'identifier', code: 'too-long' }],
    });
    expect(
      await identityPost('/flows/any/questions', { answers: [{ id: 'q1', answer: 'а'.repeat(201) }] }),
    ).to.deep.equal({ status: 400, fields: [{ field: 'q1', code: 'too-long' }] });
    expect(await identityPost('/flows/any/password', { password: long(129) })).to.deep.equal({
      status: 400,
      fields: [{ field: 'password', code: 'too-long' }],
    });
  });
});
