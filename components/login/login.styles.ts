/**
 * The stylesheet of <gu-login>. The widget renders into its light DOM (so password managers and autofill see the
 * credential form), so these rules are adopted on the document or the enclosing shadow root and every selector is
 * scoped under `gu-login`. No style attributes (strict CSP). Every kit token through core/theme's `token()` (its
 * default from the tokens' table); the visually-hidden declarations are core/theme's.
 */
import { css } from 'lit';
import { token, visuallyHidden } from '../core/theme/base-styles.js';
import { outlinedButton, outlinedButtonHover, primaryButton, primaryButtonHover } from '../core/theme/looks/buttons.js';

export const loginStyles = css`
  gu-login {
    display: block;
    max-width: ${token('--gu-login-width')};
    font-family: ${token('--gu-font-family')};
    font-size: ${token('--gu-font-size')};
    line-height: ${token('--gu-line-height')};
    color: ${token('--gu-color-text')};
  }
  gu-login[hidden] {
    display: none;
  }
  gu-login *,
  gu-login *::before,
  gu-login *::after {
    box-sizing: border-box;
  }
  gu-login :focus-visible {
    outline: ${token('--gu-focus-width')} solid ${token('--gu-color-focus')};
    outline-offset: 2px;
  }
  /* Visually hidden: screen-reader text, and an error region without a message. Hidden by state, not by :empty: Lit
     keeps the whitespace around a binding, so an empty region is :empty only in a compacted build — dev, Storybook,
     tests and production must look the same. The empty region stays in the accessibility tree (a live region that
     exists before its message) but takes no space. */
  /* Visually hidden: screen-reader text, and an error region without a message — hidden by state, not by :empty (Lit
     keeps the whitespace around a binding). The empty region stays a live region that exists before its message. */
  gu-login .gu-login__sr,
  gu-login .gu-login__error:not(.gu-login__error--shown) {
    ${visuallyHidden}
  }
  gu-login .gu-login__heading {
    font-size: 1.5em;
    line-height: 1.25;
    margin: 0 0 calc(2 * ${token('--gu-space')});
  }
  gu-login .gu-login__heading:focus {
    outline: none;
  }
  gu-login .gu-login__heading:focus-visible {
    outline: ${token('--gu-focus-width')} solid ${token('--gu-color-focus')};
  }
  gu-login form,
  gu-login .gu-login__step {
    display: grid;
    gap: calc(2 * ${token('--gu-space')});
    margin: 0;
  }
  gu-login p {
    margin: 0;
  }
  gu-login a {
    color: ${token('--gu-color-primary')};
  }
  gu-login .gu-login__field {
    display: grid;
    gap: 4px;
  }
  gu-login label,
  gu-login legend {
    font-weight: 700;
  }
  gu-login .gu-login__hint {
    color: ${token('--gu-color-text-muted')};
    font-size: 0.875em;
  }
  gu-login .gu-login__error {
    color: ${token('--gu-color-error')};
    font-weight: 700;
  }
  gu-login .gu-login__error--shown::before,
  gu-login .gu-login__alert-box::before {
    content: '!';
    display: inline-grid;
    place-items: center;
    width: 1.25em;
    height: 1.25em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: ${token('--gu-color-error')};
    color: ${token('--gu-color-on-primary')};
    font-size: 0.875em;
  }
  gu-login input[type='text'],
  gu-login input[type='password'],
  gu-login input[type='email'],
  gu-login input[type='tel'],
  gu-login select {
    width: 100%;
    min-height: ${token('--gu-login-control-height')};
    padding: 0 12px;
    border: 2px solid ${token('--gu-color-border')};
    border-radius: ${token('--gu-radius')};
    background: ${token('--gu-color-background')};
    color: inherit;
    font: inherit;
  }
  gu-login input[aria-invalid='true'] {
    border-color: ${token('--gu-color-error')};
    border-width: 4px;
  }
  gu-login .gu-login__password {
    display: flex;
    gap: ${token('--gu-space')};
    align-items: stretch;
  }
  gu-login .gu-login__check,
  gu-login .gu-login__radio {
    display: flex;
    gap: ${token('--gu-space')};
    align-items: flex-start;
    min-height: 44px;
    font-weight: 400;
  }
  gu-login .gu-login__check input,
  gu-login .gu-login__radio input {
    width: 24px;
    height: 24px;
    margin: 0;
    flex: none;
    accent-color: ${token('--gu-color-primary')};
  }
  gu-login .gu-login__button {
    ${outlinedButton}
  }
  gu-login .gu-login__button:hover {
    ${outlinedButtonHover}
  }
  gu-login .gu-login__button:not(.gu-login__button--secondary) {
    ${primaryButton}
  }
  gu-login .gu-login__button:not(.gu-login__button--secondary):hover {
    ${primaryButtonHover}
  }
  gu-login .gu-login__button[aria-disabled='true'],
  gu-login .gu-login__button:disabled {
    opacity: 0.7;
    cursor: not-allowed;
  }
  gu-login .gu-login__link {
    min-height: 24px;
    min-width: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: ${token('--gu-color-primary')};
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
    justify-self: start;
    text-align: start;
  }
  gu-login .gu-login__link:disabled {
    color: ${token('--gu-color-text-muted')};
    text-decoration: none;
    cursor: not-allowed;
  }
  gu-login .gu-login__actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(2 * ${token('--gu-space')});
    align-items: center;
  }
  gu-login .gu-login__alert-box {
    padding: calc(1.5 * ${token('--gu-space')}) calc(2 * ${token('--gu-space')});
    border: 2px solid ${token('--gu-color-error')};
    border-inline-start-width: 8px;
    border-radius: ${token('--gu-radius')};
    background: ${token('--gu-color-error-surface')};
    margin-bottom: calc(2 * ${token('--gu-space')});
  }
  gu-login .gu-login__summary {
    padding: calc(2 * ${token('--gu-space')});
    border: 4px solid ${token('--gu-color-error')};
    border-radius: ${token('--gu-radius')};
  }
  gu-login .gu-login__summary h3 {
    margin: 0 0 ${token('--gu-space')};
    font-size: 1.125em;
  }
  gu-login .gu-login__summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  gu-login .gu-login__summary a {
    color: ${token('--gu-color-error')};
    font-weight: 700;
    display: inline-block;
    min-height: 24px;
  }
  gu-login .gu-login__ways {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: ${token('--gu-space')};
  }
  gu-login .gu-login__ways .gu-login__button {
    width: 100%;
    text-align: start;
  }
  @media (forced-colors: active) {
    gu-login .gu-login__alert-box,
    gu-login .gu-login__summary,
    gu-login input {
      border-color: CanvasText;
    }
    gu-login .gu-login__button {
      border-color: ButtonText;
    }
  }
`;
