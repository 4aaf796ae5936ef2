import { css, unsafeCSS } from 'lit';
import { TOKEN_DEFAULTS, type TokenName } from './tokens.js';

/**
 * A token for component styles: `var(` name `,` its default from TOKEN_DEFAULTS `)` — the one way styles read a
 * `--gu-*` token (the kit's build writes the same text in place of the call).
 */
export function token(name: TokenName) {
  return unsafeCSS(`var(${name}, ${TOKEN_DEFAULTS[name]})`);
}

/** The declarations that hide content visually but keep it for screen readers. */
export const visuallyHidden = css`
  position: absolute !important;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
`;

/**
 * Shared styles every gu-kit element adopts first: tokens with defaults, box sizing, the focus ring on
 * `:focus-visible` only, `hidden` that always hides (host and shadow content), a visually-hidden utility, reduced motion and forced colors.
 */
export const baseStyles = css`
  :host {
    font-family: ${token('--gu-font-family')};
    font-size: ${token('--gu-font-size')};
    line-height: ${token('--gu-line-height')};
    color: ${token('--gu-color-text')};
    -webkit-text-size-adjust: 100%;
  }
  /* An element's own display rule beats the UA's [hidden] { display: none }: hidden must always hide. */
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: ${token('--gu-focus-width')} solid ${token('--gu-color-focus')};
    outline-offset: 2px;
  }
  .visually-hidden {
    ${visuallyHidden}
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
