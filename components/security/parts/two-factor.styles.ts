import { css } from 'lit';
import { token } from '../../core/theme/base-styles.js';
import { qrImage, qrText } from '../../core/theme/looks/qr.js';

/**
 * «Двухфакторный вход» and «Ключи доступа» (on top of `partStyles`): the lists of methods and passkeys, the state
 * line, the backup codes' grid, the authenticator app's QR code and key, the inline rename form.
 */
export const twoFactorStyles = css`
  .plain {
    display: grid;
    gap: ${token('--gu-space')};
    margin: 0 0 calc(${token('--gu-space')} * 2);
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${token('--gu-space')};
  }
  .item p {
    margin: 0;
  }
  .state {
    font-weight: 700;
  }
  .state.on {
    color: ${token('--gu-color-success')};
  }
  .status {
    margin-block: calc(${token('--gu-space')} * 2);
  }
  .guide {
    padding: calc(${token('--gu-space')} * 1.5);
    border-inline-start: 4px solid ${token('--gu-color-primary')};
    background: ${token('--gu-color-surface')};
  }
  fieldset {
    margin: 0 0 calc(${token('--gu-space')} * 2);
    padding: 0;
    border: 0;
  }
  legend {
    margin-bottom: calc(${token('--gu-space')} / 2);
    padding: 0;
    font-weight: 700;
  }
  .radio {
    display: flex;
    align-items: center;
    gap: ${token('--gu-space')};
    font-weight: 400;
  }
  .radio input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
  }
  .codes {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9ch, 1fr));
    gap: ${token('--gu-space')};
    margin: 0 0 calc(${token('--gu-space')} * 2);
    padding: 0;
    list-style: none;
    font-family: ui-monospace, 'Cascadia Mono', 'Roboto Mono', monospace;
    font-size: 1.125em;
    font-variant-numeric: tabular-nums;
  }
  .qr {
    ${qrImage}
  }
  .gu-qr-text {
    ${qrText}
  }
  .qr-box {
    display: inline-block;
    padding: ${token('--gu-space')};
    background: #fff;
    line-height: 0;
  }
  .key {
    display: inline-block;
    padding: calc(${token('--gu-space')} / 2) ${token('--gu-space')};
    border: 1px solid ${token('--gu-color-divider')};
    border-radius: ${token('--gu-radius')};
    font-family: ui-monospace, 'Cascadia Mono', 'Roboto Mono', monospace;
    font-size: 1.125em;
    letter-spacing: 0.05em;
    word-spacing: 0.4em;
    user-select: all;
  }
  ol.steps {
    margin: 0 0 calc(${token('--gu-space')} * 2);
    padding-inline-start: 1.5em;
  }
  .field {
    margin-bottom: calc(${token('--gu-space')} * 2);
  }
  .rename {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: ${token('--gu-space')};
  }
  .hint {
    display: block;
    font-weight: 400;
  }
  .field-error {
    color: ${token('--gu-color-error')};
    font-weight: 700;
  }
`;
