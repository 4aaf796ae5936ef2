import { css } from 'lit';
import { token } from '../../core/theme/base-styles.js';
import { qrImage, qrText } from '../../core/theme/looks/qr.js';

/** What the checkout and payment views draw beyond the parts' shared styles. */
export const checkoutStyles = css`
  section {
    margin-block: calc(${token('--gu-space')} * 3);
  }
  fieldset {
    margin: 0 0 calc(${token('--gu-space')} * 2);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    margin-bottom: ${token('--gu-space')};
    padding: 0;
    font-weight: 700;
  }
  .choice {
    display: flex;
    gap: ${token('--gu-space')};
    align-items: flex-start;
    margin-bottom: ${token('--gu-space')};
  }
  .choice input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: ${token('--gu-color-primary')};
  }
  .choice label {
    margin: 0;
    font-weight: 400;
  }
  .choice .name {
    display: block;
    font-weight: 700;
  }
  .choice .hint {
    display: block;
    color: ${token('--gu-color-text-muted')};
  }
  .sub {
    margin-inline-start: calc(1.25em + ${token('--gu-space')});
  }
  .changes ul,
  .orders ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .notice {
    margin-block: calc(${token('--gu-space')} * 2);
    padding: calc(${token('--gu-space')} * 2);
    border: 1px solid ${token('--gu-color-divider')};
    border-inline-start: 4px solid ${token('--gu-color-primary')};
    border-radius: ${token('--gu-radius')};
  }
  .is-empty {
    display: none;
  }
  .total-row th,
  .total-row td {
    font-weight: 700;
    border-bottom: 0;
  }
  .qr {
    display: inline-block;
    padding: ${token('--gu-space')};
    background: #fff;
    border: 1px solid ${token('--gu-color-divider')};
  }
  .qr svg {
    ${qrImage}
  }
  .gu-qr-text {
    ${qrText}
  }
  dl.details {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: calc(${token('--gu-space')} / 2) calc(${token('--gu-space')} * 2);
    margin: 0 0 calc(${token('--gu-space')} * 2);
  }
  dl.details dt {
    font-weight: 700;
  }
  dl.details dd {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--gu-space')};
    align-items: baseline;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .copy {
    min-height: 2em;
    padding: 0 ${token('--gu-space')};
    font-size: 0.875em;
  }
  .result {
    padding: calc(${token('--gu-space')} * 2);
    border: 2px solid ${token('--gu-color-divider')};
    border-radius: ${token('--gu-radius')};
  }
  .result.tone-success {
    border-color: ${token('--gu-color-success')};
  }
  .result.tone-error {
    border-color: ${token('--gu-color-error')};
  }
  .deep-link {
    display: none;
  }
  @media (max-width: 40em), (pointer: coarse) {
    .deep-link {
      display: inline-flex;
    }
  }
`;
