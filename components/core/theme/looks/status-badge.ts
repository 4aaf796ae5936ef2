import { css } from 'lit';
// Through '../../theme/': the build writes token() out as text where it comes from a path ending theme/base-styles.js.
import { token } from '../../theme/base-styles.js';

/**
 * The status badge's rules, for <gu-status-badge> and the tracker's rows (which draw it inline: 50 rows need no 50
 * shadow roots): `.badge`, a pill in its tone's pale surface with a border of the tone, and the tones `.tone-neutral` …
 * `.tone-error` (`.tone-progress` as info). Each tone sets `--tone` (border and icon; the text keeps AA contrast on the
 * surface), `--tone-surface`, and `--icon`, the tone's shape as a glyph for a badge that draws its icon in CSS.
 */
export const statusBadgeStyles = css`
  .badge {
    display: inline-flex;
    align-items: center;
    gap: calc(${token('--gu-space')} / 2);
    max-width: 100%;
    padding: 2px calc(${token('--gu-space')} * 1.25) 2px ${token('--gu-space')};
    border: 1px solid var(--tone);
    border-radius: ${token('--gu-status-badge-radius')};
    background: var(--tone-surface);
    font-size: 0.875em;
    font-weight: 700;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  .tone-neutral {
    --icon: '●';
    --tone: ${token('--gu-color-text-muted')};
    --tone-surface: ${token('--gu-color-surface')};
  }
  .tone-info {
    --icon: 'ℹ';
  }
  .tone-progress {
    --icon: '◔';
  }
  .tone-info,
  .tone-progress {
    --tone: ${token('--gu-color-info')};
    --tone-surface: ${token('--gu-color-info-surface')};
  }
  .tone-success {
    --icon: '✓';
    --tone: ${token('--gu-color-success')};
    --tone-surface: ${token('--gu-color-success-surface')};
  }
  .tone-warning {
    --icon: '⚠';
    --tone: ${token('--gu-color-warning')};
    --tone-surface: ${token('--gu-color-warning-surface')};
  }
  .tone-error {
    --icon: '✕';
    --tone: ${token('--gu-color-error')};
    --tone-surface: ${token('--gu-color-error-surface')};
  }
`;
