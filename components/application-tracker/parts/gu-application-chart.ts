import { GuApplicationChart } from './application-chart.js';

export { GuApplicationChart };

if (!customElements.get('gu-application-chart')) customElements.define('gu-application-chart', GuApplicationChart);

declare global {
  interface HTMLElementTagNameMap {
    'gu-application-chart': GuApplicationChart;
  }
}
