/**
 * `gu-security-totp-setup` — the authenticator-app step of «Двухфакторный вход», a chunk of its own loaded when the
 * step opens (with the QR encoder, loaded alongside): the setup from the server (the same pending one again while it
 * lasts, so «Назад» and opening the step again show the SAME key), the QR code of its otpauth URI with a text
 * alternative, the key as text in groups of four (copyable; spelled in groups for screen readers), the app's name, and
 * the first six-digit code → confirmTotpFactor. The parent gets the new state through `onDone`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isApiError } from '../../core/api/api-error.js';
import { LocaleController } from '../../core/i18n/locale-controller.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import { partStyles } from '../../core/theme/looks/part.js';
import '../../core/ui/gu-otp-field.js';
import '../../core/ui/gu-text-field.js';
import { qrSvg } from '../../core/ui/qr-svg.js';
import type * as QrCodeModule from '../../core/ui/qr-code.js';
import { ActionController } from '../../core/widget/action.js';
import type { TwoFactorMessages } from '../locales/two-factor-ru.js';
import { confirmTotpFactor, startTotpFactor } from '../two-factor-api.js';
import type { TotpSetup, TwoFactorState } from '../types.js';
import { SecurityPart } from './part.js';
import { twoFactorMessages } from './two-factor.js';
import { twoFactorStyles } from './two-factor.styles.js';

let qrCodePromise: Promise<typeof QrCodeModule | undefined> | undefined;
/** The QR encoder; when it cannot load, the key as text stays (the step works without the picture). */
const loadQrCode = (): Promise<typeof QrCodeModule | undefined> =>
  (qrCodePromise ??= import('../../core/ui/qr-code.js').catch((error: unknown) => {
    console.warn('<gu-security-settings>: the QR code could not be drawn; the key is shown as text.', error);
    return undefined;
  }));

/** The key in groups of four, as it is typed into an app: «JBSW Y3DP EHPK 3PXP». */
export const groupKey = (secret: string): string => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/** The key spelled for a screen reader, character by character in groups: «J B S W, Y 3 D P, …». */
export const spellKey = (secret: string): string =>
  (secret.match(/.{1,4}/g) ?? [secret]).map((group) => [...group].join(' ')).join(', ');

type Field = HTMLElement & { value: string; checkValidity(): boolean };

export class GuSecurityTotpSetup extends SecurityPart<TwoFactorMessages> {
  static override styles = [baseStyles, partStyles, twoFactorStyles];

  static override properties = {
    ...SecurityPart.properties,
    setup: { state: true },
    qr: { state: true },
    qrFailed: { state: true },
    copied: { state: true },
    attemptsLeft: { state: true },
  };

  protected readonly i18n = new LocaleController(this, twoFactorMessages);
  protected readonly action = new ActionController(this, (error) => this.describe(error));

  /** The app was added: the new two-factor state. */
  onDone: (state: TwoFactorState) => void = () => {};
  /** «Назад»: the parent's main screen. */
  onBack: () => void = () => {};

  declare private setup: TotpSetup | undefined;
  declare private qr: typeof QrCodeModule | undefined;
  declare private qrFailed: boolean;
  declare private copied: string;
  declare private attemptsLeft: number | undefined;

  constructor() {
    super();
    this.setup = undefined;
    this.qr = undefined;
    this.qrFailed = false;
    this.copied = '';
    this.attemptsLeft = undefined;
  }

  protected override firstUpdated(): void {
    // After this update: starting sets the busy state, which must not schedule an update from inside one.
    void this.updateComplete.then(() => this.start());
  }

  protected override resumeAfterMove(): void {
    if (!this.setup) void this.start();
  }

  /** Asks for the setup (the same one while it lasts) and loads the QR encoder beside it. */
  private async start(): Promise<void> {
    const qr = loadQrCode().then((module) => {
      this.qr = module;
      this.qrFailed = !module;
    });
    const setup = await this.action.run(() =>
      this.ctx.stepUp.guard(() => startTotpFactor(this.ctx.client, this.abort.signal)),
    );
    if (!setup) {
      // Closing the re-authentication question is going back; a failure is said with a retry.
      if (this.action.problem) this.announcer.announce(this.action.problem);
      else if (this.isConnected) this.onBack();
      return;
    }
    this.setup = setup;
    await qr;
  }

  private describe(error: unknown): string | undefined {
    if (this.aborted(error)) return undefined;
    const m = this.msg;
    if (isApiError(error)) {
      if (error.code === 'wrong-code') return m.wrongCode;
      if (error.code === 'code-exhausted') return m.totpExhausted;
      if (error.code === 'setup-expired') return m.setupExpired;
    }
    return this.errorText(error);
  }

  private readonly copy = async (): Promise<void> => {
    const setup = this.setup;
    if (!setup) return;
    try {
      await navigator.clipboard.writeText(setup.secret);
      this.copied = this.msg.keyCopied;
    } catch {
      this.copied = this.msg.keyNotCopied;
    }
    this.announcer.announce(this.copied);
  };

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const setup = this.setup;
    const form = event.target as HTMLFormElement;
    const code = form.querySelector<Field>('gu-otp-field');
    const name = form.querySelector<Field>('gu-text-field');
    if (!setup || !code) return;
    if (!code.checkValidity()) {
      code.focus();
      return;
    }
    this.attemptsLeft = undefined;
    let failure: unknown;
    const label = name?.value.trim() ?? '';
    const state = await this.action.run(() =>
      confirmTotpFactor(
        this.ctx.client,
        { setupId: setup.id, code: code.value, ...(label ? { label } : {}) },
        this.abort.signal,
      ).catch((error: unknown) => {
        failure = error;
        throw error;
      }),
    );
    if (state) {
      this.onDone(state);
      return;
    }
    const attempts = (failure as { attemptsLeft?: unknown } | undefined)?.attemptsLeft;
    this.attemptsLeft = typeof attempts === 'number' ? attempts : undefined;
    const restart = isApiError(failure) && (failure.code === 'setup-expired' || failure.code === 'code-exhausted');
    const said = [
      this.action.problem,
      this.attemptsLeft !== undefined && !restart ? this.i18n.plural(this.attemptsLeft, this.msg.attemptsLeft) : '',
    ]
      .filter(Boolean)
      .join(' ');
    if (said) this.announcer.announce(said);
    if (restart) {
      // The server dropped the setup: a new key is asked for and shown.
      this.setup = undefined;
      await this.start();
      return;
    }
    code.focus();
  };

  private renderQr(setup: TotpSetup): TemplateResult | typeof nothing {
    const m = this.msg;
    if (this.qr)
      return html`<div class="qr-box">${qrSvg(this.qr.qrMatrix(setup.otpauthUri), m.qrAlt, 192, 'qr')}</div>`;
    if (this.qrFailed) return html`<p class="muted">${m.qrFailed}</p>`;
    return nothing;
  }

  private renderSetup(setup: TotpSetup): TemplateResult {
    const m = this.msg;
    const problem = this.action.problem;
    return html`<ol class="steps">
        <li>${m.totpStep1}</li>
        <li>${m.totpStep2}</li>
        <li>${m.totpStep3}</li>
      </ol>
      ${this.renderQr(setup)}
      <p>
        <span id="key-label">${m.keyLabel}:</span><br />
        <code id="key" class="key" role="img" aria-label=${m.keySpelled(spellKey(setup.secret))}
          >${groupKey(setup.secret)}</code
        >
      </p>
      <div class="actions">
        <button class="btn" type="button" id="copy" @click=${this.copy}>${m.copyKey}</button>
        <span class="muted" ?hidden=${!this.copied}>${this.copied}</span>
      </div>
      <p class="muted">${m.expiresAt(this.dateTime(setup.expiresAt))}</p>
      <form novalidate @submit=${this.onSubmit}>
        <gu-text-field
          class="field"
          name="label"
          label=${m.appNameLabel}
          hint=${m.appNameHint}
          maxlength="64"
        ></gu-text-field>
        <gu-otp-field class="field" name="code" label=${m.appCodeLabel} length="6" required></gu-otp-field>
        <div id="problem" class="problem ${problem ? '' : 'is-empty'}" role="alert">
          ${
            problem
              ? html`<p>
                  ${problem}
                  ${this.attemptsLeft !== undefined ? this.i18n.plural(this.attemptsLeft, m.attemptsLeft) : nothing}
                </p>`
              : nothing
          }
        </div>
        <div class="actions">
          <button class="btn-primary" type="submit" aria-disabled=${this.action.busy ? 'true' : 'false'}>
            ${m.confirm}
          </button>
          <button class="btn" type="button" @click=${() => this.onBack()}>${m.back}</button>
        </div>
      </form>`;
  }

  override render(): TemplateResult {
    const m = this.msg;
    const setup = this.setup;
    return html`<h4 id="screen-heading" tabindex="-1">${m.totpHeading}</h4>
      ${
        setup
          ? this.renderSetup(setup)
          : this.action.problem
            ? html`<div class="problem" role="alert">
                <p>${this.action.problem}</p>
                <div class="actions">
                  <button class="btn" type="button" @click=${() => void this.start()}>${m.retry}</button>
                  <button class="btn" type="button" @click=${() => this.onBack()}>${m.back}</button>
                </div>
              </div>`
            : html`<p role="status" aria-busy="true">${m.totpLoading}</p>`
      }`;
  }
}

if (!customElements.get('gu-security-totp-setup')) customElements.define('gu-security-totp-setup', GuSecurityTotpSetup);

declare global {
  interface HTMLElementTagNameMap {
    'gu-security-totp-setup': GuSecurityTotpSetup;
  }
}
