import { css } from 'lit';
import { token } from '../../core/theme/base-styles.js';

/** «Контрольные вопросы»' own rules (on top of core/theme/looks/part.ts `partStyles`). */
export const questionsStyles = css`
  fieldset {
    border: 1px solid ${token('--gu-color-divider')};
    border-radius: ${token('--gu-radius')};
    padding: calc(${token('--gu-space')} * 2);
    margin: 0 0 calc(${token('--gu-space')} * 2);
    display: grid;
    gap: ${token('--gu-space')};
  }
  legend {
    font-weight: 700;
    padding: 0 calc(${token('--gu-space')} / 2);
  }
  .input {
    width: 100%;
    max-width: 32em;
  }
  .error {
    color: ${token('--gu-color-error')};
    margin: 0;
  }
  .hint {
    margin: 0;
  }
  ul.chosen {
    margin: 0 0 calc(${token('--gu-space')} * 1.5);
    padding-inline-start: 1.25em;
  }
`;
