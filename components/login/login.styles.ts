/**
 * The stylesheet of <gu-login>. The widget renders into its light DOM (so password managers and autofill see the
 * credential form), so these rules are adopted on the document or the enclosing shadow root and every selector is
 * scoped under `gu-login`. No style attributes (strict CSP). Token defaults are those of core/theme/tokens.ts (inlined
 * to keep the first render small).
 */
import { css } from 'lit';

export const loginStyles = css`
  gu-login {
    display: block;
    max-width: var(--gu-login-width, 32rem);
    font-family: var(--gu-font-family, Lato, 'Helvetica Neue', Arial, sans-serif);
    font-size: var(--gu-font-size, 1rem);
    line-height: var(--gu-line-height, 1.5);
    color: var(--gu-color-text, #0b1f33);
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
    outline: var(--gu-focus-width, 3px) solid var(--gu-color-focus, #0d4cd3);
    outline-offset: 2px;
  }
  /* Visually hidden: screen-reader text, and an error region without a message. Hidden by state, not by :empty: Lit
     keeps the whitespace around a binding, so an empty region is :empty only in a compacted build — dev, Storybook,
     tests and production must look the same. The empty region stays in the accessibility tree (a live region that
     exists before its message) but takes no space. */
  gu-login .gu-login__sr,
  gu-login .gu-login__error:not(.gu-login__error--shown) {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  gu-login .gu-login__heading {
    font-size: 1.5rem;
    line-height: 1.25;
    margin: 0 0 calc(2 * var(--gu-space, 8px));
  }
  gu-login .gu-login__heading:focus {
    outline: none;
  }
  gu-login .gu-login__heading:focus-visible {
    outline: var(--gu-focus-width, 3px) solid var(--gu-color-focus, #0d4cd3);
  }
  gu-login form,
  gu-login .gu-login__step {
    display: grid;
    gap: calc(2 * var(--gu-space, 8px));
    margin: 0;
  }
  gu-login p {
    margin: 0;
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
    color: var(--gu-color-text-muted, #4a5868);
    font-size: 0.875rem;
  }
  gu-login .gu-login__error {
    color: var(--gu-color-error, #b3001b);
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
    background: var(--gu-color-error, #b3001b);
    color: #fff;
    font-size: 0.875em;
  }
  gu-login input[type='text'],
  gu-login input[type='password'],
  gu-login input[type='email'],
  gu-login input[type='tel'],
  gu-login select {
    width: 100%;
    min-height: var(--gu-login-control-height, var(--gu-control-height, 48px));
    padding: 0 12px;
    border: 2px solid var(--gu-color-border, #6b7886);
    border-radius: var(--gu-radius, 8px);
    background: var(--gu-color-background, #ffffff);
    color: inherit;
    font: inherit;
  }
  gu-login input[aria-invalid='true'] {
    border-color: var(--gu-color-error, #b3001b);
    border-width: 4px;
  }
  gu-login .gu-login__password {
    display: flex;
    gap: var(--gu-space, 8px);
    align-items: stretch;
  }
  gu-login .gu-login__check {
    display: flex;
    gap: var(--gu-space, 8px);
    align-items: flex-start;
    min-height: 44px;
    font-weight: 400;
  }
  gu-login .gu-login__check input {
    width: 24px;
    height: 24px;
    margin: 0;
    flex: none;
    accent-color: var(--gu-color-primary, #0d4cd3);
  }
  gu-login .gu-login__button {
    min-height: var(--gu-control-height, 48px);
    padding: 0 calc(3 * var(--gu-space, 8px));
    border: 2px solid var(--gu-color-primary, #0d4cd3);
    border-radius: var(--gu-radius, 8px);
    background: var(--gu-color-primary, #0d4cd3);
    color: var(--gu-color-on-primary, #ffffff);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  gu-login .gu-login__button:hover {
    background: var(--gu-color-primary-hover, #0a3aa3);
  }
  gu-login .gu-login__button--secondary {
    background: var(--gu-color-background, #ffffff);
    color: var(--gu-color-primary, #0d4cd3);
  }
  gu-login .gu-login__button--secondary:hover {
    background: var(--gu-color-surface, #f5f7fa);
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
    color: var(--gu-color-primary, #0d4cd3);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
    justify-self: start;
    text-align: start;
  }
  gu-login .gu-login__link:disabled {
    color: var(--gu-color-text-muted, #4a5868);
    text-decoration: none;
    cursor: not-allowed;
  }
  gu-login .gu-login__actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(2 * var(--gu-space, 8px));
    align-items: center;
  }
  gu-login .gu-login__alert-box {
    padding: calc(1.5 * var(--gu-space, 8px)) calc(2 * var(--gu-space, 8px));
    border: 2px solid var(--gu-color-error, #b3001b);
    border-inline-start-width: 8px;
    border-radius: var(--gu-radius, 8px);
    background: var(--gu-color-error-surface, #fdecee);
    margin-bottom: calc(2 * var(--gu-space, 8px));
  }
  gu-login .gu-login__summary {
    padding: calc(2 * var(--gu-space, 8px));
    border: 4px solid var(--gu-color-error, #b3001b);
    border-radius: var(--gu-radius, 8px);
  }
  gu-login .gu-login__summary h3 {
    margin: 0 0 var(--gu-space, 8px);
    font-size: 1.125rem;
  }
  gu-login .gu-login__summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  gu-login .gu-login__summary a {
    color: var(--gu-color-error, #b3001b);
    font-weight: 700;
    display: inline-block;
    min-height: 24px;
  }
  gu-login .gu-login__ways {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--gu-space, 8px);
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
