/**
 * <gu-application-tracker> holds under the low-vision version (issue 17): at 320 px with the largest text and spacing,
 * images off, in every colour scheme and under forced colours — no sideways scrolling of the page, no clipped text, a
 * visible focus ring, axe (test/helpers/holds.ts). Its busiest states: the list with every status, the filters open
 * and the chart with its table twins shown; and an application's detail with its timeline, documents and chosen files.
 */
import { getDb } from '../../mocks/db/index.js';
import { provideTestSession } from '../../mocks/test-session.js';
import '../../components/application-tracker/gu-application-tracker.js';
import { expect } from '@open-wc/testing';
import { expectVisible } from '../helpers/perceive.js';
import { describeHolds } from '../helpers/holds.js';
import { useMockBackend } from '../helpers/mock-backend.js';
import { until } from '../helpers/until.js';

/** The tracker in `root` inside a signed-in session, as its story renders it; its list shown. */
async function mountTracker(root: HTMLElement, pageSize: number) {
  await useMockBackend('default');
  const wrapper = document.createElement('div');
  provideTestSession(wrapper);
  const tracker = document.createElement('gu-application-tracker');
  tracker.pageSize = pageSize;
  tracker.pollInterval = 0;
  wrapper.append(tracker);
  root.append(wrapper);
  const shadow = tracker.shadowRoot!;
  await until(() => shadow.querySelector('ol.rows:not([aria-busy])') && !shadow.querySelector('[aria-busy]'), 'list');
  return { tracker, shadow };
}

describeHolds('gu-application-tracker: the list, filters and chart', async (root) => {
  const { shadow } = await mountTracker(root, 20);
  shadow.querySelector<HTMLDetailsElement>('details.filters')!.open = true;
  shadow.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
  const chart = () => shadow.querySelector('gu-application-chart')?.shadowRoot;
  await until(() => chart()?.querySelectorAll('table').length === 2 && chart()?.querySelector('canvas'), 'the chart');
  // Under forced colours too the figures are read in the charts' table twins, each in its own labelled region.
  for (const table of chart()!.querySelectorAll('table')) {
    expectVisible(table, "a chart's table twin");
    const region = table.closest('[role="region"]');
    expect(region?.getAttribute('aria-labelledby'), "the table's scroll region named by its caption").to.equal(
      table.querySelector('caption')!.id,
    );
  }
});

describeHolds('gu-application-tracker: a detail asking for documents', async (root) => {
  const { tracker, shadow } = await mountTracker(root, 20);
  const id = getDb().applications.find((a) => a.ownerId === 'person-1' && a.status === 'additions-required')!.id;
  await tracker.openApplication(id);
  const detail = () => shadow.querySelector('gu-application-detail')?.shadowRoot;
  await until(() => detail()?.querySelector('#detail-heading') && detail()?.querySelector('gu-application-upload'));
  const upload = detail()!.querySelector('gu-application-upload')!;
  upload.addFiles([
    new File(['%PDF-1.4'], 'Справка_о_доходах_за_2025_год_по_форме_2-НДФЛ_для_налоговой.pdf', {
      type: 'application/pdf',
    }),
    new File(['MZ'], 'program.exe', { type: 'application/x-msdownload' }),
  ]);
  await until(() => upload.shadowRoot?.querySelectorAll('li').length === 2, 'the chosen files');
});
