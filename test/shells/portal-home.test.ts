/**
 * The home's application-tracker parcel while the page changes under it: the citizen leaves «Главная», or the
 * session ends, while the widget's module still loads. Found by the demo walk (yuzhny): the parcel was mounted into
 * a container that had left the page, its mount never finished (single-spa's console error after 30 s) and the
 * home forgot it without unmounting it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { mountRootParcel, type ParcelConfig } from 'single-spa';
import '../../shells/portal/portal-pages.js';
import type { GuPortalHome } from '../../shells/portal/portal-pages.js';
import { guElementLifecycles, type GuElementLifecycles, type GuElementProps } from '../../shells/adapter/lifecycles.js';
import { guardedDefine } from '../../shells/adapter/define.js';
import { deepText, expectVisible } from '../helpers/perceive.js';
import { provideTestSession } from '../../mocks/test-session.js';

/** The stand-in widget: says it is there, and counts how many of it are on the page. */
class GuTestTracker extends LitElement {
  static live = 0;
  override connectedCallback(): void {
    super.connectedCallback();
    GuTestTracker.live += 1;
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    GuTestTracker.live -= 1;
  }
  override render() {
    return html`<p>Заявления гражданина</p>`;
  }
}

/** A module load that finishes only when the test says so (a slow line, or the dev server's first compile). */
function slowModule(tagName: string) {
  let finish!: () => void;
  const loaded = new Promise<void>((done) => (finish = done));
  return {
    load: async () => {
      await loaded;
      guardedDefine(tagName, class extends GuTestTracker {});
    },
    finish: () => finish(),
  };
}

/** The tracker's lifecycles as the portal gives them, with what single-spa got back from each call. */
function recordedParcel(lifecycles: GuElementLifecycles) {
  const calls: string[] = [];
  const config = {
    bootstrap: (props: GuElementProps) => lifecycles.bootstrap(props),
    mount: async (props: GuElementProps) => {
      await lifecycles.mount(props);
      calls.push('mounted');
    },
    update: (props: GuElementProps) => lifecycles.update(props),
    unmount: async (props: GuElementProps) => {
      await lifecycles.unmount(props);
      calls.push('unmounted');
    },
  };
  return { config: config as unknown as ParcelConfig, calls };
}

let tags = 0;
const nextTag = () => `gu-test-tracker-${(tags += 1)}`;

describe('shells/adapter: a parcel whose container leaves the page before it mounts', () => {
  it('mounts all the same (its mount resolves) and unmounts to nothing', async () => {
    const tagName = nextTag();
    const module = slowModule(tagName);
    const container = document.createElement('div');
    document.body.append(container);
    const parcel = mountRootParcel(guElementLifecycles({ tagName, load: module.load }) as never, {
      domElement: container,
    });
    container.remove();
    module.finish();
    let mounted = false;
    void parcel.mountPromise.then(() => (mounted = true));
    await waitUntil(() => mounted, 'the mount of a parcel in a detached container resolves', { timeout: 5000 });
    await parcel.unmount();
    expect(container.children.length).to.equal(0);
  });
});

describe('shells/portal: <gu-portal-home> and its application-tracker parcel', () => {
  async function home(applications: ParcelConfig) {
    const wrapper = document.createElement('div');
    const session = provideTestSession(wrapper);
    const element = await fixture<HTMLElement>(html`${wrapper}`);
    const page = document.createElement('gu-portal-home') as GuPortalHome;
    page.base = '/severny/';
    page.applications = applications;
    wrapper.append(page);
    await page.updateComplete;
    return { wrapper: element, page, session };
  }

  it('the citizen leaves «Главная» while the tracker loads: it mounts, then is unmounted', async () => {
    const tagName = nextTag();
    const module = slowModule(tagName);
    const { config, calls } = recordedParcel(guElementLifecycles({ tagName, load: module.load }));
    const { page } = await home(config);
    expect(page.querySelector('.home-applications__widget')).to.exist;
    page.remove(); // the next route: single-spa unmounts the home
    module.finish();
    await waitUntil(() => calls.join() === 'mounted,unmounted', `parcel calls: ${calls.join()}`, { timeout: 5000 });
    expect(GuTestTracker.live).to.equal(0);
  });

  it('the session ends while the tracker loads, then the citizen signs in again: one tracker, shown', async () => {
    const tagName = nextTag();
    const module = slowModule(tagName);
    const { config, calls } = recordedParcel(guElementLifecycles({ tagName, load: module.load }));
    const { wrapper, page, session } = await home(config);
    session.update({ status: 'signed-out', reason: 'user', citizen: undefined, level: undefined });
    await page.updateComplete;
    expect(page.querySelector('.home-applications__widget')).to.equal(null);
    module.finish();
    await waitUntil(() => calls.join() === 'mounted,unmounted', `parcel calls: ${calls.join()}`, { timeout: 5000 });
    expect(deepText(wrapper)).not.to.contain('Заявления гражданина');

    session.update({ status: 'signed-in', citizen: provideTestSession(document.createElement('div')).current.citizen });
    await page.updateComplete;
    await waitUntil(() => calls.length === 3, `parcel calls: ${calls.join()}`, { timeout: 5000 });
    const trackers = page.querySelectorAll(tagName);
    expect(trackers.length).to.equal(1);
    expectVisible(trackers[0]!.shadowRoot!.querySelector('p'), 'the tracker after signing in again');
    expect(GuTestTracker.live).to.equal(1);
    page.remove();
    await waitUntil(() => GuTestTracker.live === 0, 'the tracker leaves with the home', { timeout: 5000 });
  });
});
