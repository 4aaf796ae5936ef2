import { css } from 'lit';
import { token } from '../../core/theme/base-styles.js';
import { field } from '../../core/theme/looks/field.js';

/** What only the flow parts need (forms, radios, progress, the simulated bank page): loaded with them. */
export const flowStyles = css`
  fieldset {
    border: 1px solid ${token('--gu-color-border')};
    border-radius: ${token('--gu-radius')};
    margin: 0 0 calc(${token('--gu-space')} * 2);
    padding: calc(${token('--gu-space')} * 2);
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(${token('--gu-space')} * 2);
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 4px;
  }
  label {
    display: block;
  }
  .check {
    display: flex;
    gap: ${token('--gu-space')};
    align-items: flex-start;
    min-height: 44px;
  }
  .check input {
    width: 24px;
    height: 24px;
    flex: none;
    margin: 2px 0 0;
  }
  select,
  input[type='search'] {
    min-height: 44px;
    padding: 0 ${token('--gu-space')};
    ${field}
  }
  progress {
    width: 100%;
    height: 16px;
    accent-color: ${token('--gu-color-primary')};
  }
  .bank-page {
    border: 3px dashed ${token('--gu-color-warning')};
    padding: calc(${token('--gu-space')} * 2);
    border-radius: ${token('--gu-radius')};
  }
`;
