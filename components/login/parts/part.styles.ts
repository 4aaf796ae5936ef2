/**
 * The rules only the lazily loaded parts use (the parts themselves, fieldsets, notes, the new-password checklist and strength
 * meter, the QR image, certificates): adopted with the first part, next to the first-render sheet (login.styles.ts),
 * on the document or the enclosing shadow root; selectors scoped to `gu-login`, no style attributes.
 */
import { css } from 'lit';
import { adoptStyles } from '../../core/ui/light-dom-form.js';
import { token } from '../../core/theme/base-styles.js';
import { qrImage, qrText } from '../../core/theme/looks/qr.js';

const partStyles = css`
  gu-login .gu-login__part {
    display: block;
  }
  gu-login fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 4px;
  }
  gu-login .gu-login__note {
    min-width: 0;
    margin: 0;
    overflow-wrap: anywhere;
    padding: calc(1.5 * ${token('--gu-space')});
    border-radius: ${token('--gu-radius')};
    background: ${token('--gu-color-surface')};
  }
  gu-login .gu-login__checklist {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 4px;
  }
  gu-login .gu-login__checklist li::before {
    content: '○';
    display: inline-block;
    width: 1.5em;
    font-weight: 700;
  }
  gu-login .gu-login__checklist li[data-met]::before {
    content: '✓';
    color: ${token('--gu-color-success')};
  }
  gu-login .gu-login__qr {
    ${qrImage}
    width: 12rem;
    height: 12rem;
    image-rendering: pixelated;
    border: 8px solid #fff;
    background: #fff;
  }
  gu-login .gu-qr-text {
    ${qrText}
  }
  gu-login .gu-login__cert {
    display: grid;
  }
  gu-login .gu-login__strength {
    display: grid;
    gap: 4px;
  }
  gu-login .gu-login__strength ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  gu-login .gu-login__qr-box {
    justify-self: start;
  }
`;

/** Adopts the parts' stylesheet where the widget's light DOM lives (`root`: a part's root node), once per root. */
export const adoptPartStyles = (root: Node): void => adoptStyles(root, partStyles);
