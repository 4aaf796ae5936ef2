/**
 * <gu-a11y-toggle> (issue 17): a button named by its text with a decorative eye, `aria-expanded` and the panel it
 * controls (created after itself, or the one its `for` names), «Обычная версия» while the low-vision version is on, and
 * the page's choice kept in step with other tabs (`storage`) and the system (media queries).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../components/a11y/gu-a11y-toggle.js';
import type { GuA11yToggle } from '../../components/a11y/gu-a11y-toggle.js';
import { choosePreferences } from '../../components/a11y/page.js';
import { NORMAL, STORAGE_KEY } from '../../components/a11y/preferences.js';
import { THEMES } from '../../components/core/theme/presets.js';
import { expectAccessible } from '../helpers/a11y.js';
import { deepActiveElement, deepText, recordAnnouncements } from '../helpers/perceive.js';
import { until } from '../helpers/until.js';

const mainButton = (toggle: GuA11yToggle) => toggle.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
const normalButton = (toggle: GuA11yToggle) => toggle.shadowRoot!.querySelector<HTMLButtonElement>('[part="normal"]')!;

async function placeToggle(html = '<gu-a11y-toggle></gu-a11y-toggle>', lang = 'ru'): Promise<GuA11yToggle> {
  const header = document.createElement('header');
  header.lang = lang;
  header.className = 'toggle-test';
  // Test markup (no data): parsed from a constant string.
  header.append(document.createRange().createContextualFragment(html));
  document.body.append(header);
  const toggle = header.querySelector('gu-a11y-toggle')!;
  await until(() => mainButton(toggle).textContent !== '', 'the toggle labelled');
  return toggle;
}

afterEach(async () => {
  document.querySelectorAll('header.toggle-test').forEach((header) => header.remove());
  choosePreferences({ ...NORMAL });
  localStorage.clear();
  await executeServerCommand('gu-emulate-media-features', []);
});

describe('<gu-a11y-toggle>', () => {
  it('is a button named by its text, with a decorative eye, collapsed', async () => {
    const toggle = await placeToggle();
    const button = mainButton(toggle);
    expect(button.textContent).to.equal('Версия для слабовидящих');
    expect(button.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(normalButton(toggle).checkVisibility()).to.equal(false);
    await expectAccessible(toggle.parentElement!);
  });

  it('opens a panel it creates right after itself, and closes it again with the keyboard', async () => {
    const toggle = await placeToggle();
    mainButton(toggle).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => toggle.nextElementSibling?.localName === 'gu-a11y-panel', 'the panel created');
    const panel = toggle.nextElementSibling as HTMLElementTagNameMap['gu-a11y-panel'];
    await until(() => panel.shadowRoot!.activeElement?.localName === 'h2', 'focus on the panel heading');
    expect(mainButton(toggle).getAttribute('aria-expanded')).to.equal('true');
    expect(mainButton(toggle).ariaControlsElements).to.deep.equal([panel]);
    await sendKeys({ press: 'Escape' });
    await until(() => mainButton(toggle).getAttribute('aria-expanded') === 'false', 'collapsed');
    expect(deepActiveElement()).to.equal(mainButton(toggle));
    // Pressed again: the same panel, not a second one.
    await sendKeys({ press: 'Enter' });
    await until(() => panel.open, 'open again');
    expect(document.querySelectorAll('gu-a11y-panel')).to.have.length(1);
    mainButton(toggle).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !panel.open, 'closed by the toggle');
  });

  it('opens the panel its `for` names', async () => {
    const toggle = await placeToggle(
      '<gu-a11y-toggle for="a11y"></gu-a11y-toggle><nav>…</nav><gu-a11y-panel id="a11y"></gu-a11y-panel>',
    );
    mainButton(toggle).click();
    const panel = document.getElementById('a11y') as HTMLElementTagNameMap['gu-a11y-panel'];
    await until(() => panel.open, 'the placed panel opened');
    expect(toggle.nextElementSibling!.localName).to.equal('nav');
    expect(mainButton(toggle).ariaControlsElements).to.deep.equal([panel]);
    await until(() => mainButton(toggle).getAttribute('aria-expanded') === 'true', 'expanded');
  });

  it('offers «Обычная версия» while the low-vision version is on; it resets and says so', async () => {
    const toggle = await placeToggle();
    choosePreferences({ ...NORMAL, fontSize: 'large' });
    await until(() => normalButton(toggle).checkVisibility(), '«Обычная версия» shown');
    expect(mainButton(toggle).textContent).to.equal('Версия для слабовидящих');
    const said = recordAnnouncements();
    normalButton(toggle).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => said.said.includes('Включена обычная версия'), 'reset announced');
    expect(document.documentElement.style.getPropertyValue('--gu-font-size')).to.equal('');
    expect(normalButton(toggle).checkVisibility()).to.equal(false);
    expect(deepActiveElement()).to.equal(mainButton(toggle));
    said.stop();
  });

  it('follows a choice made in another tab (the storage event)', async () => {
    const toggle = await placeToggle();
    // The toggle follows the page once its chunk is loaded: seen when it shows «Обычная версия» for a choice.
    choosePreferences({ ...NORMAL, fontSize: 'large' }, false);
    await until(() => normalButton(toggle).checkVisibility(), 'following the page');
    choosePreferences({ ...NORMAL }, false);
    await until(() => !normalButton(toggle).checkVisibility(), 'the normal version');
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...NORMAL, scheme: 'white-on-black' }));
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    await until(() => document.documentElement.dataset['guA11y'] === 'white-on-black', 'applied');
    await until(() => normalButton(toggle).checkVisibility(), '«Обычная версия» shown');
  });

  it('follows the system: dark with no scheme chosen gives the dark preset, and back', async () => {
    await placeToggle();
    const background = () => document.documentElement.style.getPropertyValue('--gu-color-background');
    await executeServerCommand('gu-emulate-media-features', [{ name: 'prefers-color-scheme', value: 'dark' }]);
    await until(() => background() === THEMES.dark['--gu-color-background'], 'the dark preset', 30_000);
    await executeServerCommand('gu-emulate-media-features', []);
    await until(() => background() === '', 'the light page again', 30_000);
  });

  it('speaks English when the page does', async () => {
    const toggle = await placeToggle(undefined, 'en');
    choosePreferences({ ...NORMAL, images: 'off' });
    await until(() => normalButton(toggle).checkVisibility(), 'shown');
    expect(deepText(toggle)).to.contain('Low-vision version');
    expect(normalButton(toggle).textContent).to.equal('Standard version');
    // Images off: the eye goes, the name stays.
    expect(mainButton(toggle).querySelector('svg')!.checkVisibility()).to.equal(false);
  });
});
