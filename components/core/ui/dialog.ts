import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { LocaleController } from '../i18n/index.js';
import { baseStyles, token } from '../theme/index.js';
import { closeButton, closeButtonHover } from '../theme/looks/close-button.js';
import { GuEvent } from '../widget/events.js';
import { feedbackEn, feedbackRu } from './locales/feedback.js';
import { closeButtonTemplate } from './feedback-icons.js';

const FOCUSABLE =
  'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), iframe, audio[controls], video[controls], summary, [contenteditable]:not([contenteditable="false"]), [tabindex]';

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

function isTabbable(element: Element): element is HTMLElement {
  return (
    element instanceof HTMLElement &&
    element.matches(FOCUSABLE) &&
    element.tabIndex >= 0 &&
    !element.closest('[inert]') &&
    element.checkVisibility({ checkVisibilityCSS: true })
  );
}

/**
 * @summary A modal dialog on the native `<dialog>` (`showModal()`): the page behind is inert, focus moves
 * in on open, Tab and Shift+Tab cycle inside, Esc asks to cancel, and focus returns to the opener on close.
 * Labelled by its `heading`. With `alert` it is an `alertdialog` described by its body — for messages that
 * need an answer (the idle-timeout warning).
 *
 * Initial focus: the slotted element with `autofocus`, else the first focusable element of the body or
 * footer, else the close button, else the heading. Esc and the close button fire the cancelable
 * `gu-dialog-cancel`; unless it is prevented the dialog closes with return value `cancel`. A slotted
 * button with `data-gu-dialog-close` closes the dialog with its `value` as the return value.
 *
 * @slot - The body: text, a form. Announced as the dialog's description when `alert` is set.
 * @slot footer - Actions (buttons), laid out at the end.
 * @csspart dialog - The native `<dialog>` element.
 * @csspart header - The row with the heading and the close button.
 * @csspart heading - The heading (`<h2>`).
 * @csspart close - The close button.
 * @csspart body - The body wrapper.
 * @csspart footer - The footer wrapper.
 * @cssprop --gu-dialog-width - Preferred width (default 36rem, never wider than the viewport).
 * @cssprop --gu-dialog-backdrop - Backdrop colour.
 * @fires {GuDialogOpenEvent} gu-dialog-open - The dialog was shown.
 * @fires {GuDialogCancelEvent} gu-dialog-cancel - Esc or the close button was pressed; cancelable — prevent it to keep
 * the dialog open.
 * @fires {GuDialogCloseEvent} gu-dialog-close - The dialog closed; `detail.returnValue` says how.
 */
export class GuDialog extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: contents;
      }
      dialog {
        width: min(${token('--gu-dialog-width')}, calc(100vw - 2 * ${token('--gu-space')}));
        max-width: none;
        max-height: calc(100dvh - 4 * ${token('--gu-space')});
        margin: auto;
        padding: 0;
        overflow: auto;
        border: 1px solid ${token('--gu-color-border')};
        border-radius: ${token('--gu-radius')};
        background: ${token('--gu-color-background')};
        color: ${token('--gu-color-text')};
        font: inherit;
        box-shadow: 0 8px 32px rgb(11 31 51 / 0.3);
      }
      /* A dialog whose content scrolls takes focus itself: its ring goes inside, on its own background, not on the dim backdrop. */
      dialog:focus-visible {
        outline-offset: calc(-1 * ${token('--gu-focus-width')});
      }
      dialog::backdrop {
        background: ${token('--gu-dialog-backdrop')};
      }
      .header {
        display: flex;
        align-items: flex-start;
        gap: ${token('--gu-space')};
        padding: calc(${token('--gu-space')} * 3) calc(${token('--gu-space')} * 3) 0;
      }
      .heading {
        flex: 1;
        margin: 0;
        font-size: 1.375em;
        line-height: 1.3;
        overflow-wrap: anywhere;
      }
      .close {
        ${closeButton}
        margin: -8px -8px 0 0;
      }
      .close:hover {
        ${closeButtonHover}
      }
      .icon {
        width: 24px;
        height: 24px;
      }
      .body {
        padding: calc(${token('--gu-space')} * 2) calc(${token('--gu-space')} * 3);
        overflow-wrap: anywhere;
      }
      .footer {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: ${token('--gu-space')};
        padding: 0 calc(${token('--gu-space')} * 3) calc(${token('--gu-space')} * 3);
      }
      .footer--empty {
        display: none;
      }
      @media (forced-colors: active) {
        dialog {
          border: 2px solid CanvasText;
        }
      }
    `,
  ];

  static override properties = {
    open: { type: Boolean, reflect: true },
    heading: { type: String },
    alert: { type: Boolean, reflect: true },
    hideClose: { type: Boolean, reflect: true, attribute: 'hide-close' },
    hasFooter: { state: true },
  };

  private readonly i18n = new LocaleController(this, { ru: feedbackRu, en: feedbackEn });

  /** Whether the dialog is shown (modal). Setting it opens or closes the dialog. */
  declare open: boolean;
  /** The heading; it is the dialog's accessible name. Required. */
  declare heading: string;
  /** Makes it an `alertdialog`, described by the body — for urgent messages that need an answer. */
  declare alert: boolean;
  /** Hides the close button (Esc still asks to cancel). */
  declare hideClose: boolean;
  declare private hasFooter: boolean;
  /** How the dialog was closed last: the value passed to `close()`, `cancel`, or a close button's value. */
  returnValue = '';

  private opener: HTMLElement | null = null;

  constructor() {
    super();
    this.open = false;
    this.heading = '';
    this.alert = false;
    this.hideClose = false;
    this.hasFooter = false;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.open) this.restoreFocus();
  }

  protected override firstUpdated(): void {
    if (!this.heading) {
      console.warn('gu-dialog: set the `heading` attribute — it is the accessible name of the dialog.', this);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.open && !dialog.open) this.showNow(dialog);
    else if (!this.open && dialog.open) {
      dialog.close(this.returnValue);
      this.afterClose(dialog);
    }
  }

  /** Opens the dialog (same as setting `open`). */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog with an optional return value, reported in `gu-dialog-close`. */
  close(returnValue = ''): void {
    this.returnValue = returnValue;
    this.open = false;
  }

  /** Asks to cancel, as Esc and the close button do: fires `gu-dialog-cancel`, then closes unless prevented. */
  requestCancel(): void {
    if (this.dispatchEvent(new GuDialogCancelEvent())) this.close('cancel');
  }

  /** The focusable elements inside the dialog, in flat-tree (visual) order, slotted content included. */
  private tabbables(): HTMLElement[] {
    const found: HTMLElement[] = [];
    const visit = (element: Element): void => {
      if (element instanceof HTMLSlotElement) {
        for (const assigned of element.assignedElements({ flatten: true })) visit(assigned);
        return;
      }
      if (isTabbable(element)) found.push(element);
      const children = element.shadowRoot ? element.shadowRoot.children : element.children;
      for (const child of Array.from(children)) visit(child);
    };
    const dialog = this.dialog;
    if (dialog) visit(dialog);
    return found;
  }

  private showNow(dialog: HTMLDialogElement): void {
    const active = deepActiveElement();
    this.opener = active && active !== document.body && !this.contains(active) ? active : null;
    this.returnValue = '';
    dialog.showModal();
    this.focusInitial();
    this.dispatchEvent(new GuDialogOpenEvent());
  }

  private focusInitial(): void {
    const slotted = Array.from(this.children);
    const autofocus = slotted
      .flatMap((element) =>
        element.matches('[autofocus]') ? [element] : Array.from(element.querySelectorAll('[autofocus]')),
      )
      .find(isTabbable);
    const close = this.renderRoot.querySelector<HTMLElement>('.close');
    const first = this.tabbables().find((element) => element !== close);
    const heading = this.renderRoot.querySelector<HTMLElement>('.heading');
    (autofocus ?? first ?? close ?? heading)?.focus();
  }

  private afterClose(dialog: HTMLDialogElement): void {
    this.returnValue = dialog.returnValue;
    this.restoreFocus();
    this.dispatchEvent(new GuDialogCloseEvent({ returnValue: this.returnValue }));
  }

  private restoreFocus(): void {
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
  }

  /** The native dialog closed by itself (a close request the browser would not let us cancel). */
  private onNativeClose(): void {
    const dialog = this.dialog;
    if (this.open && dialog && !dialog.open) {
      this.open = false;
      this.afterClose(dialog);
    }
  }

  private onNativeCancel(event: Event): void {
    if (event.cancelable) {
      event.preventDefault();
      this.requestCancel();
    }
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented) return;
    if (event.key === 'Escape') {
      // Handled here rather than in the native `cancel`, which Chrome stops letting us cancel after the first time.
      event.preventDefault();
      this.requestCancel();
      return;
    }
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const tabbables = this.tabbables();
    const first = tabbables[0];
    const last = tabbables[tabbables.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = deepActiveElement();
    const inside = active !== null && tabbables.includes(active);
    if (event.shiftKey && (active === first || !inside)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !inside)) {
      event.preventDefault();
      first.focus();
    }
  }

  private onClick(event: MouseEvent): void {
    const closer = event
      .composedPath()
      .find(
        (target): target is HTMLElement => target instanceof HTMLElement && target.hasAttribute('data-gu-dialog-close'),
      );
    if (closer) this.close((closer as HTMLButtonElement).value ?? '');
  }

  private onFooterSlotChange(event: Event): void {
    this.hasFooter = (event.target as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0;
  }

  override render() {
    return html`
      <dialog
        part="dialog"
        role=${this.alert ? 'alertdialog' : nothing}
        aria-modal="true"
        aria-labelledby="heading"
        aria-describedby=${this.alert ? 'body' : nothing}
        @keydown=${this.onKeydown}
        @cancel=${this.onNativeCancel}
        @close=${this.onNativeClose}
        @click=${this.onClick}
      >
        <div part="header" class="header">
          <h2 part="heading" class="heading" id="heading" tabindex="-1">${this.heading}</h2>
          ${this.hideClose ? nothing : closeButtonTemplate('close', this.i18n.msg.dialogClose, this.requestCancel)}
        </div>
        <div part="body" class="body" id="body"><slot></slot></div>
        <div part="footer" class="footer ${this.hasFooter ? '' : 'footer--empty'}">
          <slot name="footer" @slotchange=${this.onFooterSlotChange}></slot>
        </div>
      </dialog>
    `;
  }
}

/** Detail of `gu-dialog-close`. */
export interface GuDialogCloseDetail {
  /** The return value: what `close()` got, `cancel`, or the value of a `data-gu-dialog-close` button. */
  returnValue: string;
}

/** The dialog was shown. */
export class GuDialogOpenEvent extends GuEvent {
  static readonly eventName = 'gu-dialog-open';
  constructor() {
    super(GuDialogOpenEvent.eventName, undefined);
  }
}

/** Esc or the close button asks to cancel; cancelable — prevent it to keep the dialog open. */
export class GuDialogCancelEvent extends GuEvent {
  static readonly eventName = 'gu-dialog-cancel';
  constructor() {
    super(GuDialogCancelEvent.eventName, undefined, { cancelable: true });
  }
}

/** The dialog closed; `detail.returnValue` says how. */
export class GuDialogCloseEvent extends GuEvent<GuDialogCloseDetail> {
  static readonly eventName = 'gu-dialog-close';
  constructor(detail: GuDialogCloseDetail) {
    super(GuDialogCloseEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gu-dialog-open': GuDialogOpenEvent;
    'gu-dialog-cancel': GuDialogCancelEvent;
    'gu-dialog-close': GuDialogCloseEvent;
  }
}
