/**
 * «Расходы по месяцам» (issue 14, item history): chart.js is not asked for until the citizen shows the chart; shown,
 * the canvas is hidden from assistive technology and its data-table twin has exactly the figures of GET
 * /payment-stats, with a one-sentence summary; the chart stays shown after a payment is opened and closed.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { deepActiveElement, expectAccessible, mountPayments, sendKeys, tabTo, until } from './harness.js';
import type { PaymentStats } from '../../components/payments/types.js';

// Make room in the resource timing buffer so chart.js's request is recorded.
performance.setResourceTimingBufferSize(5000);
const chartJsRequested = () =>
  performance.getEntriesByType('resource').some((entry) => /\/node_modules\/chart\.js\//.test(entry.name));

const money = (kopecks: number) =>
  new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB' }).format(kopecks / 100);
const KINDS = ['fine', 'tax', 'utility', 'duty'] as const;

/** Emulates media features through the DevTools protocol (test/tools/media-features-plugin.mjs); [] resets them. */
const emulateMediaFeatures = (features: Array<{ name: string; value: string }>) =>
  executeServerCommand('gu-emulate-media-features', features);

/** A system colour (CanvasText, Highlight …) as the browser resolves it now. */
function systemColor(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.setProperty('color', keyword);
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

describe('gu-payments history chart', () => {
  it('loads chart.js only when shown; the table twin and the summary say what the stats say', async () => {
    let stats: Promise<PaymentStats> | undefined;
    const h = await mountPayments({ view: 'history' });
    const onResponse = ({ request, response }: { request: Request; response: Response }) => {
      if (new URL(request.url).pathname === '/api/payment-stats')
        stats = response.clone().json() as Promise<PaymentStats>;
    };
    h.worker.events.on('response:mocked', onResponse);
    try {
      const root = await h.waitForView('history', (shadow) => shadow.querySelector('ol.rows'));
      expect(chartJsRequested(), 'chart.js asked for before the chart was shown').to.equal(false);
      expect(stats, 'no stats asked for before the chart was shown').to.equal(undefined);

      const toggle = await tabTo((el) => el.getAttribute('aria-controls') === 'chart-region', 'the chart button');
      expect(toggle.textContent!.trim()).to.equal('Показать диаграмму');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ press: 'Enter' });
      await until(
        () => root.querySelector('gu-payments-history-chart')?.shadowRoot?.querySelector('table'),
        20_000,
        'the chart',
      );
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.textContent!.trim()).to.equal('Скрыть диаграмму');
      expect(chartJsRequested(), 'chart.js asked for once shown').to.equal(true);
      const chart = root.querySelector('gu-payments-history-chart')!.shadowRoot!;
      expect(chart.querySelector('canvas')!.getAttribute('aria-hidden')).to.equal('true');

      const answer = await stats!;
      expect(answer.total).to.be.greaterThan(0);
      const table = chart.querySelector('table')!;
      expect(table.querySelector('caption')!.textContent!.trim()).to.equal('Расходы по месяцам');
      const bodyRows = [...table.querySelectorAll('tbody tr')];
      expect(bodyRows).to.have.length(answer.months.length);
      answer.months.forEach((month, index) => {
        const cells = [...bodyRows[index]!.querySelectorAll('td')].map((td) => td.textContent!.trim());
        const amounts = KINDS.map((kind) =>
          month.byKind.filter((entry) => entry.kind === kind).reduce((sum, entry) => sum + entry.amount, 0),
        );
        expect(cells).to.deep.equal([...amounts.map(money), money(amounts.reduce((a, b) => a + b, 0))]);
      });

      // The summary: the months, the total, the biggest category and the biggest month, from the same figures.
      const totals = KINDS.map((kind) =>
        answer.months.reduce(
          (sum, m) => sum + m.byKind.filter((e) => e.kind === kind).reduce((s, e) => s + e.amount, 0),
          0,
        ),
      );
      const topKind = totals.indexOf(Math.max(...totals));
      const words = ['штрафы', 'налоги', 'коммунальные платежи', 'госпошлины'];
      const sentence = chart.querySelector('#chart-summary')!.textContent!.trim();
      expect(sentence).to.match(
        /^За \d+ месяц(а|ев)? оплачено .+₽, больше всего — .+ \(.+₽\), самый большой месяц — .+\.$/,
      );
      expect(sentence).to.include(`оплачено ${money(answer.total)}`);
      expect(sentence).to.include(`больше всего — ${words[topKind]} (${money(totals[topKind]!)})`);
      expect(sentence).to.include(`За ${answer.months.length} `);
      await expectAccessible(chart.host as HTMLElement);

      // The chart drawn by chart.js, stacked by category.
      const { Chart } = await import('chart.js');
      await until(() => Chart.getChart(chart.querySelector('canvas')!), 'the chart drawn');
      const drawn = Chart.getChart(chart.querySelector('canvas')!)!;
      expect(drawn.data.datasets.map((d) => d.label)).to.deep.equal([
        'Штрафы',
        'Налоги',
        'Коммунальные платежи',
        'Госпошлины',
      ]);
      expect(drawn.data.datasets[topKind]!.data.reduce((a: number, b) => a + Number(b), 0) * 100).to.be.closeTo(
        totals[topKind]!,
        1,
      );

      // Hidden again with the same button; focus stays on it.
      await sendKeys({ press: 'Enter' });
      await until(() => toggle.getAttribute('aria-expanded') === 'false', 'hidden');
      expect(root.querySelector<HTMLElement>('#chart-region')!.hidden).to.equal(true);
      expect(deepActiveElement()).to.equal(toggle);
    } finally {
      h.worker.events.removeListener('response:mocked', onResponse);
    }
  });

  it('stays shown after a payment is opened and closed', async () => {
    const h = await mountPayments({ view: 'history' });
    const root = await h.waitForView('history', (shadow) => shadow.querySelector('ol.rows'));
    await tabTo((el) => el.getAttribute('aria-controls') === 'chart-region', 'the chart button');
    await sendKeys({ press: 'Enter' });
    await until(() => root.querySelector('gu-payments-history-chart'), 'the chart');
    root.querySelector<HTMLButtonElement>('ol.rows .open')!.click();
    await until(() => h.partElement()?.localName === 'gu-payments-payment', 'the payment view');
    await h.openSection('История платежей');
    const back = await h.waitForView('history', (shadow) => shadow.querySelector('ol.rows'));
    await until(
      () => back.querySelector('gu-payments-history-chart')?.shadowRoot?.querySelector('table'),
      20_000,
      'the chart again',
    );
    expect(back.querySelector('[aria-controls="chart-region"]')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('reduced motion: drawn without animation; forced colours: system colours, back to the theme after', async () => {
    await emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    try {
      const h = await mountPayments({ view: 'history' });
      const root = await h.waitForView('history', (shadow) => shadow.querySelector('ol.rows'));
      root.querySelector<HTMLButtonElement>('[aria-controls="chart-region"]')!.click();
      await until(
        () => root.querySelector('gu-payments-history-chart')?.shadowRoot?.querySelector('canvas'),
        20_000,
        'the chart',
      );
      const canvas = root.querySelector('gu-payments-history-chart')!.shadowRoot!.querySelector('canvas')!;
      const { Chart } = await import('chart.js');
      const configured = () => {
        const chart = Chart.getChart(canvas);
        const ticks = chart?.options.scales?.['x']?.ticks as { color?: unknown } | undefined;
        return {
          fills: chart?.data.datasets.map((d) => d.backgroundColor as string),
          text: ticks?.color,
          // A boolean: chart.js's options are proxies that an assertion message must not try to print.
          animated: chart?.options.animation !== false,
        };
      };
      await until(() => configured().fills, 8000, 'the chart drawn');
      const themed = configured();
      expect(themed.animated, 'no animation under reduced motion').to.equal(false);
      expect(new Set(themed.fills).size, 'a colour per category').to.equal(4);

      await emulateMediaFeatures([
        { name: 'prefers-reduced-motion', value: 'reduce' },
        { name: 'forced-colors', value: 'active' },
        { name: 'prefers-color-scheme', value: 'dark' },
      ]);
      await until(() => matchMedia('(forced-colors: active)').matches, 4000, 'forced colours emulated');
      const highlight = systemColor('Highlight');
      await until(() => configured().fills?.[0] === highlight, 8000, `fines in Highlight (${highlight})`);
      expect(configured().text).to.equal(systemColor('CanvasText'));
      expect(new Set(configured().fills).size, 'still a colour per category').to.equal(4);

      await emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await until(() => configured().fills?.[0] === themed.fills?.[0], 8000, 'the theme colours back');
    } finally {
      await emulateMediaFeatures([]);
    }
  });
});
