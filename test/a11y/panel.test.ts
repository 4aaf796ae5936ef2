/**
 * <gu-a11y-panel> (issue 17): native radio groups driven with real key presses, every change applied to the document
 * at once, stored, announced in words and sent as `gu-low-vision-change`; «Обычная версия» resets; Esc and «Закрыть» close
 * it and give focus back; a refused storage and the system's forced colours are said; English is complete.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../components/a11y/gu-a11y-panel.js';
import type { GuA11yPanel } from '../../components/a11y/gu-a11y-panel.js';
import { choosePreferences } from '../../components/a11y/page.js';
import { NORMAL, STORAGE_KEY, type A11yPreferences } from '../../components/a11y/preferences.js';
import { expectAccessible } from '../helpers/a11y.js';
import { deepActiveElement, deepText, recordAnnouncements } from '../helpers/perceive.js';
import { until } from '../helpers/until.js';

const shadow = (panel: GuA11yPanel) => panel.shadowRoot!;
const radio = (panel: GuA11yPanel, name: string, value: string) =>
  shadow(panel).querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
const button = (panel: GuA11yPanel, text: string) =>
  [...shadow(panel).querySelectorAll('button')].find((each) => each.textContent === text)!;
const note = (panel: GuA11yPanel, text: string) =>
  [...shadow(panel).querySelectorAll('p')].find((each) => each.textContent?.startsWith(text))!;

let opener: HTMLButtonElement;

async function openPanel(attributes: Record<string, string> = {}): Promise<GuA11yPanel> {
  opener = document.createElement('button');
  opener.textContent = 'Открыть';
  const panel = document.createElement('gu-a11y-panel');
  for (const [name, value] of Object.entries(attributes)) panel.setAttribute(name, value);
  document.body.append(opener, panel);
  opener.focus();
  panel.show();
  await until(() => shadow(panel).activeElement?.localName === 'h2', 'focus on the heading');
  return panel;
}

afterEach(async () => {
  document.querySelectorAll('gu-a11y-panel').forEach((panel) => panel.remove());
  opener?.remove();
  choosePreferences({ ...NORMAL });
  localStorage.clear();
  await executeServerCommand('gu-emulate-media-features', []);
});

describe('<gu-a11y-panel>', () => {
  it('is a labelled region of radio groups, each with its legend, and passes axe', async () => {
    const panel = await openPanel({ lang: 'ru' });
    const region = shadow(panel).querySelector('section')!;
    expect(region.getAttribute('aria-labelledby')).to.equal('heading');
    expect(shadow(panel).getElementById('heading')!.textContent).to.equal('Версия для слабовидящих');
    const legends = [...shadow(panel).querySelectorAll('legend')].map((legend) => legend.textContent);
    expect(legends).to.deep.equal([
      'Размер шрифта',
      'Шрифт',
      'Цветовая схема',
      'Межбуквенный интервал',
      'Межстрочный интервал',
      'Изображения',
    ]);
    expect(radio(panel, 'fontSize', 'normal').checked).to.equal(true);
    // A scheme's sample is decorative: the option's name is its text.
    const blue = radio(panel, 'scheme', 'blue').closest('label')!;
    expect(blue.querySelector('.swatch')!.getAttribute('aria-hidden')).to.equal('true');
    expect(blue.textContent).to.contain('Тёмно-синим по голубому');
    await expectAccessible(panel);
  });

  it('applies, stores, announces and reports a choice made with the arrow keys', async () => {
    const panel = await openPanel({ lang: 'ru' });
    const changes: A11yPreferences[] = [];
    panel.addEventListener('gu-low-vision-change', (event) =>
      changes.push((event as CustomEvent<A11yPreferences>).detail),
    );
    const said = recordAnnouncements();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(radio(panel, 'fontSize', 'normal'));
    await sendKeys({ press: 'ArrowRight' });
    await until(() => said.said.includes('Включена крупная версия'), 'large announced');
    expect(document.documentElement.style.getPropertyValue('--gu-font-size')).to.equal('1.25rem');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).to.include({ fontSize: 'large' });
    expect(changes.at(-1)).to.include({ fontSize: 'large' });
    // Tab to the scheme group, two steps down: white on black.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(radio(panel, 'scheme', 'default'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await until(() => said.said.includes('Цветовая схема: белым по чёрному'), 'the scheme announced');
    expect(document.documentElement.dataset['guA11y']).to.equal('white-on-black');
    // The panel follows the tokens it sets.
    expect(getComputedStyle(panel).backgroundColor).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(panel).fontSize).to.equal('20px');
    said.stop();
  });

  it('«Обычная версия» resets everything and says so', async () => {
    choosePreferences({ ...NORMAL, fontSize: 'huge', scheme: 'blue', images: 'off' });
    const panel = await openPanel({ lang: 'ru' });
    expect(radio(panel, 'fontSize', 'huge').checked).to.equal(true);
    const said = recordAnnouncements();
    button(panel, 'Обычная версия').click();
    await until(() => said.said.includes('Включена обычная версия'), 'reset announced');
    expect(document.documentElement.hasAttribute('data-gu-a11y')).to.equal(false);
    expect(document.documentElement.hasAttribute('data-gu-images')).to.equal(false);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    expect(radio(panel, 'fontSize', 'normal').checked).to.equal(true);
    said.stop();
  });

  it('closes on Esc and on «Закрыть», giving focus back to its opener', async () => {
    let panel = await openPanel({ lang: 'ru' });
    const closes: Event[] = [];
    panel.addEventListener('gu-low-vision-close', (event) => closes.push(event));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Escape' });
    expect(panel.open).to.equal(false);
    expect(panel.checkVisibility()).to.equal(false);
    expect(document.activeElement).to.equal(opener);
    expect(closes).to.have.length(1);
    panel.remove();
    opener.remove();
    panel = await openPanel({ lang: 'ru' });
    button(panel, 'Закрыть').focus();
    await sendKeys({ press: 'Enter' });
    expect(panel.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('says when the choice cannot be stored, and still applies it', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('refused', 'QuotaExceededError');
    };
    try {
      const panel = await openPanel({ lang: 'ru' });
      const refused = note(panel, 'Браузер не даёт сохранить выбор');
      expect(refused.checkVisibility()).to.equal(true);
      radio(panel, 'images', 'off').click();
      expect(document.documentElement.dataset['guImages']).to.equal('off');
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('a transient panel stores nothing and says so', async () => {
    const panel = await openPanel({ lang: 'ru', transient: '' });
    expect(note(panel, 'Браузер не даёт сохранить выбор').checkVisibility()).to.equal(true);
    radio(panel, 'fontFamily', 'serif').click();
    expect(document.documentElement.style.getPropertyValue('--gu-font-family')).to.contain('serif');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
  });

  it('says that the system’s colours are in use under forced colours', async () => {
    const panel = await openPanel({ lang: 'ru' });
    const forced = note(panel, 'Включены цвета вашей системы');
    expect(forced.checkVisibility()).to.equal(false);
    await executeServerCommand('gu-emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
    await until(() => forced.checkVisibility(), 'the forced-colours note');
    await executeServerCommand('gu-emulate-media-features', []);
    await until(() => !forced.checkVisibility(), 'the note gone with the forced colours');
  });

  it('applies to its own target, not the document, when given one', async () => {
    const target = document.createElement('div');
    document.body.append(target);
    const panel = await openPanel({ lang: 'ru' });
    panel.target = target;
    radio(panel, 'scheme', 'brown').click();
    expect(target.dataset['guA11y']).to.equal('brown');
    expect(document.documentElement.hasAttribute('data-gu-a11y')).to.equal(false);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    target.remove();
  });

  it('speaks English when the page does', async () => {
    const panel = await openPanel({ lang: 'en' });
    const text = deepText(panel);
    for (const words of ['Low-vision version', 'Text size', 'Colour scheme', 'White on black', 'Images', 'Close'])
      expect(text).to.contain(words);
    expect(text).not.to.match(/[А-Яа-яЁё]{3}/);
    const said = recordAnnouncements();
    radio(panel, 'scheme', 'blue').click();
    await until(() => said.said.includes('Colour scheme: dark blue on light blue'), 'said in English');
    said.stop();
    await expectAccessible(panel);
  });
});
