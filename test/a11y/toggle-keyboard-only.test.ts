/**
 * Issue 17's keyboard-only test, on a page of its own (test/a11y/pages/low-vision.html: a header with the toggle, one
 * core widget, a strict Content-Security-Policy) in an iframe: open the panel from the toggle, choose huge + white on
 * black + images off with keys alone, close, focus back on the toggle; the widget's text measurably larger and its
 * colours changed; a second page (another "tab") follows through the storage event; after a real reload the choice
 * is still applied.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../helpers/until.js';

const PAGE = '/test/a11y/pages/low-vision.html';

async function openPage(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Страница портала';
  frame.width = '800';
  frame.height = '600';
  frame.src = PAGE;
  document.body.append(frame);
  await until(() => ready(frame), 'the page rendered', 20_000);
  return frame;
}

/** The page's elements are defined and drawn. */
function ready(frame: HTMLIFrameElement): boolean {
  const doc = frame.contentDocument;
  if (!doc || doc.readyState !== 'complete' || doc.location.pathname !== PAGE) return false;
  const toggle = doc.querySelector('gu-a11y-toggle');
  const button = doc.querySelector('gu-button');
  return (
    !!toggle?.shadowRoot?.querySelector('[part="button"]')?.textContent && !!button?.shadowRoot?.querySelector('button')
  );
}

const docOf = (frame: HTMLIFrameElement) => frame.contentDocument!;
const toggleButton = (frame: HTMLIFrameElement) =>
  docOf(frame).querySelector('gu-a11y-toggle')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
const widgetButton = (frame: HTMLIFrameElement) =>
  docOf(frame).querySelector('gu-button')!.shadowRoot!.querySelector('button')!;
const computed = (element: Element) => element.ownerDocument.defaultView!.getComputedStyle(element);

function deepActive(frame: HTMLIFrameElement): Element | null {
  let active = docOf(frame).activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const press = async (key: string, times = 1) => {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
};

let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  frames.forEach((frame) => frame.remove());
  frames = [];
  localStorage.clear();
});

describe('the low-vision version, keyboard only', () => {
  it('huge + white on black + images off: applied, followed by another tab, kept after a reload', async function () {
    this.timeout(90_000);
    const page = await openPage();
    const otherTab = await openPage();
    frames = [page, otherTab];
    const sizeBefore = parseFloat(computed(widgetButton(page)).fontSize);
    const backgroundBefore = computed(widgetButton(page)).backgroundColor;

    // The citizen is on the toggle (the header's first control) and uses the keyboard alone from here.
    page.contentWindow!.focus();
    toggleButton(page).focus();
    await press('Enter');
    const panel = () => docOf(page).querySelector('gu-a11y-panel');
    await until(() => panel()?.shadowRoot?.activeElement?.localName === 'h2', 'the panel open, its heading focused');
    await press('Tab'); // font size: «Обычный»
    await press('ArrowRight', 2); // «Огромный»
    await press('Tab'); // font
    await press('Tab'); // colour scheme: «Обычная»
    await press('ArrowDown', 2); // «Белым по чёрному»
    await press('Tab'); // letter spacing
    await press('Tab'); // line spacing
    await press('Tab'); // images: «Показывать»
    await press('ArrowRight'); // «Не показывать»
    await press('Escape');
    await until(() => !panel()!.hasAttribute('open'), 'the panel closed');
    expect(deepActive(page)).to.equal(toggleButton(page));
    expect(toggleButton(page).getAttribute('aria-expanded')).to.equal('false');

    const applied = (frame: HTMLIFrameElement) => {
      const root = docOf(frame).documentElement;
      const size = parseFloat(computed(widgetButton(frame)).fontSize);
      return (
        root.dataset['guA11y'] === 'white-on-black' && root.dataset['guImages'] === 'off' && size >= sizeBefore * 1.4
      );
    };
    await until(() => applied(page), 'huge, white on black, images off on the page');
    expect(parseFloat(computed(widgetButton(page)).fontSize)).to.equal(sizeBefore * 1.5);
    expect(computed(widgetButton(page)).backgroundColor).not.to.equal(backgroundBefore);
    expect(computed(widgetButton(page)).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(computed(docOf(page).body).backgroundColor).to.equal('rgb(0, 0, 0)');

    // The other tab follows through the storage event.
    await until(() => applied(otherTab), 'the other tab follows');

    // A real reload of the page: the stored choice is applied again.
    const beforeReload = docOf(page);
    page.contentWindow!.location.reload();
    await until(
      () => docOf(page) !== beforeReload && ready(page) && applied(page),
      'the choice applied to the reloaded document',
      20_000,
    );
    const normal = docOf(page).querySelector('gu-a11y-toggle')!.shadowRoot!.querySelector('[part="normal"]')!;
    await until(() => normal.checkVisibility(), '«Обычная версия» offered after the reload');
  });
});
