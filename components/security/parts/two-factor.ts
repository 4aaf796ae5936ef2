/**
 * `gu-security-two-factor` («Двухфакторный вход»): on or off, the confirmation methods with their labels and the
 * default one (a radio group), backup codes left. Turning it on needs a method and backup codes: the flow makes them
 * in that order and says why, then turns it on — the citizen never locks the door without a way back. Adding an SMS
 * phone (a code to it), adding an authenticator app (parts/totp-setup.ts, loaded with its step: QR and key), backup
 * codes shown once (download as .txt, print only the codes), removing a method, turning it off — the sensitive ones
 * through the step-up (`ctx.stepUp.guard`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isApiError } from '../../core/api/api-error.js';
import type { LazyCatalogs } from '../../core/i18n/index.js';
import { LocaleController } from '../../core/i18n/locale-controller.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import { partStyles } from '../../core/theme/looks/part.js';
import '../../core/ui/gu-dialog.js';
import '../../core/ui/gu-otp-field.js';
import '../../core/ui/gu-text-field.js';
import { ActionController } from '../../core/widget/action.js';
import { twoFactorRu, type TwoFactorMessages } from '../locales/two-factor-ru.js';
import {
  confirmSmsFactor,
  generateBackupCodes,
  loadTwoFactor,
  removeMethod,
  resendChallenge,
  setDefaultMethod,
  setTwoFactor,
  startSmsFactor,
} from '../two-factor-api.js';
import type { BackupCodes, SecurityArea, SecurityChallenge, TwoFactorMethod, TwoFactorState } from '../types.js';
import { SecurityPart } from './part.js';
import { twoFactorStyles } from './two-factor.styles.js';

export const twoFactorMessages: LazyCatalogs<TwoFactorMessages> = {
  ru: twoFactorRu,
  en: () => import('../locales/two-factor-en.js').then((module) => module.twoFactorEn),
};

/** What the part shows: the state, a phone and its code, the app's step, or the new backup codes (once). */
type Screen = 'main' | 'sms-phone' | 'sms-code' | 'totp' | 'codes';

type Dialog = { kind: 'off' } | { kind: 'regenerate' } | { kind: 'remove'; method: TwoFactorMethod };

interface TotpSetupElement extends HTMLElement {
  focusHeading(): Promise<void>;
}

/** The server's refusals worded from the part's catalog (anything else: the core catalog's wording). */
function refusal(msg: TwoFactorMessages, error: unknown): string | undefined {
  if (!isApiError(error)) return undefined;
  if (error.fields.some((field) => field.code === 'phone-invalid')) return msg.phoneInvalid;
  switch (error.code) {
    case 'wrong-code':
      return msg.wrongCode;
    case 'code-expired':
      return msg.codeExpired;
    case 'code-exhausted':
      return msg.codeExhausted;
    case 'last-method':
      return msg.lastMethod;
    case 'no-method':
      return msg.noMethod;
    case 'backup-codes-required':
      return msg.codesRequired;
    case 'method-exists':
      return msg.methodExists;
    case 'security-changed':
      return msg.changedElsewhere;
    case 'resend-too-soon':
      return msg.resendTooSoon;
    case 'too-many-codes':
      return msg.tooManyCodes;
    default:
      return undefined;
  }
}

/** Tries left that the server gave with a refusal (`attemptsLeft` of the Error body). */
const attemptsOf = (error: unknown): number | undefined => {
  const value = (error as { attemptsLeft?: unknown } | null)?.attemptsLeft;
  return typeof value === 'number' ? value : undefined;
};

export class GuSecurityTwoFactor extends SecurityPart<TwoFactorMessages> {
  static override styles = [baseStyles, partStyles, twoFactorStyles];

  static override properties = {
    ...SecurityPart.properties,
    state: { state: true },
    loadState: { state: true },
    screen: { state: true },
    notice: { state: true },
    guide: { state: true },
    challenge: { state: true },
    attemptsLeft: { state: true },
    resendIn: { state: true },
    codes: { state: true },
    dialog: { state: true },
    totpReady: { state: true },
  };

  protected override readonly areas: readonly SecurityArea[] = ['two-factor'];
  protected readonly i18n = new LocaleController(this, twoFactorMessages);
  protected readonly action = new ActionController(this, (error) => this.describe(error));

  declare private state: TwoFactorState | undefined;
  declare private loadState: 'loading' | 'ready' | 'failed';
  declare private screen: Screen;
  /** What went well, shown and announced. */
  declare private notice: string;
  /** Why the citizen is asked to do this step (turning on needs a method, then backup codes). */
  declare private guide: string;
  declare private challenge: SecurityChallenge | undefined;
  declare private attemptsLeft: number | undefined;
  /** Seconds until a new SMS code may be asked for. */
  declare private resendIn: number;
  /** The new backup codes: in memory while shown, forgotten when the citizen leaves them. */
  declare private codes: BackupCodes | undefined;
  declare private dialog: Dialog | undefined;
  declare private totpReady: boolean;

  /** Turning on is under way: after a method and backup codes, it is switched on. */
  #enabling = false;
  #resendTimer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    this.state = undefined;
    this.loadState = 'loading';
    this.screen = 'main';
    this.notice = '';
    this.guide = '';
    this.challenge = undefined;
    this.attemptsLeft = undefined;
    this.resendIn = 0;
    this.codes = undefined;
    this.dialog = undefined;
    this.totpReady = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#resendTimer);
    this.#resendTimer = undefined;
  }

  protected override firstUpdated(): void {
    if (this.loadState !== 'ready') void this.load();
  }

  protected override resumeAfterMove(): void {
    if (this.loadState !== 'ready') void this.load();
    if (this.screen === 'sms-code' && this.resendIn > 0) this.countDown();
  }

  /** Another tab, device or part changed two-factor: reload what is shown (what is being typed stays). */
  protected override areaChanged(_area: SecurityArea, origin: 'here' | 'elsewhere'): void {
    if (origin === 'elsewhere') void this.load();
  }

  private async load(): Promise<void> {
    if (!this.state) this.loadState = 'loading';
    try {
      this.state = await loadTwoFactor(this.ctx.client, this.abort.signal);
      this.loadState = 'ready';
    } catch (error) {
      if (this.aborted(error)) return;
      if (!this.state) this.loadState = 'failed';
    }
  }

  private describe(error: unknown): string | undefined {
    if (this.aborted(error)) return undefined;
    if (isApiError(error) && error.code === 'security-changed') void this.load();
    return refusal(this.msg, error) ?? this.errorText(error);
  }

  private say(text: string): void {
    if (text) this.announcer.announce(text);
  }

  /** Runs a call; on failure says why (the part's alert region is there before it) and resolves undefined. */
  private async run<T>(call: () => Promise<T>): Promise<T | undefined> {
    this.notice = '';
    const result = await this.action.run(call);
    if (result === undefined && this.action.problem) this.say(this.action.problem);
    return result;
  }

  private async show(screen: Screen, focus = '#screen-heading'): Promise<void> {
    this.screen = screen;
    await this.updateComplete;
    if (screen === 'totp') {
      await this.renderRoot.querySelector<TotpSetupElement>('gu-security-totp-setup')?.focusHeading();
      return;
    }
    await this.focusOn(focus);
  }

  private async backToMain(notice = ''): Promise<void> {
    this.challenge = undefined;
    this.attemptsLeft = undefined;
    this.notice = notice;
    this.say(notice);
    await this.show('main', notice ? '#status' : '#screen-heading');
  }

  /** A change the server accepted: the new state, told to the page's other parts. */
  private accept(state: TwoFactorState): void {
    this.state = state;
    this.reportChange('two-factor');
  }

  // ——— On / off ———

  private readonly turnOn = async (): Promise<void> => {
    const state = this.state;
    if (!state) return;
    this.#enabling = true;
    if (state.methods.length === 0) {
      this.guide = this.msg.needMethod;
      this.say(this.guide);
      await this.focusOn('#guide');
      return;
    }
    if (state.backupCodes.left === 0) {
      this.guide = this.msg.needCodes;
      await this.makeCodes();
      return;
    }
    await this.switchOn();
  };

  private async switchOn(): Promise<void> {
    const state = this.state;
    if (!state) return;
    const next = await this.run(() =>
      this.ctx.stepUp.guard(() => setTwoFactor(this.ctx.client, true, state.version, this.abort.signal)),
    );
    if (!next) return;
    this.#enabling = false;
    this.guide = '';
    this.accept(next);
    await this.backToMain(this.msg.turnedOn);
  }

  /** After a method was added: turning on goes on to the backup codes, or switches on when they exist. */
  private async continueEnabling(): Promise<boolean> {
    if (!this.#enabling || !this.state) return false;
    if (this.state.backupCodes.left === 0) {
      this.guide = this.msg.needCodes;
      await this.makeCodes();
    } else await this.switchOn();
    return true;
  }

  private async switchOff(): Promise<void> {
    const state = this.state;
    if (!state) return;
    const next = await this.run(() =>
      this.ctx.stepUp.guard(() => setTwoFactor(this.ctx.client, false, state.version, this.abort.signal)),
    );
    this.closeDialog();
    if (!next) return;
    this.accept(next);
    await this.backToMain(this.msg.turnedOff);
  }

  // ——— Default method, removal ———

  private async makeDefault(method: TwoFactorMethod): Promise<void> {
    const state = this.state;
    if (!state || state.defaultMethodId === method.id) return;
    const next = await this.run(() => setDefaultMethod(this.ctx.client, method.id, state.version, this.abort.signal));
    if (!next) return;
    this.accept(next);
    this.notice = this.msg.defaultSaved(method.label);
    this.say(this.notice);
  }

  private async dropMethod(method: TwoFactorMethod): Promise<void> {
    const next = await this.run(() =>
      this.ctx.stepUp.guard(() => removeMethod(this.ctx.client, method.id, this.abort.signal)),
    );
    this.closeDialog();
    if (!next) {
      await this.focusOn('#problem');
      return;
    }
    this.accept(next);
    await this.backToMain(this.msg.removed(method.label));
  }

  // ——— SMS ———

  private readonly onPhone = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const field = form.querySelector<HTMLElement & { value: string; checkValidity(): boolean }>('gu-text-field');
    if (!field) return;
    if (!field.checkValidity()) {
      field.focus();
      return;
    }
    const challenge = await this.run(() =>
      this.ctx.stepUp.guard(() => startSmsFactor(this.ctx.client, field.value, this.abort.signal)),
    );
    if (!challenge) return;
    this.openChallenge(challenge);
    await this.show('sms-code', '#status');
  };

  private openChallenge(challenge: SecurityChallenge): void {
    this.challenge = challenge;
    this.attemptsLeft = undefined;
    this.resendIn = challenge.resendIn;
    this.notice = this.msg.codeSent(challenge.sentTo);
    this.say(this.notice);
    this.countDown();
  }

  private countDown(): void {
    clearInterval(this.#resendTimer);
    if (this.resendIn <= 0) return;
    this.#resendTimer = setInterval(() => {
      this.resendIn = Math.max(0, this.resendIn - 1);
      if (this.resendIn === 0) clearInterval(this.#resendTimer);
    }, 1000);
  }

  private readonly onCode = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const challenge = this.challenge;
    const field = (event.target as HTMLFormElement).querySelector<
      HTMLElement & { value: string; checkValidity(): boolean }
    >('gu-otp-field');
    if (!challenge || !field) return;
    if (!field.checkValidity()) {
      field.focus();
      return;
    }
    this.attemptsLeft = undefined;
    let failure: unknown;
    const next = await this.run(() =>
      confirmSmsFactor(this.ctx.client, challenge.id, field.value, this.abort.signal).catch((error: unknown) => {
        failure = error;
        throw error;
      }),
    );
    if (!next) {
      this.attemptsLeft = attemptsOf(failure);
      if (this.attemptsLeft !== undefined && this.action.problem)
        this.say(`${this.action.problem} ${this.i18n.plural(this.attemptsLeft, this.msg.attemptsLeft)}`);
      field.focus();
      return;
    }
    const added = next.methods.find((method) => method.kind === 'sms');
    this.accept(next);
    clearInterval(this.#resendTimer);
    if (await this.continueEnabling()) return;
    await this.backToMain(this.msg.smsAdded(added?.label ?? challenge.sentTo));
  };

  private readonly resend = async (): Promise<void> => {
    const challenge = this.challenge;
    if (!challenge || this.resendIn > 0) return;
    const next = await this.run(() => resendChallenge(this.ctx.client, challenge.id, this.abort.signal));
    if (next) this.openChallenge(next);
  };

  // ——— Authenticator app ———

  private readonly openTotp = async (): Promise<void> => {
    this.notice = '';
    this.totpReady = false;
    this.screen = 'totp';
    await import('./totp-setup.js');
    this.totpReady = true;
    await this.show('totp');
  };

  private readonly totpDone = async (state: TwoFactorState): Promise<void> => {
    const added = state.methods.find((method) => method.kind === 'totp');
    this.accept(state);
    if (await this.continueEnabling()) return;
    await this.backToMain(this.msg.totpAdded(added?.label ?? ''));
  };

  // ——— Backup codes ———

  private async makeCodes(): Promise<void> {
    const codes = await this.run(() =>
      this.ctx.stepUp.guard(() => generateBackupCodes(this.ctx.client, this.abort.signal)),
    );
    this.closeDialog();
    if (!codes) return;
    this.codes = codes;
    this.reportChange('two-factor');
    void this.load();
    this.say(this.msg.codesReady);
    await this.show('codes');
  }

  private readonly askCodes = (): void => {
    if ((this.state?.backupCodes.left ?? 0) > 0) this.dialog = { kind: 'regenerate' };
    else void this.makeCodes();
  };

  private codesText(codes: BackupCodes): string {
    const m = this.msg;
    return [m.codesFileTitle, m.codesFileCreated(this.dateTime(codes.generatedAt)), m.codesFileNote, '', ...codes.codes]
      .join('\r\n')
      .concat('\r\n');
  }

  private readonly download = async (): Promise<void> => {
    const codes = this.codes;
    if (!codes) return;
    const { saveBlob } = await import('../../core/ui/save-file.js');
    saveBlob(new Blob([this.codesText(codes)], { type: 'text/plain;charset=utf-8' }), this.msg.codesFileName);
  };

  /**
   * Prints only the codes: a blank frame of this page (no script, no inline style — a strict CSP allows it) with the
   * heading and the codes as text and a constructed print stylesheet, printed and removed.
   */
  private readonly print = (): void => {
    const codes = this.codes;
    if (!codes) return;
    const m = this.msg;
    const frame = document.createElement('iframe');
    frame.hidden = true;
    frame.title = m.codesHeading;
    frame.setAttribute('data-gu-print', 'backup-codes');
    document.body.append(frame);
    const win = frame.contentWindow;
    const doc = frame.contentDocument;
    if (!win || !doc) {
      frame.remove();
      return;
    }
    doc.documentElement.lang = this.i18n.lang;
    doc.title = m.codesFileTitle;
    const add = <K extends keyof HTMLElementTagNameMap>(parent: Node, tag: K, text = ''): HTMLElementTagNameMap[K] => {
      const element = doc.createElement(tag);
      element.textContent = text;
      parent.appendChild(element);
      return element;
    };
    add(doc.body, 'h1', m.codesFileTitle);
    add(doc.body, 'p', m.codesFileCreated(this.dateTime(codes.generatedAt)));
    add(doc.body, 'p', m.codesFileNote);
    const list = add(doc.body, 'ol');
    for (const code of codes.codes) add(list, 'li', code);
    const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(
      'body{font:12pt/1.4 sans-serif;margin:2cm}ol{columns:2;font:14pt ui-monospace,monospace}h1{font-size:16pt}',
    );
    doc.adoptedStyleSheets = [sheet];
    win.addEventListener('afterprint', () => frame.remove(), { once: true });
    win.print();
    setTimeout(() => frame.remove(), 60_000);
  };

  private readonly codesSaved = async (): Promise<void> => {
    this.codes = undefined;
    if (this.#enabling) {
      await this.switchOn();
      return;
    }
    await this.backToMain();
  };

  // ——— Dialogs ———

  private closeDialog(): void {
    this.renderRoot.querySelector<HTMLElement & { close(value?: string): void }>('gu-dialog')?.close('done');
    this.dialog = undefined;
  }

  private readonly onDialogClose = (): void => {
    this.dialog = undefined;
  };

  private confirmDialog(): void {
    const dialog = this.dialog;
    if (!dialog) return;
    if (dialog.kind === 'off') void this.switchOff();
    else if (dialog.kind === 'regenerate') void this.makeCodes();
    else void this.dropMethod(dialog.method);
  }

  // ——— Rendering ———

  private renderProblem(): TemplateResult {
    const problem = this.action.problem;
    const attempts = this.attemptsLeft !== undefined ? this.i18n.plural(this.attemptsLeft, this.msg.attemptsLeft) : '';
    return html`<div id="problem" class="problem ${problem ? '' : 'is-empty'}" role="alert" tabindex="-1">
      ${problem ? html`<p>${problem} ${attempts}</p>` : nothing}
    </div>`;
  }

  private renderNotice(): TemplateResult {
    return html`<p id="status" class="status" tabindex="-1" ?hidden=${!this.notice}>${this.notice}</p>`;
  }

  private renderMethod(method: TwoFactorMethod): TemplateResult {
    const m = this.msg;
    return html`<li class="card item" data-method=${method.id}>
      <p>
        <strong>${m.kind(method.kind)}</strong>: ${method.label}<br />
        <span class="muted"
          >${m.added(this.date(method.addedAt))}${method.lastUsedAt ? html`, ${m.lastUsed(this.date(method.lastUsedAt))}` : nothing}</span
        >
      </p>
      <button class="btn" type="button" @click=${() => (this.dialog = { kind: 'remove', method })}>
        ${m.remove}<span class="visually-hidden"> ${m.kind(method.kind)} ${method.label}</span>
      </button>
    </li>`;
  }

  private renderDefault(state: TwoFactorState): TemplateResult | typeof nothing {
    const m = this.msg;
    if (state.methods.length < 2) return nothing;
    return html`<fieldset aria-describedby="default-hint">
      <legend>${m.defaultLegend}</legend>
      <p id="default-hint" class="muted">${m.defaultHint}</p>
      ${state.methods.map(
        (method) =>
          html`<label class="radio">
            <input
              type="radio"
              name="default"
              value=${method.id}
              .checked=${state.defaultMethodId === method.id}
              @change=${() => void this.makeDefault(method)}
            />
            <span>${m.kind(method.kind)}: ${method.label}</span>
          </label>`,
      )}
    </fieldset>`;
  }

  private renderBackup(state: TwoFactorState): TemplateResult {
    const m = this.msg;
    const left = state.backupCodes.left;
    return html`<section aria-labelledby="backup-heading">
      <h4 id="backup-heading">${m.backupHeading}</h4>
      <p class="muted">${m.backupIntro}</p>
      <p>
        ${left === 0 ? m.backupNone : this.i18n.plural(left, m.backupLeft)}
        ${left > 0 && left <= 2 ? html`<strong>${m.backupLow}</strong>` : nothing}
        ${state.backupCodes.generatedAt ? html`<span class="muted">${m.backupGenerated(this.date(state.backupCodes.generatedAt))}</span>` : nothing}
      </p>
      <div class="actions">
        <button class="btn" type="button" id="codes" @click=${this.askCodes}>
          ${left > 0 ? m.regenerate : m.generate}
        </button>
      </div>
    </section>`;
  }

  private renderMain(state: TwoFactorState): TemplateResult {
    const m = this.msg;
    return html`<p class="state ${state.enabled ? 'on' : ''}">${state.enabled ? m.stateOn : m.stateOff}</p>
      ${this.guide ? html`<p id="guide" class="guide" tabindex="-1">${this.guide}</p>` : nothing}
      <div class="actions">
        ${
          state.enabled
            ? html`<button class="btn" type="button" id="toggle" @click=${() => (this.dialog = { kind: 'off' })}>
                ${m.turnOff}
              </button>`
            : html`<button class="btn-primary" type="button" id="toggle" @click=${this.turnOn}>${m.turnOn}</button>`
        }
      </div>
      <section aria-labelledby="methods-heading">
        <h4 id="methods-heading">${m.methodsHeading}</h4>
        ${
          state.methods.length === 0
            ? html`<p class="muted">${m.noMethods}</p>`
            : html`<ul class="plain">
                ${state.methods.map((method) => this.renderMethod(method))}
              </ul>`
        }
        ${this.renderDefault(state)}
        <div class="actions">
          <button class="btn" type="button" id="add-sms" @click=${() => void this.show('sms-phone')}>
            ${m.addSms}
          </button>
          <button class="btn" type="button" id="add-app" @click=${this.openTotp}>${m.addApp}</button>
        </div>
      </section>
      ${this.renderBackup(state)}`;
  }

  private renderSmsPhone(): TemplateResult {
    const m = this.msg;
    return html`<h4 id="screen-heading" tabindex="-1">${m.smsHeading}</h4>
      ${this.guide ? html`<p class="guide">${this.guide}</p>` : nothing}
      <p>${m.smsIntro}</p>
      <form novalidate @submit=${this.onPhone}>
        <gu-text-field
          class="field"
          name="phone"
          label=${m.phoneLabel}
          hint=${m.phoneHint}
          validate="phone"
          mask="phone"
          autocomplete="tel"
          required
        ></gu-text-field>
        <div class="actions">
          <button class="btn-primary" type="submit" aria-disabled=${this.action.busy ? 'true' : 'false'}>
            ${m.sendCode}
          </button>
          <button class="btn" type="button" @click=${() => void this.backToMain()}>${m.back}</button>
        </div>
      </form>`;
  }

  private renderSmsCode(): TemplateResult {
    const m = this.msg;
    const challenge = this.challenge;
    return html`<h4 id="screen-heading" tabindex="-1">${m.smsHeading}</h4>
      <form novalidate @submit=${this.onCode}>
        <gu-otp-field
          class="field"
          name="code"
          label=${m.codeLabel}
          length=${challenge?.length ?? 6}
          required
        ></gu-otp-field>
        <div class="actions">
          <button class="btn-primary" type="submit" aria-disabled=${this.action.busy ? 'true' : 'false'}>
            ${m.confirm}
          </button>
          ${
            this.resendIn > 0
              ? html`<p class="muted">${m.resendIn(this.resendIn)}</p>`
              : html`<button class="btn" type="button" @click=${this.resend}>${m.resend}</button>`
          }
          <button class="btn" type="button" @click=${() => void this.show('sms-phone')}>${m.back}</button>
        </div>
      </form>`;
  }

  private renderCodes(): TemplateResult {
    const m = this.msg;
    const codes = this.codes;
    return html`<h4 id="screen-heading" tabindex="-1">${m.codesHeading}</h4>
      ${this.guide ? html`<p class="guide">${this.guide}</p>` : nothing}
      <p>${m.codesOnce}</p>
      ${this.#enabling ? html`<p>${m.codesThenOn}</p>` : nothing}
      <ul class="codes" aria-label=${m.codesListLabel}>
        ${(codes?.codes ?? []).map((code) => html`<li><code>${code}</code></li>`)}
      </ul>
      <div class="actions">
        <button class="btn" type="button" id="download" @click=${this.download}>${m.download}</button>
        <button class="btn" type="button" id="print" @click=${this.print}>${m.print}</button>
        <button
          class="btn-primary"
          type="button"
          id="saved"
          aria-disabled=${this.action.busy ? 'true' : 'false'}
          @click=${this.codesSaved}
        >
          ${m.saved}
        </button>
      </div>`;
  }

  private renderTotp(): TemplateResult {
    if (!this.totpReady) return html`<p role="status" aria-busy="true">${this.msg.totpLoading}</p>`;
    return html`<gu-security-totp-setup
      .ctx=${this.ctx}
      .locale=${this.locale}
      .onDone=${this.totpDone}
      .onBack=${() => void this.backToMain()}
    ></gu-security-totp-setup>`;
  }

  private renderDialog(): TemplateResult {
    const m = this.msg;
    const dialog = this.dialog;
    const heading =
      dialog?.kind === 'remove'
        ? m.removeHeading(dialog.method.label)
        : dialog?.kind === 'regenerate'
          ? m.regenerateHeading
          : m.offHeading;
    const [text, confirm, keep] =
      dialog?.kind === 'remove'
        ? [m.removeText, m.removeConfirm, m.removeKeep]
        : dialog?.kind === 'regenerate'
          ? [m.regenerateText, m.regenerateConfirm, m.regenerateKeep]
          : [m.offText, m.offConfirm, m.keep];
    return html`<gu-dialog .open=${dialog !== undefined} heading=${heading} @gu-dialog-close=${this.onDialogClose}>
      <p>${text}</p>
      <button class="btn" slot="footer" type="button" data-gu-dialog-close value="keep">${keep}</button>
      <button
        class="btn-primary"
        slot="footer"
        type="button"
        id="confirm"
        aria-disabled=${this.action.busy ? 'true' : 'false'}
        @click=${() => this.confirmDialog()}
      >
        ${confirm}
      </button>
    </gu-dialog>`;
  }

  private renderScreen(state: TwoFactorState): TemplateResult {
    switch (this.screen) {
      case 'sms-phone':
        return this.renderSmsPhone();
      case 'sms-code':
        return this.renderSmsCode();
      case 'totp':
        return this.renderTotp();
      case 'codes':
        return this.renderCodes();
      default:
        return this.renderMain(state);
    }
  }

  override render(): TemplateResult {
    const m = this.msg;
    const state = this.state;
    return html`<h3 tabindex="-1">${m.heading}</h3>
      <p class="muted">${m.intro}</p>
      ${this.renderNotice()} ${this.renderProblem()}
      ${
        this.loadState === 'loading' && !state
          ? html`<p role="status" aria-busy="true">${m.loading}</p>`
          : this.loadState === 'failed' || !state
            ? html`<div class="problem" role="alert">
                <p>${m.loadFailed}</p>
                <button class="btn" type="button" @click=${() => void this.load()}>${m.retry}</button>
              </div>`
            : this.renderScreen(state)
      }
      ${this.renderDialog()}`;
  }
}

if (!customElements.get('gu-security-two-factor')) customElements.define('gu-security-two-factor', GuSecurityTwoFactor);

declare global {
  interface HTMLElementTagNameMap {
    'gu-security-two-factor': GuSecurityTwoFactor;
  }
}
