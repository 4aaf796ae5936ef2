/**
 * Issue 12, defect 11 (login part): the bank sign-in followed whatever `redirectUrl` the backend answered. A
 * `javascript:`, `data:`, `//evil.example` (and backslash / encoded) answer must not navigate: the page stays where
 * it is, no script runs, and a clear error is shown and announced. A same-origin or https answer is still followed
 * (checked in the e2e bank test, which really navigates).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import { useMockBackend } from '../helpers/mock-backend.js';
import { expectVisible, recordAnnouncements } from '../helpers/perceive.js';
import { mountLogin, waitForStep, internals } from './harness.js';

const hostile = [
  'javascript:window.__guBankXss=1',
  'JaVaScRiPt:window.__guBankXss=1',
  'java\tscript:window.__guBankXss=1',
  'data:text/html,<script>window.__guBankXss=1</script>',
  '//evil.example/bank',
  '\\\\evil.example/bank',
  'http://evil.example/bank',
];

describe('<gu-login> bank sign-in: the URL from the server is checked', () => {
  for (const redirectUrl of hostile)
    it(`does not follow «${redirectUrl}» and says why`, async () => {
      const { login } = await mountLogin();
      await internals(login).ready();
      const worker = await useMockBackend('default');
      worker.use(
        http.post('*/api/identity/bank', () => HttpResponse.json({ flowId: 'bank-x', step: 'bank', redirectUrl })),
      );
      const before = location.href;
      const unload = { fired: false };
      const onUnload = () => (unload.fired = true);
      window.addEventListener('beforeunload', onUnload);
      const announcements = recordAnnouncements({ existingOnly: true });
      try {
        const bankButton = [...login.querySelectorAll<HTMLButtonElement>('.gu-login__ways button')].find(
          (button) => button.textContent?.trim() === 'Через банк',
        )!;
        bankButton.focus();
        await sendKeys({ press: 'Enter' });
        await waitForStep(login, 'bank');
        const go = [...login.querySelectorAll<HTMLButtonElement>('button[type=submit]')].find((button) =>
          button.textContent?.includes('Перейти в банк'),
        )!;
        go.focus();
        await sendKeys({ press: 'Enter' });
        await announcements.until(/недопустимый адрес страницы банка/);
        expectVisible(login.querySelector('.gu-login__alert-box'), 'the error');
        await waitUntil(() => !internals(login).isBusy, 'the request is over');
        expect(location.href).to.equal(before);
        expect(unload.fired, 'no navigation started').to.equal(false);
        expect((window as { __guBankXss?: number }).__guBankXss).to.equal(undefined);
      } finally {
        announcements.stop();
        window.removeEventListener('beforeunload', onUnload);
      }
    });
});
