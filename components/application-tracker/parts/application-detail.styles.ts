import { css } from 'lit';
import { token } from '../../core/theme/index.js';

/**
 * The detail of one application (<gu-application-detail>): facts, actions, timeline, documents — and the message
 * thread (<gu-application-thread>), which renders into the detail's shadow root and so is dressed here too.
 */
export const detailStyles = css`
  :host,
  gu-application-thread {
    display: block;
  }
  .detail {
    display: flex;
    flex-direction: column;
    gap: calc(${token('--gu-space')} * 3);
  }
  section {
    display: flex;
    flex-direction: column;
    gap: ${token('--gu-space')};
  }
  .head {
    display: flex;
    flex-direction: column;
    gap: ${token('--gu-space')};
    align-items: flex-start;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 4px calc(${token('--gu-space')} * 2);
    margin: 0;
  }
  .facts dt {
    color: ${token('--gu-color-text-muted')};
  }
  .facts dd {
    margin: 0;
  }
  .overdue {
    color: ${token('--gu-color-error')};
    font-weight: 700;
  }
  .overdue::before {
    content: '⚠ ';
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--gu-space')};
  }
  ol.timeline {
    list-style: none;
    margin: 0;
    padding: 0 0 0 calc(${token('--gu-space')} * 2);
    border-left: 3px solid ${token('--gu-color-divider')};
  }
  ol.timeline li {
    position: relative;
    padding: 0 0 calc(${token('--gu-space')} * 2) calc(${token('--gu-space')} * 1.5);
  }
  ol.timeline li::before {
    content: '';
    position: absolute;
    left: calc(-${token('--gu-space')} * 2 - 8px);
    top: 0.4em;
    width: 13px;
    height: 13px;
    border: 2px solid ${token('--gu-color-primary')};
    border-radius: 50%;
    background: ${token('--gu-color-background')};
  }
  .when {
    display: block;
    color: ${token('--gu-color-text-muted')};
  }
  .comment {
    margin: 4px 0 0;
  }
  ul.docs li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${token('--gu-space')};
    padding: ${token('--gu-space')} 0;
    border-bottom: 1px solid ${token('--gu-color-divider')};
  }
  ol.thread li {
    padding: ${token('--gu-space')};
    border: 1px solid ${token('--gu-color-divider')};
    border-radius: ${token('--gu-radius')};
  }
  ol.thread li.operator {
    border-left: 4px solid ${token('--gu-color-primary')};
  }
  .message-form {
    display: flex;
    flex-direction: column;
    gap: ${token('--gu-space')};
    align-items: flex-start;
  }
  .message-form textarea {
    width: 100%;
  }
  .error {
    color: ${token('--gu-color-error')};
    font-weight: 600;
  }
  p {
    margin: 0;
  }
  @media (forced-colors: active) {
    ol.timeline li::before {
      border-color: CanvasText;
    }
  }
`;
