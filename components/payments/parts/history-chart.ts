import { html, type PropertyValues, type TemplateResult } from 'lit';
import { isApiError } from '../../core/api/index.js';
import { LocaleController } from '../../core/i18n/index.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import '../../core/ui/gu-error-state.js';
import '../../core/ui/gu-loading-state.js';
import { getPaymentStats, type HistoryFilters } from '../history-api.js';
import type { HistoryMessages } from '../locales/history-ru.js';
import { CHARGE_KINDS, type ChargeKind, type PaymentStats } from '../types.js';
import { historyMessages } from './history.js';
import { historyChartStyles } from './history-chart.styles.js';
import { PaymentsPart } from './part.js';
import type * as BarCharts from '../../core/ui/bar-chart.js';

type ChartModule = typeof BarCharts;
type ChartInstance = InstanceType<ChartModule['Chart']>;

let chartModule: Promise<ChartModule> | undefined;

/** chart.js, loaded the first time the chart is shown (a chunk of its own, never in the widget's first render). */
function loadChartJs(): Promise<ChartModule> {
  chartModule ??= import('../../core/ui/bar-chart.js');
  chartModule.catch(() => (chartModule = undefined));
  return chartModule;
}

const FORCED_COLORS = '(forced-colors: active)';

/** The system colours of forced-colours mode, resolved by the browser from a probe element in `root`. */
function systemColors(root: ShadowRoot): { kinds: string[]; border: string; text: string; grid: string } {
  const probe = document.createElement('span');
  probe.hidden = true;
  root.append(probe);
  const read = (keyword: string): string => {
    probe.style.setProperty('color', keyword);
    return getComputedStyle(probe).color;
  };
  // Four categories in four system colours that differ from the canvas and from each other.
  const colors = {
    kinds: [read('Highlight'), read('CanvasText'), read('GrayText'), read('LinkText')],
    border: read('CanvasText'),
    text: read('CanvasText'),
    grid: read('GrayText'),
  };
  probe.remove();
  return colors;
}

/** Kopecks of a kind in a month of the stats. */
function amountOf(month: PaymentStats['months'][number], kind: ChargeKind): number {
  return month.byKind.filter((entry) => entry.kind === kind).reduce((sum, entry) => sum + entry.amount, 0);
}

/**
 * @summary «Расходы по месяцам»: completed payments' sums by month, stacked by category (chart.js, loaded when the
 * chart is first shown), a one-sentence summary, and the same figures in a data table — the canvas is hidden from
 * assistive technology, the table is what screen readers and keyboard users read. Forced colours and reduced motion
 * are followed. Internal to `<gu-payments>`' history.
 */
export class GuPaymentsHistoryChart extends PaymentsPart<HistoryMessages> {
  static override styles = [baseStyles, historyChartStyles];

  static override properties = {
    period: { attribute: false },
    stats: { state: true },
    failure: { state: true },
  };

  protected readonly i18n = new LocaleController(this, historyMessages);

  /** The history's period filter: the chart covers the same days (the server's default without one). */
  declare period: Pick<HistoryFilters, 'from' | 'to'>;
  declare private stats: PaymentStats | undefined;
  declare private failure: unknown;

  #chart: ChartInstance | undefined;
  #request: AbortController | undefined;
  #asked = '';
  readonly #forcedColors = matchMedia(FORCED_COLORS);
  readonly #onForcedColors = (): void => void this.#draw();

  constructor() {
    super();
    this.period = {};
    this.stats = undefined;
    this.failure = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#forcedColors.addEventListener('change', this.#onForcedColors);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#forcedColors.removeEventListener('change', this.#onForcedColors);
    this.#request?.abort();
    this.#request = undefined;
    this.#asked = '';
    this.#destroy();
  }

  protected override resumeAfterMove(): void {
    this.#fetch();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('ctx') || changed.has('period')) this.#fetch();
  }

  protected override updated(): void {
    void this.#draw();
  }

  /** Asks for the stats of the period (again only when the period or the payments changed). */
  #fetch(force = false): void {
    if (!this.ctx) return;
    const key = `${this.period.from ?? ''}/${this.period.to ?? ''}/${this.ctx.revision.payments}`;
    if (key === this.#asked && !force) return;
    this.#asked = key;
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.failure = undefined;
    this.stats = undefined;
    Promise.all([
      getPaymentStats(this.ctx.client, this.period, AbortSignal.any([request.signal, this.abort.signal])),
      loadChartJs(),
    ]).then(
      ([stats]) => {
        if (request === this.#request) this.stats = stats;
      },
      (error: unknown) => {
        if (request !== this.#request || this.aborted(error)) return;
        this.#asked = '';
        this.failure = error;
      },
    );
  }

  #destroy(): void {
    this.#chart?.destroy();
    this.#chart = undefined;
  }

  #monthLabel(month: string, long = false): string {
    return this.i18n.date(`${month}-15T12:00:00Z`, { month: long ? 'long' : 'short', year: 'numeric' });
  }

  async #draw(): Promise<void> {
    const stats = this.stats;
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas');
    if (!stats || !canvas || stats.total === 0) {
      this.#destroy();
      return;
    }
    const { Chart } = await loadChartJs();
    if (stats !== this.stats || !canvas.isConnected) return;
    this.#destroy();
    const style = getComputedStyle(this);
    const text = style.getPropertyValue('--chart-text').trim();
    const forced = this.#forcedColors.matches ? systemColors(this.renderRoot as ShadowRoot) : undefined;
    const fills = forced?.kinds ?? CHARGE_KINDS.map((kind) => style.getPropertyValue(`--chart-${kind}`).trim());
    const textColor = forced?.text ?? text;
    const grid = forced?.grid ?? 'rgba(0, 0, 0, 0.1)';
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const msg = this.i18n.msg;
    this.#chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: stats.months.map((m) => this.#monthLabel(m.month)),
        datasets: CHARGE_KINDS.map((kind, index) => ({
          label: msg.kindName(kind),
          data: stats.months.map((m) => amountOf(m, kind) / 100),
          backgroundColor: fills[index],
          borderColor: forced?.border ?? fills[index],
          borderWidth: 1,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduced ? false : undefined,
        plugins: {
          legend: { display: true, position: 'bottom', labels: { color: textColor } },
          tooltip: { enabled: false },
        },
        scales: {
          x: { stacked: true, ticks: { color: textColor }, grid: { color: grid }, border: { color: textColor } },
          y: {
            stacked: true,
            beginAtZero: true,
            ticks: { color: textColor, callback: (value) => this.money(Number(value) * 100) },
            grid: { color: grid },
            border: { color: textColor },
          },
        },
      },
    });
  }

  /** «За 12 месяцев оплачено 48 300,00 ₽, больше всего — штрафы (21 000,00 ₽), самый большой месяц — март 2026 г. (9 000,00 ₽).» */
  summary(stats: PaymentStats): string {
    const msg = this.i18n.msg;
    const byKind = CHARGE_KINDS.map((kind) => ({
      kind,
      amount: stats.months.reduce((sum, m) => sum + amountOf(m, kind), 0),
    }));
    const top = byKind.reduce((best, entry) => (entry.amount > best.amount ? entry : best));
    const months = stats.months.map((m) => ({
      month: m.month,
      amount: m.byKind.reduce((sum, entry) => sum + entry.amount, 0),
    }));
    const biggest = months.reduce((best, entry) => (entry.amount > best.amount ? entry : best));
    return msg.chartSummary(
      this.i18n.plural(stats.months.length, msg.months),
      this.money(stats.total),
      msg.kindWord(top.kind),
      this.money(top.amount),
      this.#monthLabel(biggest.month, true),
      this.money(biggest.amount),
    );
  }

  #renderTable(stats: PaymentStats): TemplateResult {
    const msg = this.i18n.msg;
    // Six columns of sums: wider than a phone at a large text size, so it scrolls in its own labelled region.
    return html`<div class="twin" role="region" tabindex="0" aria-label=${msg.chartTable}>
      <table>
        <caption id="twin-caption">
          ${msg.chartHeading}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg.chartMonth}</th>
            ${CHARGE_KINDS.map((kind) => html`<th scope="col">${msg.kindName(kind)}</th>`)}
            <th scope="col">${msg.chartTotal}</th>
          </tr>
        </thead>
        <tbody>
          ${stats.months.map(
            (m) =>
              html`<tr>
                <th scope="row">${this.#monthLabel(m.month, true)}</th>
                ${CHARGE_KINDS.map((kind) => html`<td>${this.money(amountOf(m, kind))}</td>`)}
                <td>${this.money(m.byKind.reduce((sum, entry) => sum + entry.amount, 0))}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #renderStats(stats: PaymentStats): TemplateResult {
    const msg = this.i18n.msg;
    if (stats.total === 0 || stats.months.length === 0) return html`<p>${msg.chartEmpty}</p>`;
    return html`<p id="chart-summary">${this.summary(stats)}</p>
      <div class="canvas">
        <canvas aria-hidden="true"></canvas>
      </div>
      ${this.#renderTable(stats)}`;
  }

  override render(): TemplateResult {
    const msg = this.i18n.msg;
    let body: TemplateResult;
    if (this.stats) body = this.#renderStats(this.stats);
    else if (this.failure !== undefined)
      body = html`<gu-error-state
        heading-level="5"
        heading=${msg.chartFailed}
        retryable
        .error=${isApiError(this.failure) ? this.failure : { kind: 'server' }}
        @gu-error-state-retry=${() => this.#fetch(true)}
      ></gu-error-state>`;
    else body = html`<gu-loading-state label=${msg.chartLoading}></gu-loading-state>`;
    return html`<section
      aria-labelledby="chart-heading"
      aria-busy=${!this.stats && this.failure === undefined ? 'true' : 'false'}
    >
      <h4 id="chart-heading">${msg.chartHeading}</h4>
      ${body}
    </section>`;
  }
}

if (!customElements.get('gu-payments-history-chart'))
  customElements.define('gu-payments-history-chart', GuPaymentsHistoryChart);

declare global {
  interface HTMLElementTagNameMap {
    'gu-payments-history-chart': GuPaymentsHistoryChart;
  }
}
