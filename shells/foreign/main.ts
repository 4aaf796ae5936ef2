/**
 * A foreign host: a small application with its own state and rendering (no single-spa root config, no routing;
 * it stands for a React or Vue page) that mounts a gu-kit widget as a single-spa parcel with `mountRootParcel`,
 * the way single-spa-react's <Parcel> and single-spa-vue's Parcel component do, passes object props, updates them
 * and unmounts the parcel when its own view changes.
 */
import { mountRootParcel, type Parcel } from 'single-spa';
import { startDemoBackend } from '../portal/mock-backend.js';
import { guElementLifecycles } from '../adapter/lifecycles.js';
import { loadSessionElements, widgetLoader } from '../portal/widgets.js';

await startDemoBackend();
await Promise.all([loadSessionElements(), import('../portal/dev-toolbar.js'), import('../portal/portal-pages.js')]);

/** The host's state: which tab is open and the object the widget receives. */
interface HostState {
  tab: 'widget' | 'about';
  options: { pageSize: number; pollInterval: number };
}

const state: HostState = { tab: 'widget', options: { pageSize: 5, pollInterval: 30_000 } };
const trackerLoad = widgetLoader('gu-application-tracker');
const lifecycles = trackerLoad
  ? guElementLifecycles({ tagName: 'gu-application-tracker', load: trackerLoad, attributes: { 'api-base': '/api' } })
  : guElementLifecycles({ tagName: 'gu-portal-pending', props: { text: 'applicationsPending', homeHref: '/' } });

let parcel: Parcel | undefined;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

const session = document.createElement('gu-session');
for (const [name, value] of Object.entries({
  authority: new URL('/mock-oidc', location.origin).href,
  'client-id': 'gu-kit-demo',
  'redirect-uri': new URL('/foreign/', location.origin).href,
  scope: 'openid profile offline_access',
  'api-base': '/api',
})) {
  session.setAttribute(name, value);
}
const header = el('header');
header.className = 'portal-header';
const brand = el('p', 'Чужое приложение (без single-spa)');
brand.className = 'portal-brand portal-brand__name';
header.append(brand, document.createElement('gu-sign-out-button'));
const main = el('main');
const heading = el('h1', 'Виджет gu-kit в приложении на другом фреймворке');
const tabs = el('div');
tabs.className = 'portal-tools';
tabs.setAttribute('role', 'group');
tabs.setAttribute('aria-label', 'Вид');
const widgetTab = el('button', 'Виджет');
const aboutTab = el('button', 'О странице');
const sizeButton = el('button', 'Показывать по 10 заявлений');
for (const button of [widgetTab, aboutTab, sizeButton]) {
  button.type = 'button';
  button.className = 'portal-button';
}
tabs.append(widgetTab, aboutTab, sizeButton);
const outlet = el('div');
outlet.className = 'foreign-outlet';
const toolbarAside = el('aside');
toolbarAside.className = 'portal-dev';
toolbarAside.setAttribute('aria-label', 'Панель разработчика');
const toolbar = document.createElement('gu-dev-toolbar');
toolbar.setAttribute('authority', new URL('/mock-oidc', location.origin).href);
toolbar.setAttribute('other-portal', '/severny/');
toolbarAside.append(toolbar);
main.append(heading, tabs, outlet);
session.append(header, main, toolbarAside);
document.body.append(session);

/** The host's render: mounts the parcel on the widget tab, unmounts it on the other. */
async function render(): Promise<void> {
  widgetTab.setAttribute('aria-pressed', String(state.tab === 'widget'));
  aboutTab.setAttribute('aria-pressed', String(state.tab === 'about'));
  if (state.tab === 'widget' && !parcel) {
    outlet.replaceChildren();
    parcel = mountRootParcel(lifecycles, { domElement: outlet, elementProps: { ...state.options } });
    await parcel.mountPromise;
  } else if (state.tab === 'widget' && parcel) {
    await parcel.update?.({ elementProps: { ...state.options } });
  } else if (state.tab === 'about') {
    const current = parcel;
    parcel = undefined;
    if (current) await current.unmount();
    outlet.replaceChildren(
      el('p', 'Хост монтирует виджет как parcel single-spa и передаёт ему объект настроек свойствами.'),
    );
  }
}

widgetTab.addEventListener('click', () => {
  state.tab = 'widget';
  void render();
});
aboutTab.addEventListener('click', () => {
  state.tab = 'about';
  void render();
});
sizeButton.addEventListener('click', () => {
  state.options = { ...state.options, pageSize: 10 };
  void render();
});
await render();
