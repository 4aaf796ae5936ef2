import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/core/ui/gu-alert.js';
import type { GuAlert, AlertVariant } from '../../../components/core/ui/alert.js';
import { expectAccessible } from '../../helpers/a11y.js';

const region = (el: GuAlert) => el.shadowRoot!.querySelector<HTMLElement>('[part="region"]')!;
const dismiss = (el: GuAlert) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="dismiss"]');
const nextTick = () => new Promise((resolve) => setTimeout(resolve, 0));

const VARIANTS: [AlertVariant, 'alert' | 'status', string][] = [
  ['info', 'status', 'Информация'],
  ['success', 'status', 'Готово'],
  ['warning', 'alert', 'Внимание'],
  ['error', 'alert', 'Ошибка'],
];

describe('gu-alert', () => {
  for (const [variant, role, label] of VARIANTS) {
    for (const dismissible of [false, true]) {
      it(`${variant}${dismissible ? ', dismissible' : ''}: role="${role}", prefix «${label}», accessible`, async () => {
        const el = await fixture<GuAlert>(
          html`<gu-alert variant=${variant} heading="Заголовок" ?dismissible=${dismissible}
            >Текст <a href="#x">ссылка</a></gu-alert
          >`,
        );
        expect(region(el).getAttribute('role')).to.equal(role);
        expect(region(el).getAttribute('aria-live')).to.equal(role === 'alert' ? 'assertive' : 'polite');
        expect(region(el).textContent).to.contain(`${label}:`);
        expect(region(el).querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
        expect(Boolean(dismiss(el))).to.equal(dismissible);
        await expectAccessible(el);
      });
    }
  }

  it('with `live`, the role region exists empty before the message is inserted, and the same node then holds it', async () => {
    const el = await fixture<GuAlert>(html`<gu-alert variant="error" live></gu-alert>`);
    const before = region(el);
    expect(before.getAttribute('role')).to.equal('alert');
    expect(before.checkVisibility()).to.equal(true);
    expect(before.textContent!.trim()).to.equal('');
    await expectAccessible(el);
    el.textContent = 'Неверный код. Осталось 2 попытки.';
    await nextTick();
    await el.updateComplete;
    expect(region(el)).to.equal(before);
    const slot = before.querySelector('slot')!;
    expect(
      slot
        .assignedNodes()
        .map((n) => n.textContent)
        .join(''),
    ).to.equal('Неверный код. Осталось 2 попытки.');
    expect(before.textContent).to.contain('Ошибка:');
    await expectAccessible(el);
  });

  it('without `live`, an empty alert is hidden and takes no space', async () => {
    const el = await fixture<GuAlert>(html`<gu-alert variant="error"></gu-alert>`);
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!.checkVisibility()).to.equal(false);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('the close button is named «Закрыть уведомление», is at least 24×24 and hides the alert (keyboard)', async () => {
    const el = await fixture<GuAlert>(html`<gu-alert variant="success" dismissible>Заявление отправлено</gu-alert>`);
    const button = dismiss(el)!;
    expect(button.getAttribute('aria-label')).to.equal('Закрыть уведомление');
    const rect = button.getBoundingClientRect();
    expect(rect.width).to.be.at.least(24);
    expect(rect.height).to.be.at.least(24);
    const event = oneEvent(el, 'gu-alert-dismiss');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    const fired = await event;
    expect(fired.composed).to.equal(true);
    expect(el.hidden).to.equal(true);
    expect(el.checkVisibility()).to.equal(false);
  });

  it('preventing gu-alert-dismiss keeps the alert', async () => {
    const el = await fixture<GuAlert>(html`<gu-alert dismissible>Текст</gu-alert>`);
    el.addEventListener('gu-alert-dismiss', (event) => event.preventDefault());
    dismiss(el)!.click();
    expect(el.hidden).to.equal(false);
  });

  it('speaks English under lang="en" and follows a runtime language switch', async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div lang="en"><gu-alert variant="error" dismissible>Wrong code</gu-alert></div>`,
    );
    const el = root.querySelector('gu-alert')!;
    expect(region(el).textContent).to.contain('Error:');
    expect(dismiss(el)!.getAttribute('aria-label')).to.equal('Dismiss notification');
    root.lang = 'ru';
    await nextTick();
    await el.updateComplete;
    expect(region(el).textContent).to.contain('Ошибка:');
    expect(dismiss(el)!.getAttribute('aria-label')).to.equal('Закрыть уведомление');
  });
});
