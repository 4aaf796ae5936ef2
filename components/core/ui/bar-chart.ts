/**
 * chart.js for the kit's bar charts (the tracker's, the payment history's): only the bar controller, its element, the
 * two scales and the legend, registered once. Widgets load this module with `import()` when a chart is first shown;
 * importing named parts (not the whole namespace) lets the build leave the rest of chart.js out — 48 KB gzip instead
 * of 68.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);

export { Chart };
export type BarChart = Chart<'bar'>;
