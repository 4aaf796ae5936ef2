/** Contacts by keyboard (with the remaining-attempts counter), scan upload states, and the draft kept over a sign-in. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, delay, http } from 'msw';
import { expectAccessible } from '../helpers/a11y.js';
import { startMockWorker } from '../../mocks/browser.js';
import type { GuVerificationUpload } from '../../components/verification/parts/upload.js';
import { byLabel, byText, deepActiveElement, mountSignedIn, part, selectAll, tabTo, until } from './harness.js';
import { signInEmbedded, waitForStatus } from '../core/session/session-harness.js';

const otpInput = (el: Element) =>
  el.tagName === 'INPUT' && (el.getRootNode() as ShadowRoot).host?.tagName === 'GU-OTP-FIELD';
const scan = (name = 'passport.jpg', bytes = 4096) => new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' });

describe('gu-verification: contacts, keyboard only', () => {
  it('confirms the e-mail: code sent, wrong code counts the attempts down, right code confirms', async () => {
    const { widget } = await mountSignedIn('simplified', undefined, false);
    const confirmed: string[] = [];
    widget.addEventListener('gu-verification-contact-confirmed', (e) => confirmed.push(e.detail.channel));
    await tabTo((el) => el.getAttribute('aria-label') === 'Подтвердить почту', 'confirm e-mail');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.textContent?.includes('Подтверждение электронной почты'), 'heading');
    await tabTo(byText('Отправить код'), 'send');
    await sendKeys({ press: 'Enter' });
    await until(() => otpInput(deepActiveElement()!), 'code field focused');
    expect(part(widget).querySelector('[data-attempts]')!.textContent).to.include('Осталось 5 попыток');
    await sendKeys({ type: '111111' });
    await sendKeys({ press: 'Enter' });
    const fieldText = () => part(widget).querySelector('gu-otp-field')!.shadowRoot!.textContent!;
    await until(() => fieldText().includes('Неверный код'), 'wrong code');
    expect(fieldText()).to.include('Осталось 4 попытки');
    await expectAccessible(widget);
    await selectAll();
    await sendKeys({ type: '123456' });
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.textContent?.includes('Электронная почта подтверждена'), 'done');
    expect(confirmed).to.deep.equal(['email']);
    await tabTo(byText('К уровням учётной записи'), 'to overview');
    await sendKeys({ press: 'Enter' });
    await until(() => widget.shadowRoot!.querySelector('[data-current-level]'), 'overview');
    expect(widget.shadowRoot!.textContent).to.include('Подтверждена');
  });
});

describe('gu-verification: scan upload', () => {
  async function uploader(maxFileMb = 10): Promise<GuVerificationUpload> {
    const { widget } = await mountSignedIn('simplified');
    widget.maxFileMb = maxFileMb;
    widget.step = 'standard';
    await until(() => part(widget).querySelector('gu-verification-upload'), 'upload');
    const element = part(widget).querySelector<GuVerificationUpload>('gu-verification-upload')!;
    await element.updateComplete;
    return element;
  }
  const text = (element: GuVerificationUpload) => element.shadowRoot!.textContent!;

  it('refuses a wrong type and a too large file with the reason, before sending', async () => {
    const element = await uploader(1);
    element.addFiles([new File(['gif'], 'scan.gif', { type: 'image/gif' })]);
    await until(() => text(element).includes('нужен JPG, PNG или PDF'), 'type refused');
    expect(element.shadowRoot!.querySelector('#file-error')!.getAttribute('role')).to.equal('alert');
    element.addFiles([scan('big.jpg', 2 * 1024 * 1024)]);
    await until(() => text(element).includes('больше 1 МБ'), 'size refused');
    expect(element.shadowRoot!.querySelector('progress')).to.equal(null);
    expect(element.documentIds).to.deep.equal([]);
  });

  it('shows progress, cancels, retries and finishes', async () => {
    const worker = await startMockWorker({ quiet: true });
    const element = await uploader();
    let calls = 0;
    worker.use(
      http.post('*/api/verification/documents', async () => {
        calls += 1;
        await delay(calls === 1 ? 5000 : 300);
        return HttpResponse.json(
          { id: 'scan-x', fileName: 'passport.jpg', mediaType: 'image/jpeg', size: 4096 },
          { status: 201 },
        );
      }),
    );
    element.addFiles([scan()]);
    await until(() => element.shadowRoot!.querySelector('progress'), 'progress');
    expect(element.uploading).to.equal(true);
    element.shadowRoot!.querySelector<HTMLElement>('input[type="file"]')!.focus();
    await tabTo(byText('Отменить'), 'cancel');
    await sendKeys({ press: 'Enter' });
    await until(() => text(element).includes('отменена'), 'cancelled');
    await tabTo(byText('Повторить'), 'retry');
    await sendKeys({ press: 'Enter' });
    await until(() => text(element).includes('загружен'), 'uploaded');
    expect(element.documentIds).to.deep.equal(['scan-x']);
    await expectAccessible(element);
  });

  it('a failed upload says why and can be retried', async () => {
    const worker = await startMockWorker({ quiet: true });
    const element = await uploader();
    let calls = 0;
    worker.use(
      http.post('*/api/verification/documents', () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json({ code: 'server', message: 'Ошибка' }, { status: 500 })
          : HttpResponse.json(
              { id: 'scan-y', fileName: 'passport.jpg', mediaType: 'image/jpeg', size: 4096 },
              { status: 201 },
            );
      }),
    );
    element.addFiles([scan()]);
    await until(() => text(element).includes('Не удалось загрузить'), 'failed');
    element.shadowRoot!.querySelector<HTMLElement>('.card button')!.click();
    await until(() => element.documentIds.includes('scan-y'), 'retried');
  });
});

describe('gu-verification: session ends while typing', () => {
  it('keeps the typed form in memory and gives it back after sign-in', async () => {
    const { widget, session } = await mountSignedIn('simplified');
    widget.step = 'standard';
    await until(() => part(widget).querySelector('form'), 'form');
    await tabTo(byLabel('Кем выдан'), 'issued by');
    await sendKeys({ type: 'ОВД района Арбат' });
    await tabTo(byLabel('Место рождения'), 'birth place');
    await sendKeys({ type: 'г. Тула' });
    window.dispatchEvent(new CustomEvent('gu-session-ending', { detail: { reason: 'idle-timeout' } }));
    await session.signOut();
    await until(() => widget.shadowRoot!.querySelector('[data-draft]'), 'draft kept notice');
    expect(JSON.stringify({ ...sessionStorage, ...localStorage })).not.to.include('Арбат');
    await signInEmbedded(session, 'simplified');
    await waitForStatus(session, ['signed-in']);
    await until(
      () => (part(widget).querySelector('[name="issuedBy"]') as HTMLInputElement | null)?.value === 'ОВД района Арбат',
      'restored',
    );
    expect((part(widget).querySelector('[name="birthPlace"]') as HTMLInputElement).value).to.equal('г. Тула');
  });
});
