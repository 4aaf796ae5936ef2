import { css } from 'lit';
import { token } from '../../core/theme/base-styles.js';

/**
 * «Изменить пароль»' own rules (on top of core/theme/looks/part.ts `partStyles`): the form, the shared checklist and
 * strength meter (core/password, under the block `gu-security-password`), the code step.
 */
export const passwordStyles = css`
  form {
    display: grid;
    gap: calc(${token('--gu-space')} * 2);
    max-width: 36em;
  }
  .gu-security-password__sr {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .gu-security-password__checklist {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 4px;
  }
  .gu-security-password__checklist li::before {
    content: '○';
    display: inline-block;
    width: 1.5em;
    font-weight: 700;
  }
  .gu-security-password__checklist li[data-met]::before {
    content: '✓';
    color: ${token('--gu-color-success')};
  }
  .gu-security-password__strength {
    display: grid;
    gap: 4px;
  }
  .gu-security-password__strength p {
    margin: 0;
  }
  .gu-security-password__strength ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .gu-security-password__hint {
    color: ${token('--gu-color-text-muted')};
  }
  .check {
    display: flex;
    gap: ${token('--gu-space')};
    align-items: center;
    font-weight: 400;
    min-height: 24px;
  }
  .check input {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
  }
  .hint {
    margin: 0;
  }
`;
