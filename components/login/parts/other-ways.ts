/**
 * The other ways in (seeds 001, 004; loaded on demand): electronic signature (a certificate from the list, a signed
 * challenge), bank ID (a round trip through the bank's page), a passkey (WebAuthn) and a QR code for the mobile app
 * (polled). Each ends with the authorization response the session exchanges.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { safeServerUrl } from '../../core/api/safe-url.js';
import {
  getPasskeyAssertion,
  passkeySupport,
  toBase64Url,
  type PasskeyAssertionJson,
} from '../../core/api/webauthn.js';
import type { Catalogs } from '../../core/i18n/index.js';
import { LocaleController } from '../../core/i18n/locale-controller.js';
import { flowPath, type IdentityStep } from '../api.js';
import type { LoginStep } from '../context.js';
import type { LoginMethod } from '../events.js';
import { LoginPart } from './part.js';
import { qrSvg } from '../../core/ui/qr-svg.js';

import type * as QrCodeModule from '../../core/ui/qr-code.js';

let qrCodePromise: Promise<typeof QrCodeModule | undefined> | undefined;
/** The QR encoder, loaded with the QR step only; when it cannot load, the link alone stays. */
const loadQrCode = (): Promise<typeof QrCodeModule | undefined> =>
  (qrCodePromise ??= import('../../core/ui/qr-code.js').catch((error: unknown) => {
    console.warn('<gu-login>: the QR code could not be drawn; the sign-in link is shown instead.', error);
    return undefined;
  }));

const ru = {
  signatureHeading: 'Вход по электронной подписи',
  signatureIntro:
    'Подключите носитель с квалифицированной электронной подписью. Выберите сертификат — подпись подтвердит вход.',
  certificateLegend: 'Сертификат',
  certificate: (owner: string, issuer: string, until: string): string => `${owner}, ${issuer}, действует до ${until}`,
  expired: (until: string): string => `срок действия истёк ${until}`,
  noCertificates: 'Сертификаты не найдены. Проверьте, что носитель подключён и программа для подписи установлена.',
  sign: 'Подписать и войти',
  bankHeading: 'Вход через банк',
  bankIntro: 'Выберите банк: откроется его страница входа, после подтверждения вы вернётесь сюда.',
  bankLegend: 'Банк',
  bankGo: 'Перейти в банк',
  bankReturning: 'Завершаем вход через банк…',
  bankDenied: 'Банк не подтвердил вход. Попробуйте снова или выберите другой способ.',
  bankUnsafe:
    'Сервер указал недопустимый адрес страницы банка, переход отменён. Выберите другой способ входа или повторите позже.',
  passkeyHeading: 'Вход по ключу доступа',
  passkeyIntro:
    'Ключ доступа (passkey) хранится на вашем устройстве. Браузер попросит подтвердить вход отпечатком пальца, лицом или PIN-кодом устройства.',
  passkeyGo: 'Войти с ключом доступа',
  passkeyUnsupported: 'Этот браузер не поддерживает ключи доступа. Выберите другой способ входа.',
  passkeyCancelled: 'Вход по ключу доступа отменён или ключ не найден на этом устройстве.',
  qrHeading: 'Вход по QR-коду',
  qrIntro: 'Откройте приложение Госуслуги на телефоне, выберите «Войти по QR-коду» и наведите камеру на код.',
  qrAlt: 'QR-код для входа через приложение Госуслуги',
  qrLink: 'Ссылка для входа (если камера недоступна)',
  qrWaiting: (left: string): string => `Ждём сканирования. Код действует ещё ${left}.`,
  qrScanned: 'Код отсканирован. Подтвердите вход в приложении.',
  qrExpired: 'Срок действия QR-кода истёк.',
  qrNew: 'Показать новый код',
  back: 'Другие способы входа',
};
const en: typeof ru = {
  signatureHeading: 'Sign in with an electronic signature',
  signatureIntro:
    'Connect the device with your qualified electronic signature. Choose a certificate — the signature confirms the sign-in.',
  certificateLegend: 'Certificate',
  certificate: (owner: string, issuer: string, until: string): string => `${owner}, ${issuer}, valid until ${until}`,
  expired: (until: string): string => `expired on ${until}`,
  noCertificates: 'No certificates found. Check that the device is connected and the signing software is installed.',
  sign: 'Sign and sign in',
  bankHeading: 'Sign in with your bank',
  bankIntro: 'Choose a bank: its sign-in page opens, and after you confirm you come back here.',
  bankLegend: 'Bank',
  bankGo: 'Go to the bank',
  bankReturning: 'Completing the sign-in with your bank…',
  bankDenied: 'The bank did not confirm the sign-in. Try again or choose another way.',
  bankUnsafe:
    'The server gave an address for the bank’s page that is not allowed, so we did not go there. Choose another way to sign in or try again later.',
  passkeyHeading: 'Sign in with a passkey',
  passkeyIntro:
    'A passkey is kept on your device. The browser asks you to confirm with a fingerprint, your face or the device PIN.',
  passkeyGo: 'Sign in with a passkey',
  passkeyUnsupported: 'This browser does not support passkeys. Choose another way to sign in.',
  passkeyCancelled: 'The passkey sign-in was cancelled or no passkey was found on this device.',
  qrHeading: 'Sign in with a QR code',
  qrIntro: 'Open the Gosuslugi app on your phone, choose “Sign in with a QR code” and point the camera at the code.',
  qrAlt: 'QR code for signing in with the Gosuslugi app',
  qrLink: 'Sign-in link (if the camera is unavailable)',
  qrWaiting: (left: string): string => `Waiting for the scan. The code is valid for ${left} more.`,
  qrScanned: 'The code is scanned. Confirm the sign-in in the app.',
  qrExpired: 'The QR code has expired.',
  qrNew: 'Show a new code',
  back: 'Other ways to sign in',
};
const catalogs: Catalogs<typeof ru> = { ru, en };
const BANKS = [
  { id: 'sber', name: { ru: 'СберБанк', en: 'Sberbank' } },
  { id: 'tbank', name: { ru: 'Т-Банк', en: 'T-Bank' } },
  { id: 'vtb', name: { ru: 'ВТБ', en: 'VTB' } },
] as const;

/** The other ways into a <gu-login>: e-signature, bank ID, passkey, QR code. */
export class GuLoginOtherWays extends LoginPart<typeof ru> {
  protected readonly i18n = new LocaleController(this, catalogs);
  private pollTimer?: ReturnType<typeof setTimeout>;
  private qrDeadline = 0;
  private started: LoginStep | undefined;
  private qrCode?: typeof QrCodeModule;

  protected override enter(step: LoginStep): void {
    const flow = this.ctx.flow;
    // A flow given from outside (a story or test) is shown as it is; otherwise the way starts now.
    if (flow && flow.step === step) {
      if (step === 'qr') this.watchQr(flow);
      return;
    }
    this.started = step;
    if (step === 'signature') void this.start('signature');
    if (step === 'qr') void this.start('qr');
    if (step === 'bank') void this.returnFromBank();
  }

  protected override leave(): void {
    clearTimeout(this.pollTimer);
    this.started = undefined;
  }

  private async start(path: 'signature' | 'qr'): Promise<void> {
    const step = await this.ctx.calls.run(async (signal) =>
      this.ctx.api.post(path, { authorization: await this.ctx.authorization() }, signal),
    );
    if (!step || this.started !== path) return;
    this.updateFlow(step);
    if (path === 'qr') this.watchQr(step);
  }

  private async finish(step: IdentityStep | undefined, method: LoginMethod): Promise<void> {
    if (!step) return;
    if (step.step === 'done') this.complete(step, method);
    else this.updateFlow(step);
  }

  // ——— E-signature ———

  private readonly onSign = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const flow = this.ctx.flow;
    if (this.ctx.calls.busy || !flow?.challenge) return;
    const certificateId = new FormData(event.target as HTMLFormElement).get('certificate');
    if (typeof certificateId !== 'string') return;
    // Mock signature: SHA-256 of "<certificateId>:<challenge>". A real deployment calls the crypto plug-in (CAdES).
    const digest = await crypto.subtle.digest(
      'SHA-256',
      new TextEncoder().encode(`${certificateId}:${flow.challenge}`),
    );
    const step = await this.ctx.calls.run((signal) =>
      this.ctx.api.post(flowPath(flow.flowId, 'signature'), { certificateId, signature: toBase64Url(digest) }, signal),
    );
    await this.finish(step, 'signature');
  };

  // ——— Bank ———

  private readonly onBank = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.ctx.calls.busy) return;
    const bankId = new FormData(event.target as HTMLFormElement).get('bank') ?? 'sber';
    const returnUrl = new URL(location.href);
    returnUrl.search = '';
    const step = await this.ctx.calls.run((signal) =>
      this.ctx.api.post('bank', { bankId, returnUrl: returnUrl.href }, signal),
    );
    if (!step) return;
    // A URL from the server is followed only when it is https or same-origin (never javascript:, data:, //evil…).
    const target = safeServerUrl(step.redirectUrl);
    if (!target) {
      console.warn('<gu-login>: the bank sign-in URL from the server was refused:', step.redirectUrl);
      return this.showAlert(this.msg.bankUnsafe);
    }
    location.assign(target);
  };

  /** Back from the bank: `?gu_bank_flow&gu_bank_result` in the URL — finish with a fresh authorization request. */
  private async returnFromBank(): Promise<void> {
    const url = new URL(location.href);
    const flowId = url.searchParams.get('gu_bank_flow');
    const result = url.searchParams.get('gu_bank_result');
    if (!flowId || !result) return;
    url.searchParams.delete('gu_bank_flow');
    url.searchParams.delete('gu_bank_result');
    history.replaceState(history.state, '', url.href);
    this.updateFlow({ flowId, step: 'bank' });
    for (let i = 0; i < 50 && (!this.ctx.session || this.ctx.session.status === 'unknown'); i += 1)
      await new Promise((resolve) => setTimeout(resolve, 100));
    if (result === 'denied') return this.showAlert(this.msg.bankDenied);
    const step = await this.ctx.calls.run(async (signal) =>
      this.ctx.api.post(flowPath(flowId, 'bank'), { authorization: await this.ctx.authorization(), result }, signal),
    );
    await this.finish(step, 'bank');
  }

  // ——— Passkey ———

  private readonly onPasskey = async (): Promise<void> => {
    if (this.ctx.calls.busy) return;
    if (passkeySupport() !== 'supported') return this.showAlert(this.msg.passkeyUnsupported);
    const options = await this.ctx.calls.run(async (signal) =>
      this.ctx.api.post('passkey', { authorization: await this.ctx.authorization() }, signal),
    );
    if (!options?.publicKey) return;
    let assertion: PasskeyAssertionJson;
    try {
      assertion = await getPasskeyAssertion(options.publicKey);
    } catch {
      return this.showAlert(this.msg.passkeyCancelled);
    }
    const step = await this.ctx.calls.run((signal) =>
      this.ctx.api.post(flowPath(options.flowId, 'passkey'), assertion, signal),
    );
    await this.finish(step, 'passkey');
  };

  // ——— QR ———

  private watchQr(step: IdentityStep): void {
    clearTimeout(this.pollTimer);
    if (!step.qr) return;
    if (!this.qrCode)
      void loadQrCode().then((module) => {
        this.qrCode = module;
        if (module) this.requestUpdate();
      });
    this.qrDeadline = Date.now() + step.qr.expiresIn * 1000;
    if (step.qr.state === 'expired') return;
    this.pollTimer = setTimeout(() => void this.poll(step.flowId), step.qr.pollInterval);
  }

  private async poll(flowId: string): Promise<void> {
    if (this.currentStep !== 'qr') return;
    try {
      const step = await this.ctx.api.post(flowPath(flowId, 'poll'), { authorization: await this.ctx.authorization() });
      if (this.currentStep !== 'qr') return;
      if (step.step === 'done') return this.complete(step, 'qr');
      const previous = this.ctx.flow?.qr?.state;
      this.updateFlow(step);
      if (step.qr?.state === 'scanned' && previous !== 'scanned') this.announce(this.msg.qrScanned);
      if (step.qr?.state === 'expired') this.showAlert(this.msg.qrExpired);
      this.watchQr(step);
    } catch (error) {
      // A failed poll is retried a little later; the citizen can also start over.
      if (this.currentStep === 'qr' && !(error instanceof Error && error.name === 'AbortError'))
        this.pollTimer = setTimeout(() => void this.poll(flowId), 5000);
    }
  }

  // ——— Render ———

  protected renderStep(step: LoginStep): TemplateResult {
    const back = this.linkButton(this.msg.back, () => this.go('sign-in'));
    switch (step) {
      case 'signature':
        return this.renderSignature(back);
      case 'bank':
        return this.renderBank(back);
      case 'passkey':
        return html`<div class="gu-login__step">
          ${this.heading(this.msg.passkeyHeading)}
          <p>${this.msg.passkeyIntro}</p>
          <div class="gu-login__actions">
            <button
              class="gu-login__button"
              type="button"
              aria-disabled=${this.ctx.calls.busy ? 'true' : 'false'}
              @click=${this.onPasskey}
            >
              ${this.msg.passkeyGo}
            </button>
            ${back}
          </div>
        </div>`;
      default:
        return this.renderQr(back);
    }
  }

  private renderSignature(back: TemplateResult): TemplateResult {
    const certificates = this.ctx.flow?.certificates;
    const firstValid = certificates?.find((item) => !item.expired)?.id;
    return html`${this.heading(this.msg.signatureHeading)}
      <form novalidate @submit=${this.onSign}>
        <p>${this.msg.signatureIntro}</p>
        ${
          !certificates
            ? html`<p role="status">${this.ctx.msg.loadingPart}</p>`
            : certificates.length === 0
              ? html`<p class="gu-login__note">${this.msg.noCertificates}</p>`
              : html`<fieldset>
                  <legend>${this.msg.certificateLegend}</legend>
                  ${certificates.map(
                    (item) =>
                      html`<label class="gu-login__radio">
                        <input
                          type="radio"
                          name="certificate"
                          value=${item.id}
                          ?disabled=${item.expired}
                          ?checked=${item.id === firstValid}
                        />
                        <span class="gu-login__cert">
                          <span
                            >${this.msg.certificate(item.owner, item.issuer, this.ctx.text.date(item.validTo))}</span
                          >
                          ${item.expired ? html`<strong>${this.msg.expired(this.ctx.text.date(item.validTo))}</strong>` : nothing}
                        </span>
                      </label>`,
                  )}
                </fieldset>`
        }
        <div class="gu-login__actions">${firstValid ? this.submitButton(this.msg.sign) : nothing} ${back}</div>
      </form>`;
  }

  private renderBank(back: TemplateResult): TemplateResult {
    const returning = this.ctx.flow?.step === 'bank' && !this.ctx.flow.redirectUrl;
    return html`${this.heading(this.msg.bankHeading)}
    ${
      returning
        ? html`<p role="status">${this.msg.bankReturning}</p>
            <div class="gu-login__actions">${back}</div>`
        : html`<form novalidate @submit=${this.onBank}>
            <p>${this.msg.bankIntro}</p>
            <fieldset>
              <legend>${this.msg.bankLegend}</legend>
              ${BANKS.map(
                (bank, index) =>
                  html`<label class="gu-login__radio">
                    <input type="radio" name="bank" value=${bank.id} ?checked=${index === 0} />
                    <span>${bank.name[this.ctx.locale]}</span>
                  </label>`,
              )}
            </fieldset>
            <div class="gu-login__actions">${this.submitButton(this.msg.bankGo)} ${back}</div>
          </form>`
    }`;
  }

  private renderQr(back: TemplateResult): TemplateResult {
    const qr = this.ctx.flow?.qr;
    const left = Math.max(0, Math.ceil((this.qrDeadline - Date.now()) / 1000));
    const state = qr && left === 0 ? 'expired' : qr?.state;
    return html`<div class="gu-login__step">
      ${this.heading(this.msg.qrHeading)}
      <p>${this.msg.qrIntro}</p>
      ${
        !qr
          ? html`<p role="status">${this.ctx.msg.loadingPart}</p>`
          : html`${
                this.qrCode && state !== 'expired'
                  ? html`<div class="gu-login__qr-box">
                      ${qrSvg(this.qrCode.qrMatrix(qr.payload), this.msg.qrAlt, 192, 'gu-login__qr')}
                    </div>`
                  : nothing
              }
              <figure class="gu-login__note">
                <figcaption>${this.msg.qrLink}:</figcaption>
                ${
                  safeServerUrl(qr.payload)
                    ? html`<a href=${safeServerUrl(qr.payload)!}><code>${qr.payload}</code></a>`
                    : html`<code>${qr.payload}</code>`
                }
              </figure>
              <p>
                ${
                  state === 'scanned'
                    ? this.msg.qrScanned
                    : state === 'expired'
                      ? this.msg.qrExpired
                      : this.msg.qrWaiting(this.ctx.text.later(left)[0])
                }
              </p>`
      }
      <div class="gu-login__actions">
        ${
          state === 'expired'
            ? html`<button
                class="gu-login__button"
                type="button"
                @click=${() => {
                  this.started = 'qr';
                  void this.start('qr');
                }}
              >
                ${this.msg.qrNew}
              </button>`
            : nothing
        }
        ${back}
      </div>
    </div>`;
  }
}

if (!customElements.get('gu-login-other-ways')) customElements.define('gu-login-other-ways', GuLoginOtherWays);
