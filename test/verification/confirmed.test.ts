/** The confirmed-level methods, each walked with the keyboard only (real key presses). */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createDemoSigner } from '../../mocks/verification/signer.js';
import { expectAccessible } from '../helpers/a11y.js';
import type { GuVerification } from '../../components/verification/verification.js';
import { byText, deepActiveElement, mountSignedIn, part, selectAll, tabTo, until } from './harness.js';

const named = (name: string) => (el: Element) => el.getAttribute('name') === name;
const otpInput = (el: Element) =>
  el.tagName === 'INPUT' && (el.getRootNode() as ShadowRoot).host?.tagName === 'GU-OTP-FIELD';

async function openMethod(widget: GuVerification, method: string, heading: string): Promise<void> {
  await tabTo(byText(`Выбрать: ${method}`), method);
  await sendKeys({ press: 'Enter' });
  await until(
    () => deepActiveElement()?.tagName === 'H3' && deepActiveElement()!.textContent!.includes(heading),
    heading,
  );
  expect(part(widget).querySelector('h3')!.textContent).to.include(heading);
}

async function mountStandard() {
  const mounted = await mountSignedIn('standard');
  const completed: string[] = [];
  mounted.widget.addEventListener('gu-verification-completed', (e) => completed.push(e.detail.level));
  return { ...mounted, completed };
}

describe('gu-verification: confirmed level, keyboard only', () => {
  it('partner bank: no bank → error; choose → simulated bank page → allow → confirmed, session follows', async () => {
    const { widget, session, completed } = await mountStandard();
    widget.simulateBank = true;
    await openMethod(widget, 'Через банк-партнёр онлайн', 'банк-партнёр');
    await tabTo(byText('Перейти в банк'), 'go to bank');
    await sendKeys({ press: 'Enter' });
    await until(() => part(widget).querySelector('#problem')!.textContent!.includes('Выберите банк'), 'bank error');
    expect(deepActiveElement()?.getAttribute('name')).to.equal('bank');
    await sendKeys({ press: 'Space' });
    await tabTo(byText('Перейти в банк'), 'go to bank');
    await sendKeys({ press: 'Enter' });
    await until(() => part(widget).querySelector('[data-bank-page]'), 'bank page');
    expect(deepActiveElement()?.textContent).to.include('Сбербанк');
    expect(part(widget).textContent).to.include('имитация');
    await expectAccessible(widget);
    await tabTo(byText('Разрешить передачу данных'), 'allow');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.textContent?.includes('Личность подтверждена'), 'confirmed heading');
    await until(() => session.session.level === 'confirmed', 'session level', 10000);
    expect(completed).to.deep.equal(['confirmed']);
    await expectAccessible(widget);
  });

  it('partner bank refused: says so and offers another bank', async () => {
    const { widget, completed } = await mountStandard();
    widget.simulateBank = true;
    await openMethod(widget, 'Через банк-партнёр онлайн', 'банк-партнёр');
    await tabTo(named('bank'), 'bank radio');
    await sendKeys({ press: 'ArrowDown' }); // Т-Банк
    await tabTo(byText('Перейти в банк'), 'go');
    await sendKeys({ press: 'Enter' });
    await until(() => part(widget).querySelector('[data-bank-page]'), 'bank page');
    expect(deepActiveElement()?.textContent).to.include('Т-Банк');
    await tabTo(byText('Отказаться'), 'deny');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.textContent?.includes('Банк не подтвердил'), 'refused heading');
    await tabTo(byText('Выбрать другой банк'), 'other bank');
    await sendKeys({ press: 'Enter' });
    await until(() => part(widget).querySelector('input[name="bank"]'), 'choose again');
    expect(completed).to.deep.equal([]);
  });

  it('service centre: search keeps the query, hours, a slot, booked with what to bring', async () => {
    const { widget, completed } = await mountStandard();
    await openMethod(widget, 'В центре обслуживания', 'центре обслуживания');
    await tabTo(byText('Найти'), 'find');
    await sendKeys({ press: 'Enter' });
    await until(() => part(widget).querySelector('#problem')!.textContent!.includes('Введите город'), 'query error');
    expect(deepActiveElement()?.id).to.equal('query');
    await sendKeys({ type: 'Москва Тверская' });
    await sendKeys({ press: 'Enter' });
    await until(() => part(widget).querySelector('[data-found]')?.textContent?.includes('Найден 1 центр'), 'found');
    expect(part(widget).textContent).to.include('09:00–20:00');
    await tabTo(byText('Выбрать: МФЦ «Мои документы» района Тверской'), 'centre');
    await sendKeys({ press: 'Enter' });
    await until(() => part(widget).querySelector('input[name="slot"]'), 'slots');
    expect(deepActiveElement()?.textContent).to.include('Время визита');
    await tabTo(byText('Выбрать другой центр'), 'other centre');
    await sendKeys({ press: 'Enter' });
    await until(
      () => part(widget).querySelector<HTMLInputElement>('#query')?.value === 'Москва Тверская',
      'query kept',
    );
    await tabTo(byText('Выбрать: МФЦ «Мои документы» района Тверской'), 'centre again');
    await sendKeys({ press: 'Enter' });
    await until(() => part(widget).querySelector('input[name="slot"]'), 'slots again');
    await tabTo(named('slot'), 'slot');
    await sendKeys({ press: 'Space' });
    await tabTo(byText('Записаться'), 'book');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.textContent?.includes('Вы записаны'), 'booked heading');
    expect(part(widget).textContent).to.include('паспорт гражданина РФ');
    expect(completed).to.deep.equal([]); // the level goes up after the visit, not on booking
    await expectAccessible(widget);
  });

  it('Russian Post: order, follow the status, wrong code, right code → confirmed', async () => {
    const { widget, session, completed } = await mountStandard();
    await openMethod(widget, 'Кодом из письма Почты России', 'Почты России');
    await tabTo(byText('Заказать письмо'), 'order');
    await sendKeys({ press: 'Enter' });
    await until(() => part(widget).textContent?.includes('Трек-номер'), 'tracking');
    expect(part(widget).querySelectorAll('[data-letter]')).to.have.length(4);
    await until(() => part(widget).querySelector('gu-otp-field'), 'delivered', 10000);
    await tabTo(otpInput, 'code');
    await sendKeys({ type: '000000' });
    await sendKeys({ press: 'Enter' });
    await until(
      () => part(widget).querySelector('gu-otp-field')!.shadowRoot!.textContent!.includes('Неверный код'),
      'wrong code',
    );
    await selectAll();
    await sendKeys({ type: '123456' });
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.textContent?.includes('Личность подтверждена'), 'confirmed');
    await until(() => session.session.level === 'confirmed', 'session level', 10000);
    expect(completed).to.deep.equal(['confirmed']);
    await expectAccessible(widget);
  });

  it('electronic signature: an expired certificate is refused, a valid one signs → confirmed', async () => {
    const { widget, session, completed } = await mountStandard();
    widget.signer = createDemoSigner();
    await openMethod(widget, 'Электронной подписью', 'электронной подписью');
    await until(() => part(widget).querySelector('input[name="certificate"]'), 'certificates');
    await tabTo(named('certificate'), 'certificate');
    await sendKeys({ press: 'ArrowDown' }); // the expired one
    await tabTo(byText('Подписать'), 'sign');
    await sendKeys({ press: 'Enter' });
    await until(() => part(widget).querySelector('#problem')!.textContent!.includes('истёк'), 'expired refused');
    expect(deepActiveElement()?.getAttribute('name')).to.equal('certificate');
    await sendKeys({ press: 'ArrowUp' });
    await tabTo(byText('Подписать'), 'sign');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.textContent?.includes('Личность подтверждена'), 'confirmed');
    await until(() => session.session.level === 'confirmed', 'session level', 10000);
    expect(completed).to.deep.equal(['confirmed']);
  });

  it('electronic signature without signing software says what to install', async () => {
    const { widget } = await mountStandard();
    await openMethod(widget, 'Электронной подписью', 'электронной подписью');
    await until(() => part(widget).textContent?.includes('КриптоПро'), 'no signer');
    await expectAccessible(widget);
  });

  it('video identification: «Недоступно здесь» with the reason and the alternatives, no button', async () => {
    const { widget } = await mountStandard();
    const card = widget.shadowRoot!.querySelector('[data-method="video"]')!;
    expect(card.textContent).to.include('Недоступно здесь');
    expect(card.textContent).to.include('мобильном приложении');
    expect(card.textContent).to.include('другой способ');
    expect(card.querySelector('button')).to.equal(null);
  });
});
