import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../components/core/ui/gu-button.js';
import type { GuButton } from '../../../components/core/ui/button.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { accessibleName, deepActiveElement, parts, rendered } from './fields-harness.js';

function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

async function clickAt(element: Element): Promise<void> {
  await sendMouse({ type: 'click', position: centre(element) });
}

describe('gu-button', () => {
  it('is accessible in every variant and state', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <gu-button>Отправить</gu-button>
        <gu-button variant="secondary">Отмена</gu-button>
        <gu-button variant="link" type="button">Изменить</gu-button>
        <gu-button busy>Отправить</gu-button>
        <gu-button disabled>Недоступно</gu-button>
      </div>`,
    );
    await Promise.all([...wrapper.querySelectorAll('gu-button')].map(rendered));
    await expectAccessible(wrapper);
    for (const button of wrapper.querySelectorAll('gu-button')) {
      const box = parts(button).button!.getBoundingClientRect();
      expect(box.height, button.textContent!).to.be.at.least(24);
      expect(box.width, button.textContent!).to.be.at.least(24);
    }
  });

  it('submits its light-DOM form on click, Enter and Space', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gu-button>Отправить</gu-button></form>`);
    const button = form.querySelector('gu-button')!;
    await rendered(button);
    let submits = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits += 1;
    });
    await clickAt(button);
    expect(submits).to.equal(1);
    button.focus();
    expect(deepActiveElement()).to.equal(parts(button).button);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(submits).to.equal(3);
    expect(accessibleName(parts(button).button!)).to.equal('Отправить');
  });

  it('resets its form with type="reset" and does nothing to the form with type="button"', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <input name="q" aria-label="Запрос" value="старое" />
        <gu-button type="reset">Очистить</gu-button>
        <gu-button type="button">Просто кнопка</gu-button>
      </form>`,
    );
    const [reset, plain] = [...form.querySelectorAll('gu-button')] as [GuButton, GuButton];
    await rendered(reset);
    let submits = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits += 1;
    });
    const input = form.querySelector('input')!;
    input.value = 'новое';
    await clickAt(plain);
    expect(input.value).to.equal('новое');
    expect(submits).to.equal(0);
    await clickAt(reset);
    expect(input.value).to.equal('старое');
  });

  it('while busy stays focusable, says so, and ignores a second click (no double submit)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gu-button>Оплатить</gu-button></form>`);
    const button = form.querySelector('gu-button')!;
    await rendered(button);
    let submits = 0;
    let clicksSeen = 0;
    button.addEventListener('click', () => (clicksSeen += 1));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits += 1;
      button.busy = true; // the page starts the request
    });
    await sendMouse({ type: 'click', position: centre(button) });
    await sendMouse({ type: 'click', position: centre(button) });
    await rendered(button);
    expect(submits).to.equal(1);
    expect(clicksSeen).to.equal(1);
    const inner = parts(button).button!;
    expect(inner.getAttribute('aria-busy')).to.equal('true');
    expect(inner.getAttribute('aria-disabled')).to.equal('true');
    expect(inner.disabled).to.equal(false);
    expect(inner.querySelector('svg[aria-hidden="true"]')).to.exist;
    expect(accessibleName(inner)).to.equal('Оплатить (Подождите, идёт отправка)');
    button.focus();
    expect(deepActiveElement()).to.equal(inner);
    await sendKeys({ press: 'Enter' });
    expect(submits).to.equal(1);
    await expectAccessible(form);

    button.busy = false;
    await rendered(button);
    await clickAt(button);
    expect(submits).to.equal(2);
  });

  it('is disabled by a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled><gu-button>Отправить</gu-button></fieldset>
      </form>`,
    );
    const button = form.querySelector('gu-button')!;
    await rendered(button);
    let submits = 0;
    form.addEventListener('submit', () => (submits += 1));
    expect(parts(button).button!.disabled).to.equal(true);
    button.click();
    expect(submits).to.equal(0);
  });

  it('announces busy in English under lang="en"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><gu-button busy>Pay</gu-button></div>`);
    const button = wrapper.querySelector('gu-button')!;
    await rendered(button);
    expect(accessibleName(parts(button).button!)).to.equal('Pay (Please wait, sending)');
  });
});
