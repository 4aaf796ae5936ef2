/**
 * The chart in forced colours (issue 12, defect 10): chart.js keeps its own colours, so under
 * `forced-colors: active` with a dark palette the bars and axes must take the system colours, and change back when
 * forced colours end. Emulated through the DevTools protocol (test/tools/media-features-plugin.mjs).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { useMockBackend } from '../helpers/mock-backend.js';
import { mountTracker, until } from './harness.js';

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

describe('gu-application-tracker chart in forced colours', () => {
  afterEach(() => emulateMediaFeatures([]));

  it('paints with the system colours under forced-colors: active (dark palette) and redraws when it changes', async () => {
    await useMockBackend('default');
    const h = await mountTracker();
    await h.waitForList();
    h.root.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
    await until(() => h.root.querySelector('gu-application-chart')?.shadowRoot?.querySelector('canvas'), 8000, 'chart');
    const canvas = h.root.querySelector('gu-application-chart')!.shadowRoot!.querySelector('canvas')!;
    // The same chart.js module the chart loaded (loaded once it is shown, never before).
    const { Chart } = await import('chart.js');
    const configured = () => {
      const chart = Chart.getChart(canvas);
      const ticks = chart?.options.scales?.['x']?.ticks as { color?: unknown } | undefined;
      return { bar: chart?.data.datasets[0]?.backgroundColor, text: ticks?.color };
    };
    await until(() => configured().bar, 8000, 'the chart drawn');
    const themed = configured();

    await emulateMediaFeatures([
      { name: 'forced-colors', value: 'active' },
      { name: 'prefers-color-scheme', value: 'dark' },
    ]);
    await until(() => matchMedia('(forced-colors: active)').matches, 4000, 'forced colours emulated');
    const canvasText = systemColor('CanvasText');
    const highlight = systemColor('Highlight');
    await until(() => configured().bar === highlight, 8000, `bars in Highlight (${highlight}), not ${themed.bar}`);
    expect(configured().text, 'axis text in CanvasText').to.equal(canvasText);
    expect(configured().bar).not.to.equal(themed.bar);
    // The table twin stays: forced-colours users read the figures there too.
    expect(canvas.getRootNode()).to.have.property('host');
    expect((canvas.getRootNode() as ShadowRoot).querySelectorAll('table')).to.have.length(2);

    await emulateMediaFeatures([]);
    await until(() => configured().bar === themed.bar, 8000, 'the theme colours back once forced colours end');
  });
});
