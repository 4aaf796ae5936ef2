/**
 * «Версия для слабовидящих» in the portals: the brand preset as a `:root` rule (shells/portal/page-theme.ts) under the
 * citizen's choice (tokens on the document element, set by <gu-a11y-toggle>/<gu-a11y-panel>), the toggle in the
 * header opening the panel placed under it, full width, and the portal's own CSS (portal.css) following the tokens —
 * the page's body, not only the widgets.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setPageTheme } from '../../shells/portal/page-theme.js';
import { GuPortalLayout, type PortalConfig } from '../../shells/portal/portal-layout.js';
import { guardedDefine } from '../../shells/adapter/define.js';
import { ROUTES } from '../../shells/portal/routes.js';
import { applyPreferences, NORMAL, SCHEME_TOKENS, STORAGE_KEY } from '../../components/a11y/preferences.js';
import { THEMES } from '../../components/core/theme/index.js';
import { provideTestSession } from '../../mocks/test-session.js';
import { expectAccessible } from '../helpers/a11y.js';
import { deepActiveElement, expectNotVisible, expectVisible } from '../helpers/perceive.js';

guardedDefine('gu-portal-layout', GuPortalLayout);

const CONFIG: PortalConfig = { id: 'severny', base: '/severny/', layout: 'top' };
const rootToken = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** The portals' own stylesheet, adopted as the page's (it has no @import). */
async function portalStyles(): Promise<CSSStyleSheet> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(await (await fetch('/shells/portal/portal.css')).text());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return sheet;
}

function resetPage(): void {
  localStorage.removeItem(STORAGE_KEY);
  applyPreferences({ ...NORMAL });
}

describe('shells/portal: the page theme under the low-vision choice', () => {
  afterEach(resetPage);

  it('the brand is a :root rule the citizen’s tokens win over, and neither removes the other', () => {
    setPageTheme('severny');
    expect(document.documentElement.dataset['guTheme']).to.equal('severny');
    expect(document.documentElement.style.getPropertyValue('--gu-color-primary')).to.equal('');
    expect(rootToken('--gu-color-primary')).to.equal(THEMES.severny['--gu-color-primary']);

    // What the toggle does on every page: apply the stored (here normal) choice — the brand stays.
    applyPreferences({ ...NORMAL });
    expect(rootToken('--gu-color-primary')).to.equal(THEMES.severny['--gu-color-primary']);
    expect(rootToken('--gu-font-family')).to.equal(THEMES.severny['--gu-font-family']);

    applyPreferences({ ...NORMAL, scheme: 'white-on-black' });
    expect(rootToken('--gu-color-primary')).to.equal(SCHEME_TOKENS['white-on-black']['--gu-color-primary']);
    // The dev toolbar changes the preset: the citizen's scheme is kept.
    setPageTheme('yuzhny');
    expect(rootToken('--gu-color-primary')).to.equal(SCHEME_TOKENS['white-on-black']['--gu-color-primary']);
    applyPreferences({ ...NORMAL });
    expect(rootToken('--gu-color-primary')).to.equal(THEMES.yuzhny['--gu-color-primary']);
    setPageTheme('default');
    expect(rootToken('--gu-color-primary')).to.equal('');
  });
});

describe('shells/portal: «Версия для слабовидящих» in the header', () => {
  let styles: CSSStyleSheet;
  before(async () => {
    styles = await portalStyles();
    setPageTheme('severny');
  });
  after(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== styles);
    setPageTheme('default');
  });
  afterEach(resetPage);

  async function layout(): Promise<GuPortalLayout> {
    const wrapper = document.createElement('div');
    provideTestSession(wrapper);
    const element = document.createElement('gu-portal-layout');
    element.config = CONFIG;
    element.route = ROUTES.find((route) => route.id === 'home');
    element.widgetRoutes = new Set();
    wrapper.append(element);
    await fixture(html`${wrapper}`);
    await element.updateComplete;
    return element;
  }

  it('the toggle opens the panel under the header, full width; a choice changes the page’s own body', async () => {
    const page = await layout();
    const header = page.querySelector('header')!;
    const toggle = header.querySelector('gu-a11y-toggle')!;
    expect(toggle, 'the toggle is in the header').to.exist;
    expect(toggle.closest('[role="group"]'), 'in the header’s tools').to.exist;
    const button = toggle.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
    await waitUntil(() => button.textContent?.includes('Версия для слабовидящих'), 'the toggle’s name');
    expectVisible(button, 'the toggle');
    const panel = page.querySelector('gu-a11y-panel')!;
    expect(header.nextElementSibling, 'the panel comes right after the header').to.equal(panel);
    expectNotVisible(panel, 'the closed panel');

    const emblem = header.querySelector('.portal-brand__emblem')!;
    expectVisible(emblem, 'the decorative emblem with images on');
    const bodyBefore = getComputedStyle(document.body);
    const sizeBefore = parseFloat(bodyBefore.fontSize);
    const backgroundBefore = bodyBefore.backgroundColor;

    // Keyboard only: Tab to the toggle (from the brand link before it), Enter opens the panel.
    header.querySelector<HTMLElement>('.portal-brand')!.focus();
    for (let stop = 0; stop < 5 && deepActiveElement() !== button; stop += 1) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement(), 'Tab reaches the toggle').to.equal(button);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => panel.hasAttribute('open'), 'the panel opens');
    await waitUntil(() => panel.shadowRoot?.querySelector('input[name="scheme"]'), 'the panel renders');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expectVisible(panel, 'the open panel');
    const panelBox = panel.getBoundingClientRect();
    expect(Math.round(panelBox.width), 'full width').to.equal(Math.round(page.getBoundingClientRect().width));
    expect(panelBox.top, 'under the header').to.be.at.least(header.getBoundingClientRect().bottom - 1);
    await expectAccessible(page);

    const pick = (field: string, value: string) =>
      panel.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${field}"][value="${value}"]`)!.click();
    pick('fontSize', 'huge');
    pick('scheme', 'white-on-black');
    pick('images', 'off');
    await waitUntil(() => document.documentElement.dataset['guImages'] === 'off', 'the choice applied');
    const body = getComputedStyle(document.body);
    expect(parseFloat(body.fontSize), 'the body’s text is larger').to.be.above(sizeBefore * 1.4);
    expect(body.backgroundColor, 'the body’s background').to.equal('rgb(0, 0, 0)');
    expect(body.backgroundColor).not.to.equal(backgroundBefore);
    expect(body.color, 'the body’s text').to.equal('rgb(255, 255, 255)');
    expectNotVisible(emblem, 'the decorative emblem with images off');
    const brandName = header.querySelector('.portal-brand__name')!;
    expect(parseFloat(getComputedStyle(brandName).fontSize), 'headings grow with the body').to.be.above(
      sizeBefore * 1.25 * 1.4,
    );
    await expectAccessible(page);

    // Esc closes it; focus is back on the toggle.
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[name="images"][value="off"]')!.focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !panel.hasAttribute('open'), 'Esc closes the panel');
    expect(deepActiveElement(), 'focus back on the toggle').to.equal(button);
  });

  it('the page’s text spacing follows the tokens (WCAG 1.4.12), buttons included', async () => {
    const page = await layout();
    applyPreferences({ ...NORMAL, letterSpacing: 'large', lineSpacing: 'large', fontFamily: 'serif' });
    const body = getComputedStyle(document.body);
    const size = parseFloat(body.fontSize);
    expect(parseFloat(body.letterSpacing)).to.be.closeTo(size * 0.12, 0.5);
    expect(parseFloat(body.wordSpacing)).to.be.closeTo(size * 0.16, 0.5);
    expect(parseFloat(body.lineHeight)).to.be.closeTo(size * 2, 0.5);
    expect(body.fontFamily).to.contain('Serif');
    const language = page.querySelector<HTMLButtonElement>('.portal-tools button')!;
    expect(getComputedStyle(language).letterSpacing).to.equal(body.letterSpacing);
  });
});
