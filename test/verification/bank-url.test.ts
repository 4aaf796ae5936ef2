/**
 * Issue 12, defect 11 (verification part): the bank confirmation followed whatever address the backend answered.
 * A `javascript:`, `data:`, `//evil.example` (and backslash, mixed-case, `http:` elsewhere) answer must not navigate:
 * the page stays, no script runs, and a clear error is shown next to the form and announced. A same-origin answer is
 * still followed (test/e2e/verification-bank.test.ts navigates for real).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import { startMockWorker } from '../../mocks/browser.js';
import { expectVisible, recordAnnouncements } from '../helpers/perceive.js';
import { byText, deepActiveElement, mountSignedIn, part, tabTo, until } from './harness.js';

const hostile = [
  'javascript:window.__guVerificationBankXss=1',
  'JaVaScRiPt:window.__guVerificationBankXss=1',
  'data:text/html,<script>window.__guVerificationBankXss=1</script>',
  '//evil.example/bank',
  '\\\\evil.example/bank',
  'http://evil.example/bank',
];

describe('<gu-verification> bank confirmation: the address from the server is checked', () => {
  for (const redirectTo of hostile)
    it(`does not follow «${redirectTo}» and says why`, async () => {
      const worker = await startMockWorker({ quiet: true });
      const { widget } = await mountSignedIn('standard');
      worker.use(
        http.post('*/api/verification/confirmations', () =>
          HttpResponse.json(
            {
              id: 'confirmation-x',
              method: 'bank',
              status: 'pending',
              startedAt: new Date().toISOString(),
              bankId: 'sber',
              redirectTo,
            },
            { status: 201 },
          ),
        ),
      );
      await widget.goTo('bank');
      await until(() => part(widget).querySelector('input[name="bank"]'), 'banks');
      const before = location.href;
      const unload = { fired: false };
      const onUnload = () => (unload.fired = true);
      window.addEventListener('beforeunload', onUnload);
      const heard = recordAnnouncements({ existingOnly: true });
      try {
        await tabTo((el) => el.getAttribute('name') === 'bank', 'first bank');
        await sendKeys({ press: 'Space' });
        await tabTo(byText('Перейти в банк'), 'go to the bank');
        await sendKeys({ press: 'Enter' });
        await heard.until('недопустимый адрес страницы банка');
        const problem = part(widget).querySelector('#problem');
        expectVisible(problem, 'the error');
        expect(problem!.textContent).to.include('переход отменён');
        expect(deepActiveElement()).to.equal(problem);
        expect(location.href).to.equal(before);
        expect(unload.fired, 'no navigation started').to.equal(false);
        expect((window as { __guVerificationBankXss?: number }).__guVerificationBankXss).to.equal(undefined);
        expect(part(widget).querySelector('h3')!.textContent).to.include('банк');
      } finally {
        heard.stop();
        window.removeEventListener('beforeunload', onUnload);
      }
    });
});
