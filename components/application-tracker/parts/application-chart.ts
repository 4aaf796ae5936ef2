import { css, html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';

import { LocaleController } from '../../core/i18n/index.js';
import { baseStyles, token } from '../../core/theme/index.js';
import { WidgetPart } from '../../core/widget/widget-part.js';
import type { TrackerContext } from '../context.js';
import type { TrackerMessages } from '../locales/ru.js';
import '../../core/ui/gu-loading-state.js';
import { STATUSES, fetchStats, type ApplicationStats } from '../api.js';
import { errorState } from '../error-state.js';
import { trackerMessages } from './messages.js';
import type * as BarCharts from '../../core/ui/bar-chart.js';

type ChartModule = typeof BarCharts;
type ChartInstance = InstanceType<ChartModule['Chart']>;

let chartModule: Promise<ChartModule> | undefined;

/** chart.js, loaded on first use only (a separate chunk, never in the tracker's first render). */
function loadChartJs(): Promise<ChartModule> {
  chartModule ??= import('../../core/ui/bar-chart.js');
  return chartModule;
}

/** Forced colours (Windows high contrast): chart.js paints with its own colours, so it is given the system's. */
const FORCED_COLORS = '(forced-colors: active)';

/** The colours the charts paint with. */
interface ChartColors {
  bar: string;
  border: string;
  text: string;
  grid: string;
}

/**
 * The system colours of forced-colours mode (CanvasText, Canvas, Highlight, GrayText) as the browser resolves them,
 * read from a probe element in `root`: bars in Highlight outlined in CanvasText, text in CanvasText, grid in GrayText.
 */
function systemColors(root: ShadowRoot | HTMLElement): ChartColors {
  const probe = document.createElement('span');
  probe.hidden = true;
  root.append(probe);
  const read = (keyword: string): string => {
    probe.style.setProperty('color', keyword);
    return getComputedStyle(probe).color;
  };
  const colors = {
    bar: read('Highlight'),
    border: read('CanvasText'),
    text: read('CanvasText'),
    grid: read('GrayText'),
  };
  probe.remove();
  return colors;
}

/**
 * @summary Applications by status and by month of submission: two bar charts (chart.js, loaded lazily), a
 * one-sentence summary and data tables with the same figures for screen readers and forced-colours mode.
 * Internal to `<gu-application-tracker>`.
 */
export class GuApplicationChart extends WidgetPart<TrackerContext, TrackerMessages> {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        /* What chart.js paints with (read in drawCharts): canvas takes no CSS. */
        --chart-bar: ${token('--gu-color-primary')};
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
      .charts {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(16em, 100%), 1fr));
        gap: calc(${token('--gu-space')} * 2);
      }
      .canvas {
        position: relative;
        height: 16rem;
        contain: inline-size;
      }
      h3,
      p {
        margin: 0;
      }
      /* A table wider than the page at a large text size scrolls in its own labelled region, never the page. */
      .table {
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
      }
      th,
      td {
        padding: 4px ${token('--gu-space')};
        border-bottom: 1px solid ${token('--gu-color-divider')};
        text-align: start;
      }
      td {
        text-align: end;
      }
      details summary {
        min-height: 44px;
        display: flex;
        align-items: center;
        cursor: pointer;
      }
    `,
  ];

  protected readonly i18n = new LocaleController(this, trackerMessages);
  private charts: ChartInstance[] = [];
  private readonly forcedColors = matchMedia(FORCED_COLORS);
  /** Forced colours turned on or off: the charts are drawn again with the right colours. */
  private readonly onForcedColors = (): void => {
    const stats = this.statsTask.value;
    if (stats && stats.total > 0) void this.drawCharts(stats);
  };

  private readonly statsTask = new Task(this, {
    task: async ([ctx], { signal }) => {
      if (!ctx) throw new Error('no client');
      const [stats] = await Promise.all([fetchStats(ctx.client, signal), loadChartJs()]);
      return stats;
    },
    args: () => [this.ctx] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.forcedColors.addEventListener('change', this.onForcedColors);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.forcedColors.removeEventListener('change', this.onForcedColors);
    this.destroyCharts();
  }

  protected override updated(): void {
    const stats = this.statsTask.value;
    if (stats && stats.total > 0) void this.drawCharts(stats);
  }

  private destroyCharts(): void {
    for (const chart of this.charts) chart.destroy();
    this.charts = [];
  }

  private monthLabel(month: string): string {
    return this.i18n.date(`${month}-15T12:00:00Z`, { month: 'short', year: 'numeric' });
  }

  private async drawCharts(stats: ApplicationStats): Promise<void> {
    const { Chart } = await loadChartJs();
    this.destroyCharts();
    const style = getComputedStyle(this);
    // The tokens as :host resolves them (the page's value, else the table's default).
    const primary = style.getPropertyValue('--chart-bar').trim();
    const text = style.getPropertyValue('--chart-text').trim();
    const colors: ChartColors = this.forcedColors.matches
      ? systemColors(this.renderRoot as ShadowRoot)
      : { bar: primary, border: primary, text, grid: 'rgba(0, 0, 0, 0.1)' };
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const labels = this.i18n.msg.statusLabel;
    const common = {
      responsive: true,
      maintainAspectRatio: false,
      animation: reduced ? (false as const) : undefined,
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: {
        x: { ticks: { color: colors.text }, grid: { color: colors.grid }, border: { color: colors.text } },
        y: {
          ticks: { color: colors.text, precision: 0 },
          grid: { color: colors.grid },
          border: { color: colors.text },
          beginAtZero: true,
        },
      },
    };
    const dataset = { backgroundColor: colors.bar, borderColor: colors.border, borderWidth: 1 };
    const byStatus = this.renderRoot.querySelector<HTMLCanvasElement>('#by-status');
    const byMonth = this.renderRoot.querySelector<HTMLCanvasElement>('#by-month');
    if (byStatus)
      this.charts.push(
        new Chart(byStatus, {
          type: 'bar',
          data: {
            labels: STATUSES.map((s) => labels(s)),
            datasets: [{ data: STATUSES.map((s) => stats.byStatus[s]), ...dataset }],
          },
          options: { ...common, indexAxis: 'y' as const },
        }),
      );
    if (byMonth)
      this.charts.push(
        new Chart(byMonth, {
          type: 'bar',
          data: {
            labels: stats.byMonth.map((m) => this.monthLabel(m.month)),
            datasets: [{ data: stats.byMonth.map((m) => m.count), ...dataset }],
          },
          options: common,
        }),
      );
  }

  /** The one-sentence summary of the figures. */
  private summary(stats: ApplicationStats): string {
    const msg = this.i18n.msg;
    const labels = this.i18n.msg.statusLabel;
    const top = [...STATUSES].sort((a, b) => stats.byStatus[b] - stats.byStatus[a])[0]!;
    const month = [...stats.byMonth].sort((a, b) => b.count - a.count)[0];
    return msg.chartSummary(
      this.i18n.number(stats.total),
      labels(top),
      this.i18n.number(stats.byStatus[top]),
      month ? this.i18n.date(`${month.month}-15T12:00:00Z`, { month: 'long', year: 'numeric' }) : '—',
      this.i18n.number(month?.count ?? 0),
    );
  }

  /** The figures of one chart as a table: a row per bar, its label and its count. */
  private renderTable(
    captionId: string,
    caption: string,
    what: string,
    rows: readonly (readonly [string, number])[],
  ): TemplateResult {
    return html`<div class="table" role="region" tabindex="0" aria-labelledby=${captionId}>
      <table>
        <caption id=${captionId}>
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${what}</th>
            <th scope="col">${this.i18n.msg.chartCount}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ([label, count]) =>
              html`<tr>
                <th scope="row">${label}</th>
                <td>${this.i18n.number(count)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderStats(stats: ApplicationStats): TemplateResult {
    const msg = this.i18n.msg;
    const labels = this.i18n.msg.statusLabel;
    if (stats.total === 0) return html`<p>${msg.chartEmpty}</p>`;
    const summary = this.summary(stats);
    return html`<p id="chart-summary">${summary}</p>
      <div class="charts">
        <figure class="canvas" aria-labelledby="status-caption">
          <canvas id="by-status" role="img" aria-label=${`${msg.chartByStatus}. ${summary}`}></canvas>
        </figure>
        <figure class="canvas" aria-labelledby="month-caption">
          <canvas id="by-month" role="img" aria-label=${`${msg.chartByMonth}. ${summary}`}></canvas>
        </figure>
      </div>
      <div class="charts">
        ${this.renderTable(
          'status-caption',
          msg.chartByStatus,
          msg.status,
          STATUSES.map((s) => [labels(s), stats.byStatus[s]]),
        )}
        ${this.renderTable(
          'month-caption',
          msg.chartByMonth,
          msg.chartMonth,
          stats.byMonth.map((m) => [this.monthLabel(m.month), m.count]),
        )}
      </div>`;
  }

  override render(): TemplateResult {
    const msg = this.i18n.msg;
    return html`<section aria-labelledby="chart-heading">
      <h3 id="chart-heading">${msg.chartHeading}</h3>
      ${
        this.statsTask.render({
          pending: () => html`<gu-loading-state label=${msg.chartLoading}></gu-loading-state>`,
          complete: (stats) => this.renderStats(stats),
          error: (error) => errorState(error, 4, () => this.statsTask.run()),
        }) ?? nothing
      }
    </section>`;
  }
}
