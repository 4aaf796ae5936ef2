import { css } from 'lit';

/** What only the flow parts need (forms, radios, progress, the simulated bank page): loaded with them. */
export const flowStyles = css`
  fieldset {
    border: 1px solid var(--gu-color-border);
    border-radius: var(--gu-radius, 4px);
    margin: 0 0 calc(var(--gu-space, 8px) * 2);
    padding: calc(var(--gu-space, 8px) * 2);
    display: grid;
    gap: calc(var(--gu-space, 8px) * 2);
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
    gap: var(--gu-space, 8px);
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
    font: inherit;
    border: 1px solid var(--gu-color-border);
    border-radius: var(--gu-radius, 4px);
    padding: 0 8px;
    background: var(--gu-color-background, #fff);
    color: inherit;
    max-width: 100%;
  }
  progress {
    width: 100%;
    height: 16px;
    accent-color: var(--gu-color-primary);
  }
  .bank-page {
    border: 3px dashed var(--gu-color-warning, #8a5a00);
    padding: calc(var(--gu-space, 8px) * 2);
    border-radius: var(--gu-radius, 4px);
  }
`;
