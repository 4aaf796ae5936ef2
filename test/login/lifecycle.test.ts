/**
 * Issue 12, defect 8: <gu-login> moved or re-attached (portals and frameworks move elements) must still submit, fetch
 * and announce; removed, it aborts what is in flight.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, delay, http } from 'msw';
import { useMockBackend } from '../helpers/mock-backend.js';
import { expectVisible, recordAnnouncements } from '../helpers/perceive.js';
import { countRequests, input, mountLogin, typeInto, waitForStep, internals } from './harness.js';

describe('<gu-login> removed and re-attached', () => {
  it('submits, fetches and announces again after being removed and put back', async () => {
    const { login } = await mountLogin();
    await internals(login).ready();
    const parent = login.parentElement!;
    login.remove();
    await login.updateComplete;
    parent.append(login);
    await login.updateComplete;
    const requests = countRequests('/identity/sign-in');
    const announcements = recordAnnouncements({ existingOnly: true });
    try {
      await typeInto(input(login, 'Телефон'), 'standard');
      await typeInto(input(login, 'Пароль'), 'wrong-password');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => requests.count() === 1, 'the sign-in request is made', { timeout: 5000 });
      await announcements.until(/Неверный логин или пароль/);
      expectVisible(login.querySelector('.gu-login__alert-box'), 'the error');
      // And the right password signs in further, moved once more on the way.
      document.body.append(login);
      parent.append(login);
      input(login, 'Пароль').select();
      await typeInto(input(login, 'Пароль'), 'standard-2026');
      await sendKeys({ press: 'Enter' });
      await waitForStep(login, 'code');
      await announcements.until(/Код отправлен/);
    } finally {
      requests.stop();
      announcements.stop();
    }
  });

  it('aborts a request in flight when removed (nothing is shown afterwards)', async () => {
    const { login } = await mountLogin();
    await internals(login).ready();
    const worker = await useMockBackend('default');
    let answered = 0;
    worker.use(
      http.post('*/api/identity/sign-in', async () => {
        await delay(1500);
        answered += 1;
        return HttpResponse.json(
          { code: 'invalid-credentials', message: 'Неверный логин или пароль' },
          { status: 401 },
        );
      }),
    );
    const parent = login.parentElement!;
    await typeInto(input(login, 'Телефон'), 'standard');
    await typeInto(input(login, 'Пароль'), 'standard-2026');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => internals(login).isBusy, 'the request is in flight', { timeout: 5000 });
    login.remove();
    // The client gave up the request at once (not when the server answered).
    await waitUntil(() => !internals(login).isBusy, 'the request is aborted', { timeout: 5000 });
    expect(answered, 'aborted before the answer').to.equal(0);
    parent.append(login);
    await waitUntil(() => answered === 1, 'the server answered the aborted request', { timeout: 5000 });
    await login.updateComplete;
    expect(login.step).to.equal('sign-in');
    expect(login.querySelector('.gu-login__alert-box')).to.equal(null);
  });
});
