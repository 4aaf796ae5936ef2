import { css } from 'lit';
// Through ../../core/theme/: the build writes token() out as text (build/compact-templates.ts).
import { token } from '../../core/theme/base-styles.js';
import { statusBadgeStyles } from '../../core/theme/looks/status-badge.js';

/** What only «Это был не я» draws: the sign-in's facts, the numbered steps with their state, the embedded part. */
export const incidentStyles = css`
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(${token('--gu-space')} / 2) calc(${token('--gu-space')} * 2);
    margin: 0 0 calc(${token('--gu-space')} * 2);
  }
  .facts dt {
    color: ${token('--gu-color-text-muted')};
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .steps {
    display: grid;
    gap: calc(${token('--gu-space')} * 1.5);
    margin: 0 0 calc(${token('--gu-space')} * 2);
    padding-inline-start: calc(${token('--gu-space')} * 3);
  }
  .step {
    padding: calc(${token('--gu-space')} * 2);
    border: 1px solid ${token('--gu-color-divider')};
    border-radius: ${token('--gu-radius')};
  }
  .step::marker {
    font-weight: 700;
  }
  .step-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('--gu-space')};
    margin-bottom: ${token('--gu-space')};
  }
  .step-head h4 {
    margin: 0;
    font-size: 1em;
  }
  .embedded {
    margin-top: calc(${token('--gu-space')} * 2);
    padding-top: calc(${token('--gu-space')} * 2);
    border-top: 1px solid ${token('--gu-color-divider')};
  }
  textarea.input {
    display: block;
    width: 100%;
    min-height: 5em;
    padding: ${token('--gu-space')};
    resize: vertical;
  }
  .hint {
    margin: calc(${token('--gu-space')} / 2) 0 ${token('--gu-space')};
    font-size: 0.875em;
  }
  .field-error {
    margin: 0 0 ${token('--gu-space')};
    color: ${token('--gu-color-error')};
    font-weight: 600;
  }
  .field-error.is-empty {
    margin: 0;
  }
  .reference {
    font-weight: 700;
  }
  ${statusBadgeStyles}
  .badge::before {
    content: var(--icon) / '';
    flex: none;
    width: 1.15em;
    text-align: center;
    color: var(--tone);
  }
  @media (max-width: 30em) {
    .facts {
      grid-template-columns: 1fr;
    }
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
    .badge::before {
      color: CanvasText;
    }
  }
`;
