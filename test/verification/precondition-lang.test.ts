/**
 * Issue 12, defect 10 (verification): «Ввести данные» was offered before the e-mail was confirmed and refused only after
 * six fields were filled — the precondition comes first now, with the way to meet it. And in English, Russian text from
 * the server (banks, service centres, addresses) is marked `lang="ru"` (WCAG 3.1.2).
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../helpers/a11y.js';
import { deepText, expectNotVisible, expectVisible } from '../helpers/perceive.js';
import { byText, deepActiveElement, mountSignedIn, part, tabTo, until } from './harness.js';

const buttons = (root: ShadowRoot, text: string) =>
  [...root.querySelectorAll('button')].filter((button) => button.textContent?.includes(text));

/** Every text node with Cyrillic under `root` (shadow roots included) and the language it is in. */
function cyrillicTexts(root: Node): { text: string; lang: string | undefined }[] {
  const found: { text: string; lang: string | undefined }[] = [];
  const langOf = (element: Element | null): string | undefined => {
    for (let node: Element | null = element; node;) {
      if (node.hasAttribute('lang')) return node.getAttribute('lang')!;
      node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    }
    return document.documentElement.getAttribute('lang') ?? undefined;
  };
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE && /[\u0400-\u04ff]/.test(node.textContent ?? ''))
      found.push({ text: node.textContent!.trim(), lang: langOf(node.parentElement) });
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}

describe('gu-verification: the standard level needs confirmed contacts — said first', () => {
  it('the overview says what comes first instead of offering the form; after the e-mail is confirmed it offers it', async () => {
    const { widget } = await mountSignedIn('simplified', undefined, false);
    const root = widget.shadowRoot!;
    expect(buttons(root, 'Ввести данные')).to.have.length(0);
    expectVisible(root.querySelector('[data-precondition]'), 'the precondition');
    expect(root.querySelector('[data-precondition]')!.textContent).to.include(
      'Сначала подтвердите телефон и электронную почту',
    );
    await expectAccessible(widget);

    await tabTo((el) => el.getAttribute('aria-label') === 'Подтвердить почту', 'confirm e-mail');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.textContent?.includes('Подтверждение электронной почты'), 'e-mail step');
    await tabTo(byText('Отправить код'), 'send');
    await sendKeys({ press: 'Enter' });
    await until(
      () => (deepActiveElement()?.getRootNode() as ShadowRoot).host?.tagName === 'GU-OTP-FIELD',
      'code field',
    );
    await sendKeys({ type: '123456' });
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.textContent?.includes('Электронная почта подтверждена'), 'confirmed');
    await tabTo(byText('К уровням учётной записи'), 'to overview');
    await sendKeys({ press: 'Enter' });
    await until(() => buttons(widget.shadowRoot!, 'Ввести данные').length === 1, '«Ввести данные» offered');
    expectVisible(buttons(widget.shadowRoot!, 'Ввести данные')[0], '«Ввести данные»');
    expect(widget.shadowRoot!.querySelector('[data-precondition]')).to.equal(null);
  });

  it('opened directly, the standard step shows the precondition and the way to meet it, no form', async () => {
    const { widget } = await mountSignedIn('simplified', undefined, false);
    await widget.goTo('standard');
    await until(() => part(widget).querySelector('[data-precondition]'), 'precondition');
    expectVisible(part(widget).querySelector('[data-precondition]'), 'the precondition');
    expect(part(widget).querySelector('gu-text-field')).to.equal(null);
    expectNotVisible(part(widget).querySelector('form'), 'the form');
    await expectAccessible(widget);
    await tabTo(byText('Подтвердить почту'), 'confirm e-mail');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.textContent?.includes('Подтверждение электронной почты'), 'e-mail step');
  });
});

describe('gu-verification in English: Russian server data is marked lang="ru"', () => {
  it('bank names, service centres and addresses; nothing else in Cyrillic without lang="ru"', async () => {
    const { widget } = await mountSignedIn('standard', html`<gu-verification locale="en"></gu-verification>`);
    await until(
      () => deepText(widget.shadowRoot!).includes('Account levels') || deepText(widget.shadowRoot!).includes('level'),
      'English',
    );
    expect(cyrillicTexts(widget).filter((t) => t.lang !== 'ru')).to.deep.equal([]);

    await widget.goTo('bank');
    await until(() => part(widget).querySelectorAll('input[name="bank"]').length > 0, 'banks');
    const banks = cyrillicTexts(widget);
    expect(banks.map((t) => t.text)).to.include('Сбербанк');
    expect(banks.filter((t) => t.lang !== 'ru')).to.deep.equal([]);
    await expectAccessible(widget);

    await widget.goTo('centre', { query: 'Москва' });
    await until(() => part(widget).querySelector('[data-found]'), 'centres');
    const centres = cyrillicTexts(widget);
    expect(centres.some((t) => t.text.includes('МФЦ'))).to.equal(true);
    expect(centres.filter((t) => t.lang !== 'ru')).to.deep.equal([]);
    await expectAccessible(widget);
  });
});
