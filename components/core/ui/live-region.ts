import { LitElement, css, html } from 'lit';
import { baseStyles, visuallyHidden } from '../theme/index.js';
import type { Politeness } from './announcer.js';

/**
 * @summary A widget-local live region for short status text («Код отправлен», «Сохранено»).
 * The region is rendered from the start, empty, so every later `message` is announced. Use `polite` for
 * status and `assertive` only for errors and time limits. To announce the same text again, call `announce()`.
 * For messages that belong to no widget position, use `announce()` from `announcer.ts` instead.
 *
 * @csspart region - The live region.
 */
export class GuLiveRegion extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      :host([visually-hidden]) {
        ${visuallyHidden}
      }
    `,
  ];

  static override properties = {
    message: { type: String },
    politeness: { type: String, reflect: true },
    visuallyHidden: { type: Boolean, reflect: true, attribute: 'visually-hidden' },
  };

  /** The text in the region; every change is announced. */
  declare message: string;
  /** polite (role="status", default) | assertive (role="alert"). */
  declare politeness: Politeness;
  /** Hides the region visually while keeping it announced. */
  declare visuallyHidden: boolean;

  private pendingFrame = 0;

  constructor() {
    super();
    this.message = '';
    this.politeness = 'polite';
    this.visuallyHidden = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.pendingFrame);
  }

  /** Clears the region and writes `message` on the next frame, so even an unchanged text is announced again. */
  announce(message: string): Promise<void> {
    cancelAnimationFrame(this.pendingFrame);
    this.message = '';
    return new Promise((resolve) => {
      this.pendingFrame = requestAnimationFrame(async () => {
        this.message = message;
        await this.updateComplete;
        resolve();
      });
    });
  }

  override render() {
    const role = this.politeness === 'assertive' ? 'alert' : 'status';
    const live = role === 'alert' ? 'assertive' : 'polite';
    return html`<div part="region" role=${role} aria-live=${live} aria-atomic="true">${this.message}</div>`;
  }
}
