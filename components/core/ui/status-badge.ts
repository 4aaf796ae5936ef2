import { LitElement, css, html } from 'lit';
import { baseStyles, token } from '../theme/index.js';
import { statusBadgeStyles } from '../theme/looks/status-badge.js';
import { feedbackIcon } from './feedback-icons.js';

/** The tones of a status badge. */
export type StatusTone = 'neutral' | 'info' | 'success' | 'warning' | 'error' | 'progress';

const TONES: readonly StatusTone[] = ['neutral', 'info', 'success', 'warning', 'error', 'progress'];

/**
 * @summary A short status of an application or a payment («Исполнено», «Требует действий»). The text is always
 * shown; the tone adds an icon of its own shape and a colour, so the status never depends on colour.
 * Text and icon meet WCAG AA contrast in every tone, in the default and high-contrast themes.
 *
 * @slot - The status text (overrides `label`).
 * @csspart badge - The badge box.
 * @csspart icon - The decorative tone icon.
 * @csspart label - The text.
 * @cssprop --gu-status-badge-radius - Corner radius (default 999px, a pill).
 */
export class GuStatusBadge extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline-block;
        max-width: 100%;
        vertical-align: middle;
      }
      ${statusBadgeStyles}
      .badge {
        color: ${token('--gu-color-text')};
      }
      .icon {
        display: ${token('--gu-icon-display')};
        flex: none;
        width: 1.15em;
        height: 1.15em;
        color: var(--tone);
      }
      @media (forced-colors: active) {
        .badge {
          border-color: CanvasText;
        }
        .icon {
          color: CanvasText;
        }
      }
    `,
  ];

  static override properties = {
    tone: { type: String, reflect: true },
    label: { type: String },
  };

  /** neutral | info | success | warning | error | progress (default neutral). */
  declare tone: StatusTone;
  /** The status text, when not given in the slot. */
  declare label: string;

  constructor() {
    super();
    this.tone = 'neutral';
    this.label = '';
  }

  override render() {
    const tone = TONES.includes(this.tone) ? this.tone : 'neutral';
    return html`<span part="badge" class="badge tone-${tone}"
      >${feedbackIcon(tone)}<span part="label" class="label"><slot>${this.label}</slot></span></span
    >`;
  }
}
