import { expect } from '@open-wc/testing';
import { useMockBackend } from '../helpers/mock-backend.js';
import { expectAccessible } from '../helpers/a11y.js';
import { mountTracker, until } from './harness.js';

// The default buffer (250 entries) is full of test modules by now: make room so chart.js's request is recorded.
performance.setResourceTimingBufferSize(100_000);

const chartRequested = () =>
  performance.getEntriesByType('resource').some((entry) => /\/chart\.js\/|chart\.js(\?|$)|chart\.umd/.test(entry.name));

describe('gu-application-tracker chart', () => {
  it('loads chart.js only when the chart is shown, with a data-table twin and a summary', async () => {
    await useMockBackend('default');
    const h = await mountTracker();
    await h.waitForList();
    expect(chartRequested(), 'chart.js requested before the chart was shown').to.equal(false);
    const toggle = h.root.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await until(() => h.root.querySelector('gu-application-chart')?.shadowRoot?.querySelector('table'), 8000, 'chart');
    const chart = h.root.querySelector('gu-application-chart')!.shadowRoot!;
    expect(
      chartRequested(),
      `chart.js requested once the chart is shown: ${performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => /chart/i.test(n))
        .join(' ')}`,
    ).to.equal(true);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const tables = chart.querySelectorAll('table');
    expect(tables.length).to.equal(2);
    expect(tables[0]!.querySelector('caption')!.textContent!.trim()).to.equal('По статусам');
    expect(tables[0]!.querySelectorAll('tbody tr').length).to.equal(10);
    expect(tables[1]!.querySelectorAll('tbody tr').length).to.equal(12);
    expect(chart.querySelector('#chart-summary')!.textContent).to.match(
      /^Всего заявлений: \d+; больше всего в статусе «.+»/,
    );
    await until(() => chart.querySelector('canvas')?.width);
    await expectAccessible(h.wrapper);
  });
});
