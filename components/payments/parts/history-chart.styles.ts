import { css } from 'lit';
import { token } from '../../core/theme/base-styles.js';

/** The chart «Расходы по месяцам»: the canvas' box, the summary and the data table. */
export const historyChartStyles = css`
  :host {
    display: block;
    margin-block: calc(${token('--gu-space')} * 2);
    /* What chart.js paints with (read in draw()): a canvas takes no CSS. One colour per category. */
    --chart-fine: ${token('--gu-color-primary')};
    --chart-tax: ${token('--gu-color-warning')};
    --chart-utility: ${token('--gu-color-success')};
    --chart-duty: ${token('--gu-color-text-muted')};
    --chart-text: ${token('--gu-color-text')};
  }
  section {
    display: flex;
    flex-direction: column;
    gap: calc(${token('--gu-space')} * 2);
    padding: calc(${token('--gu-space')} * 2);
    border: 1px solid ${token('--gu-color-border')};
    border-radius: ${token('--gu-radius')};
  }
  h4,
  p {
    margin: 0;
  }
  /* Sized by the chart, never by the canvas chart.js sized before (a narrower window, a larger text). */
  .canvas {
    position: relative;
    height: 18rem;
    margin: 0;
    contain: inline-size;
  }
  /* The table scrolls in its own region: its width never widens the chart or the page (inline-size containment). */
  .twin {
    overflow-x: auto;
    contain: inline-size;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: calc(${token('--gu-space')} / 2);
  }
  th,
  td {
    padding: 4px ${token('--gu-space')};
    border-bottom: 1px solid ${token('--gu-color-divider')};
    text-align: start;
    white-space: nowrap;
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;
