/** A harness for <gu-application-tracker> tests: hides the shadow-DOM lookups. */
import { fixture, html } from '@open-wc/testing';
import '../../components/application-tracker/gu-application-tracker.js';
import type { GuApplicationTracker } from '../../components/application-tracker/application-tracker.js';
import type { ApplicationStatus } from '../../components/application-tracker/api.js';
import { getDb } from '../../mocks/db/index.js';
import { provideTestSession, type TestSession } from '../../mocks/test-session.js';
import { until } from '../helpers/until.js';

export interface Harness {
  wrapper: HTMLElement;
  tracker: GuApplicationTracker;
  session: TestSession;
  root: ShadowRoot;
  detail(): ShadowRoot | null | undefined;
  upload(): ShadowRoot | null | undefined;
  rows(): HTMLLIElement[];
  rowButtons(): HTMLButtonElement[];
  waitForList(): Promise<void>;
  openDetail(id: string): Promise<ShadowRoot>;
}

export { until };

/** The first application of the default citizen in a status. */
export function firstWith(status: ApplicationStatus) {
  return getDb().applications.find((a) => a.ownerId === 'person-1' && a.status === status)!;
}

export async function mountTracker(
  options: {
    pageSize?: number;
    pollInterval?: number;
    locale?: string;
    session?: Parameters<typeof provideTestSession>[1];
  } = {},
): Promise<Harness> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${options.locale ?? 'ru'}></div>`);
  const session = provideTestSession(wrapper, options.session);
  const tracker = document.createElement('gu-application-tracker');
  tracker.pageSize = options.pageSize ?? 20;
  tracker.pollInterval = options.pollInterval ?? 0;
  wrapper.append(tracker);
  await tracker.updateComplete;
  const root = tracker.shadowRoot!;
  const harness: Harness = {
    wrapper,
    tracker,
    session,
    root,
    detail: () => root.querySelector('gu-application-detail')?.shadowRoot,
    upload: () => harness.detail()?.querySelector('gu-application-upload')?.shadowRoot,
    rows: () => [...root.querySelectorAll<HTMLLIElement>('ol.rows > li')],
    rowButtons: () => [...root.querySelectorAll<HTMLButtonElement>('ol.rows button.open')],
    waitForList: () =>
      until(
        () =>
          root.querySelector('ol.rows:not([aria-busy]), gu-empty-state, gu-error-state') &&
          !root.querySelector('[aria-busy]'),
        8000,
        'the list',
      ),
    async openDetail(id) {
      await tracker.openApplication(id);
      await until(() => harness.detail()?.querySelector('#detail-heading'), 8000, 'the detail');
      return harness.detail()!;
    },
  };
  return harness;
}
