import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { LocaleController } from '../i18n/index.js';
import { baseStyles } from '../theme/index.js';
import { stateStyles, type HeadingLevel } from '../ui/state.js';
import { SessionConsumer, type Session, type SessionErrorKind } from './session-context.js';
import { sessionEn, sessionRu, signedOutReasonText, type SessionMessages } from './locales.js';
import { contextHeadingLevel, isPageNotice, trackNotice } from './notice-context.js';
import '../ui/gu-button.js';
import '../ui/gu-error-state.js';
import '../ui/gu-loading-state.js';

/** Milliseconds without a provider before the dev-mode warning (a provider defined later still arrives in time). */
const NO_PROVIDER_WARNING_MS = 1500;
let warnedNoProvider = false;

/** The message of an error kind. */
export function sessionErrorMessage(msg: SessionMessages, kind: SessionErrorKind): string {
  switch (kind) {
    case 'discovery':
      return msg.errorDiscovery;
    case 'token':
      return msg.errorToken;
    case 'id-token':
      return msg.errorIdToken;
    case 'network':
      return msg.errorNetwork;
    case 'popup-blocked':
      return msg.errorPopupBlocked;
    case 'popup-closed':
      return msg.errorPopupClosed;
    case 'state':
      return msg.errorState;
    case 'configuration':
      return msg.errorConfiguration;
  }
}

export { signedOutReasonText };

function heading(level: HeadingLevel, text: string): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3 part="heading" class="heading">${text}</h3>`;
    case 4:
      return html`<h4 part="heading" class="heading">${text}</h4>`;
    case 5:
      return html`<h5 part="heading" class="heading">${text}</h5>`;
    case 6:
      return html`<h6 part="heading" class="heading">${text}</h6>`;
    default:
      return html`<h2 part="heading" class="heading">${text}</h2>`;
  }
}

/**
 * @summary What a widget shows instead of its content while the citizen is not signed in. It reads the
 * session itself (from the enclosing `<gu-session>`): signed out → «Войдите, чтобы продолжить» and «Войти»;
 * signed out by the idle timeout → «Вы вышли из системы в целях безопасности» and «Войти снова» (plus
 * «Введённые данные сохранены» when the session keeps drafts, or with `drafts-saved`); checking → a loading state; an
 * error → the error's message with «Повторить» (popup errors also offer «Продолжить в этом окне»). Renders nothing
 * while signed in. Without any `<gu-session>` around it, it shows a neutral message and warns in the console how to fix it.
 *
 * One notice per page: of all notices on the page only the first in the composed tree renders (a page-level notice
 * before the widgets wins; a widget's own notice shows when the page has none). The heading level follows the page's
 * outline (one below the nearest heading before it) unless `heading-level` is set.
 *
 * @slot - Extra text under the message (e.g. what the widget will show after sign-in).
 * @csspart base - The container.
 * @csspart heading - The heading.
 * @csspart text - The message.
 * @csspart actions - The row of buttons.
 * @csspart sign-in - The «Войти» / «Войти снова» button.
 */
export class GuSessionNotice extends LitElement {
  // baseStyles hides the host when `hidden` is set.
  static override styles = [baseStyles, stateStyles];

  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    draftsSaved: { type: Boolean, attribute: 'drafts-saved' },
    noProvider: { state: true },
  };

  private readonly i18n = new LocaleController(this, { ru: sessionRu, en: sessionEn });
  private readonly consumer = new SessionConsumer(this);

  /** The heading level, 2–6; by default one below the nearest heading before the notice (2 when there is none). */
  declare headingLevel: HeadingLevel | undefined;
  /** The widget kept the citizen's typed data as a draft: the expired state says so. */
  declare draftsSaved: boolean;
  declare private noProvider: boolean;

  private providerTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.headingLevel = undefined;
    this.draftsSaved = false;
    this.noProvider = false;
  }

  /** The session the notice shows, if a provider answered. */
  get session(): Session | undefined {
    return this.consumer.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    trackNotice(this, true);
    this.providerTimer = setTimeout(() => {
      if (this.consumer.value) return;
      this.noProvider = true;
      if (!warnedNoProvider) {
        warnedNoProvider = true;
        console.warn(
          'gu-session-notice: no session provider found. Wrap the widgets of the page in <gu-session authority="…" client-id="…" redirect-uri="…"> (import gu-kit/session).',
          this,
        );
      }
    }, NO_PROVIDER_WARNING_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    trackNotice(this, false);
    clearTimeout(this.providerTimer);
  }

  /** The level the heading has: `heading-level`, else where the notice stands on the page. */
  private get level(): HeadingLevel {
    return this.headingLevel ?? contextHeadingLevel(this);
  }

  private signIn(): void {
    void this.consumer.value?.signIn();
  }

  private continueHere(): void {
    void this.consumer.value?.signIn('redirect');
  }

  private retry(): void {
    void this.consumer.value?.retry();
  }

  private renderSignIn(title: string, text: string, button: string, extra?: string): TemplateResult {
    return html`<div part="base" class="state">
      ${heading(this.level, title)}
      <p part="text" class="text">${text}</p>
      ${extra ? html`<p class="text">${extra}</p>` : nothing}
      <slot></slot>
      <div part="actions" class="actions">
        <gu-button part="sign-in" type="button" @click=${this.signIn}>${button}</gu-button>
      </div>
    </div>`;
  }

  override render() {
    const msg = this.i18n.msg;
    const session = this.consumer.value;
    // Another notice before this one speaks for the page: one notice per page, not one per widget.
    if (!isPageNotice(this)) return nothing;
    const draftsSaved = this.draftsSaved || Boolean(session?.drafts?.has());
    if (!session) {
      if (!this.noProvider) return html`<gu-loading-state label=${msg.checking}></gu-loading-state>`;
      return html`<div part="base" class="state"><p part="text" class="text">${msg.noProvider}</p></div>`;
    }
    switch (session.status) {
      case 'signed-in':
      case 'expiring':
        return nothing;
      case 'unknown':
      case 'signing-in':
        return html`<gu-loading-state label=${msg.checking}></gu-loading-state>`;
      case 'expired':
        return this.renderSignIn(
          msg.expiredHeading,
          msg.expiredText,
          msg.signInAgain,
          draftsSaved ? msg.draftsSaved : undefined,
        );
      case 'signed-out':
        if (session.reason === 'idle-timeout') {
          return this.renderSignIn(
            msg.expiredHeading,
            msg.expiredText,
            msg.signInAgain,
            draftsSaved ? msg.draftsSaved : undefined,
          );
        }
        return this.renderSignIn(msg.signInHeading, signedOutReasonText(msg, session.reason), msg.signIn);
      case 'error': {
        const kind = session.error?.kind ?? 'token';
        const popup = kind === 'popup-blocked' || kind === 'popup-closed';
        return html`<gu-error-state
          heading=${msg.errorHeading}
          heading-level=${this.level}
          message=${sessionErrorMessage(msg, kind)}
          retryable
          @gu-error-state-retry=${this.retry}
        >
          ${
            popup
              ? html`<gu-button slot="action" type="button" variant="secondary" @click=${this.continueHere}
                  >${msg.continueHere}</gu-button
                >`
              : nothing
          }
        </gu-error-state>`;
      }
    }
  }
}
