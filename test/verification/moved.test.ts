/**
 * Portals and frameworks move elements: <gu-verification> removed and attached again must still send what the citizen
 * asks for and show the answer (issue 12, defect 8: the parts aborted their requests for good on removal).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { startMockWorker } from '../../mocks/browser.js';
import { deepText, expectVisible } from '../helpers/perceive.js';
import { byText, deepActiveElement, mountSignedIn, part, tabTo, until } from './harness.js';

const otpInput = (el: Element | null) =>
  el?.tagName === 'INPUT' && (el.getRootNode() as ShadowRoot).host?.tagName === 'GU-OTP-FIELD';

describe('gu-verification: moved or re-attached', () => {
  it('removed and attached again, a step submitted with the keyboard still sends its request and shows the answer', async () => {
    const worker = await startMockWorker({ quiet: true });
    const sent: string[] = [];
    const onRequest = ({ request }: { request: Request }) => {
      if (request.method === 'POST') sent.push(new URL(request.url).pathname);
    };
    worker.events.on('request:start', onRequest);
    try {
      const { widget, session } = await mountSignedIn('simplified', undefined, false);
      await tabTo((el) => el.getAttribute('aria-label') === 'Подтвердить почту', 'confirm e-mail');
      await sendKeys({ press: 'Enter' });
      await until(() => deepActiveElement()?.textContent?.includes('Подтверждение электронной почты'), 'heading');

      // Moved: out of the page, then back (the same element, as a portal's layout or a framework does it).
      widget.remove();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      session.append(widget);
      await until(() => part(widget).querySelector('h3'), 'step shown again');

      part(widget).querySelector<HTMLElement>('h3')!.focus();
      await tabTo(byText('Отправить код'), 'send');
      await sendKeys({ press: 'Enter' });
      await until(() => otpInput(deepActiveElement()), 'code field focused after the move');
      expect(sent.filter((path) => path.endsWith('/verification/contacts/codes'))).to.have.length(1);
      expectVisible(part(widget).querySelector('[data-code-sent]'), 'code sent');
      expect(deepText(part(widget))).to.include('Код отправлен');

      await sendKeys({ type: '123456' });
      await sendKeys({ press: 'Enter' });
      await until(() => deepActiveElement()?.textContent?.includes('Электронная почта подтверждена'), 'confirmed');
    } finally {
      worker.events.removeListener('request:start', onRequest);
    }
  });
});
