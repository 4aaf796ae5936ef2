import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { mountRootParcel } from 'single-spa';
import { guElementLifecycles, ConfigError } from '../../shells/adapter/lifecycles.js';
import { guardedDefine } from '../../shells/adapter/define.js';
import { focusView } from '../../shells/adapter/focus.js';

/** A test widget that owns a listener, a timer and an observer, and ends them in disconnectedCallback. */
class GuTestWidget extends LitElement {
  static readonly version = '1.0.0';
  static override properties = { options: { attribute: false }, label: {} };
  declare options: { items: string[] } | undefined;
  declare label: string;
  static live = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private observer: MutationObserver | undefined;
  private readonly onResize = () => undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    GuTestWidget.live += 1;
    window.addEventListener('resize', this.onResize);
    this.timer = setInterval(() => undefined, 10_000);
    this.observer = new MutationObserver(() => undefined);
    this.observer.observe(document.documentElement, { attributes: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    GuTestWidget.live -= 1;
    window.removeEventListener('resize', this.onResize);
    clearInterval(this.timer);
    this.observer?.disconnect();
  }

  override render() {
    return html`<h2>${this.label ?? ''}</h2>
      <ul>
        ${(this.options?.items ?? []).map((item) => html`<li>${item}</li>`)}
      </ul>`;
  }
}
guardedDefine('gu-test-widget', GuTestWidget);

/** Counts listeners added and removed on every EventTarget while `run` executes. */
async function countListeners(run: () => Promise<void>): Promise<{ added: number; removed: number }> {
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  const counts = { added: 0, removed: 0 };
  proto.addEventListener = function (this: EventTarget, ...args: Parameters<typeof add>) {
    counts.added += 1;
    return add.apply(this, args);
  };
  proto.removeEventListener = function (this: EventTarget, ...args: Parameters<typeof remove>) {
    counts.removed += 1;
    return remove.apply(this, args);
  };
  try {
    await run();
  } finally {
    proto.addEventListener = add;
    proto.removeEventListener = remove;
  }
  return counts;
}

function container(): HTMLElement {
  const div = document.createElement('div');
  document.body.append(div);
  return div;
}

const props = (extra: Record<string, unknown>) =>
  ({ name: 'test', singleSpa: {}, mountParcel: () => undefined, ...extra }) as never;

describe('shells/adapter: guElementLifecycles', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((div) => div.remove()));

  it('mounts into the container it is given, with objects as properties', async () => {
    const host = container();
    const bodyChildren = document.body.children.length;
    const lifecycles = guElementLifecycles({ tagName: 'gu-test-widget', attributes: { label: 'Заявления' } });
    const items = ['Паспорт', 'СНИЛС'];
    await lifecycles.bootstrap(props({}));
    await lifecycles.mount(props({ domElement: host, elementProps: { options: { items } } }));
    const element = host.querySelector('gu-test-widget') as GuTestWidget;
    expect(element, 'inside the container').to.exist;
    expect(document.body.children.length, 'nothing appended to body').to.equal(bodyChildren);
    expect(element.options?.items, 'the same object, as a property').to.equal(items);
    expect(element.getAttribute('label')).to.equal('Заявления');
    expect(element.shadowRoot?.querySelectorAll('li').length).to.equal(2);

    await lifecycles.update(props({ elementProps: { options: { items: ['ИНН'] } } }));
    expect(element.shadowRoot?.querySelectorAll('li').length, 'update re-renders').to.equal(1);

    await lifecycles.unmount(props({ domElement: host }));
    expect(host.children.length).to.equal(0);
  });

  it('refuses to mount without a container instead of appending to body', async () => {
    const lifecycles = guElementLifecycles({ tagName: 'gu-test-widget' });
    let error: unknown;
    try {
      await lifecycles.mount(props({}));
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(ConfigError);
    expect(document.querySelector('body > gu-test-widget')).to.equal(null);
  });

  it('fails bootstrap with a clear error when the module does not define the tag', async () => {
    const lifecycles = guElementLifecycles({ tagName: 'gu-never-defined', load: async () => ({}) });
    let error: unknown;
    try {
      await lifecycles.bootstrap(props({}));
    } catch (caught) {
      error = caught;
    }
    expect((error as Error).message).to.contain('gu-never-defined');
  });

  it('unmount leaves no element, listener, timer or observer behind', async () => {
    const host = container();
    const lifecycles = guElementLifecycles({ tagName: 'gu-test-widget', events: { 'gu-test': () => undefined } });
    const mutations: MutationRecord[] = [];
    const watcher = new MutationObserver((records) => mutations.push(...records));
    watcher.observe(host, { childList: true, subtree: true });
    const intervals = new Set<unknown>();
    const setI = window.setInterval;
    const clearI = window.clearInterval;
    window.setInterval = ((...args: Parameters<typeof setI>) => {
      const id = setI(...args);
      intervals.add(id);
      return id;
    }) as typeof setI;
    window.clearInterval = ((id: number) => {
      intervals.delete(id);
      clearI(id);
    }) as typeof clearI;
    try {
      const counts = await countListeners(async () => {
        await lifecycles.bootstrap(props({}));
        await lifecycles.mount(props({ domElement: host, events: { click: () => undefined } }));
        await lifecycles.unmount(props({ domElement: host }));
      });
      expect(counts.added, 'listeners were added').to.be.greaterThan(0);
      expect(counts.removed, 'every added listener removed').to.equal(counts.added);
    } finally {
      window.setInterval = setI;
      window.clearInterval = clearI;
    }
    await new Promise((resolve) => setTimeout(resolve));
    watcher.disconnect();
    expect(intervals.size, 'timers cleared').to.equal(0);
    expect(GuTestWidget.live, 'disconnected').to.equal(0);
    expect(host.childNodes.length).to.equal(0);
    const added = mutations.flatMap((record) => [...record.addedNodes]);
    const removed = mutations.flatMap((record) => [...record.removedNodes]);
    expect(removed).to.deep.equal(added);
  });

  it('mounts and unmounts a parcel 100 times without leaks', async () => {
    const host = container();
    const lifecycles = guElementLifecycles({ tagName: 'gu-test-widget' });
    const counts = await countListeners(async () => {
      for (let index = 0; index < 100; index += 1) {
        const parcel = mountRootParcel(lifecycles, {
          domElement: host,
          elementProps: { options: { items: [String(index)] } },
        });
        await parcel.mountPromise;
        expect(host.querySelectorAll('gu-test-widget').length).to.equal(1);
        await parcel.unmount();
      }
    });
    expect(host.childNodes.length).to.equal(0);
    expect(GuTestWidget.live).to.equal(0);
    expect(counts.removed).to.be.at.least(counts.added - 0);
  });

  it('serves several parcels of the same element at once', async () => {
    const [a, b] = [container(), container()];
    const lifecycles = guElementLifecycles({ tagName: 'gu-test-widget' });
    const first = mountRootParcel(lifecycles, { domElement: a, elementProps: { label: 'A' } });
    const second = mountRootParcel(lifecycles, { domElement: b, elementProps: { label: 'B' } });
    await Promise.all([first.mountPromise, second.mountPromise]);
    await first.unmount();
    expect(a.children.length).to.equal(0);
    expect((b.querySelector('gu-test-widget') as GuTestWidget | null)?.label).to.equal('B');
    await second.unmount();
  });
});

describe('shells/adapter: focus on route change', () => {
  afterEach(() => document.querySelectorAll('body > main, body > div').forEach((node) => node.remove()));

  it('moves focus to the page heading of the enclosing main', async () => {
    const main = document.createElement('main');
    const heading = document.createElement('h1');
    heading.textContent = 'Мои заявления';
    const view = document.createElement('div');
    main.append(heading, view);
    document.body.append(main);
    const lifecycles = guElementLifecycles({ tagName: 'gu-test-widget' });
    await lifecycles.bootstrap(props({}));
    await lifecycles.mount(props({ domElementGetter: () => view, moveFocus: true }));
    expect(document.activeElement).to.equal(heading);
    expect(heading.getAttribute('tabindex')).to.equal('-1');
    await lifecycles.unmount(props({}));
  });

  it('focuses the heading inside the widget when the shell has none', async () => {
    const view = container();
    const lifecycles = guElementLifecycles({ tagName: 'gu-test-widget', attributes: { label: 'Штрафы' } });
    await lifecycles.bootstrap(props({}));
    await lifecycles.mount(props({ domElementGetter: () => view, moveFocus: true }));
    const element = view.querySelector('gu-test-widget') as GuTestWidget;
    expect(element.shadowRoot?.activeElement?.textContent).to.equal('Штрафы');
    await lifecycles.unmount(props({}));
  });

  it('announces the view when it has no heading', async () => {
    const view = container();
    const empty = document.createElement('p');
    view.append(empty);
    expect(focusView(view, 'Раздел загружен')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(document.querySelector('[data-gu-announcer="polite"]')?.textContent).to.equal('Раздел загружен');
  });

  it('does not move focus for a parcel', async () => {
    const view = container();
    const before = document.activeElement;
    const lifecycles = guElementLifecycles({ tagName: 'gu-test-widget', attributes: { label: 'X' } });
    const parcel = mountRootParcel(lifecycles, { domElement: view });
    await parcel.mountPromise;
    expect(document.activeElement).to.equal(before);
    await parcel.unmount();
  });
});

describe('shells/adapter: guarded define', () => {
  it('a second bundle defining the same tag does not crash, and a version mismatch warns once', () => {
    class First extends HTMLElement {
      static readonly version = '1.0.0';
    }
    class Second extends HTMLElement {
      static readonly version = '2.0.0';
    }
    class SameVersion extends HTMLElement {
      static readonly version = '1.0.0';
    }
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      expect(guardedDefine('gu-double-define', First)).to.equal(First);
      expect(guardedDefine('gu-double-define', Second)).to.equal(First);
      expect(guardedDefine('gu-double-define', Second)).to.equal(First);
      expect(guardedDefine('gu-double-define', SameVersion)).to.equal(First);
    } finally {
      console.warn = warn;
    }
    expect(warnings.length).to.equal(1);
    expect(String((warnings[0] as unknown[])[0]))
      .to.contain('1.0.0')
      .and.contain('2.0.0');
    expect(customElements.get('gu-double-define')).to.equal(First);
  });
});
