import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { SessionConsumer } from '../../components/core/session/session-context.js';
import { getDb } from '../../mocks/db/index.js';
import { configureVerificationMock } from '../../mocks/verification/index.js';
import { expectAccessible } from '../helpers/a11y.js';
import { byLabel, byText, deepActiveElement, mountSignedIn, part, selectAll, tabTo, until } from './harness.js';

/** A tiny second widget: shows the session's level. */
class LevelProbe extends LitElement {
  private session = new SessionConsumer(this);
  override render() {
    return html`<span>${this.session.value?.level ?? ''}</span>`;
  }
}
if (!customElements.get('test-level-probe')) customElements.define('test-level-probe', LevelProbe);

const person4 = () => getDb().persons.find((p) => p.id === 'person-4')!;

async function typeInto(label: string, text: string): Promise<void> {
  await tabTo(byLabel(label), label);
  await sendKeys({ type: text });
}

async function fillForm(overrides: Partial<Record<string, string>> = {}): Promise<void> {
  const p = person4();
  const values = {
    passport: '4510123456',
    issuedAt: '12.03.2015',
    issuedBy: 'ОВД района Тверской',
    unitCode: '770001',
    birthPlace: 'г. Москва',
    ...overrides,
  };
  await typeInto('Серия и номер', values.passport);
  await typeInto('Дата выдачи', values.issuedAt);
  await typeInto('Кем выдан', values.issuedBy);
  await typeInto('Код подразделения', values.unitCode);
  if (overrides['snils']) {
    await tabTo(byLabel('СНИЛС'), 'snils');
    await selectAll();
    await sendKeys({ type: overrides['snils'] });
  }
  if (overrides['inn'] !== undefined) {
    await tabTo(byLabel('ИНН'), 'inn');
    await selectAll();
    await sendKeys({ type: overrides['inn'] });
  }
  expect(p.snils).to.have.length(11);
  await typeInto('Место рождения', values.birthPlace);
  await tabTo((el) => el.id === 'consent', 'consent');
  await sendKeys({ press: 'Space' });
}

describe('gu-verification: standard level', () => {
  it('keyboard only: fill, submit, progress, success → level standard reaches a second widget', async () => {
    const { widget, session } = await mountSignedIn(
      'simplified',
      html`<gu-verification></gu-verification><test-level-probe></test-level-probe>`,
    );
    const probe = session.querySelector('test-level-probe')!;
    expect(probe.shadowRoot!.textContent).to.include('simplified');
    await expectAccessible(widget);
    const completed: string[] = [];
    widget.addEventListener('gu-verification-completed', (e) => completed.push(e.detail.level));

    await tabTo(byText('Ввести данные'), 'enter data');
    await sendKeys({ press: 'Enter' });
    await until(() => part(widget).querySelector('form'), 'form');
    expect(deepActiveElement()?.tagName).to.equal('H3');
    await fillForm();
    await tabTo(byText('Отправить на проверку'), 'submit');
    await sendKeys({ press: 'Enter' });
    await until(() => part(widget).querySelector('progress'), 'progress');
    expect(deepActiveElement()?.textContent).to.include('Проверка данных');
    await expectAccessible(widget);
    await until(() => part(widget).textContent?.includes('Данные подтверждены'), 'success', 10000);
    await until(() => probe.shadowRoot!.textContent?.includes('standard'), 'second widget level', 10000);
    expect(session.session.level).to.equal('standard');
    expect(completed).to.deep.equal(['standard']);
    await expectAccessible(widget);
  });

  it('refuses invalid passport, SNILS, INN and dates with precise messages, keeps what was typed', async () => {
    const { widget } = await mountSignedIn('simplified');
    widget.step = 'standard';
    await until(() => part(widget).querySelector('form'), 'form');
    await fillForm({ passport: '45101234', issuedAt: '31.02.2015', snils: '11223344596', inn: '500100732258' });
    await tabTo(byText('Отправить на проверку'), 'submit');
    await sendKeys({ press: 'Enter' });
    const root = part(widget);
    await until(
      () => root.querySelector('gu-error-summary')?.shadowRoot?.textContent?.includes('Исправьте'),
      'summary',
    );
    const text = (name: string) => root.querySelector(`[name="${name}"]`)!.shadowRoot!.textContent!;
    expect(text('passport')).to.include('Серия — 4 цифры и номер — 6 цифр');
    expect(text('snils')).to.include('Контрольное число СНИЛС');
    expect(text('inn')).to.include('Контрольные цифры ИНН');
    expect(text('issuedAt')).to.include('ДД.ММ.ГГГГ');
    expect((root.querySelector('[name="issuedBy"]') as HTMLInputElement).value).to.equal('ОВД района Тверской');
    await expectAccessible(widget);
  });

  it('shows a registry mismatch next to the field and keeps the data', async () => {
    const { widget } = await mountSignedIn('simplified');
    widget.step = 'standard';
    await until(() => part(widget).querySelector('form'), 'form');
    await fillForm({ passport: '4510000000' });
    await tabTo(byText('Отправить на проверку'), 'submit');
    await sendKeys({ press: 'Enter' });
    await until(() => part(widget).textContent?.includes('не совпали'), 'mismatch', 10000);
    const root = part(widget);
    expect(root.querySelector('[name="passport"]')!.shadowRoot!.textContent).to.include('Не совпадает с данными МВД');
    expect((root.querySelector('[name="issuedBy"]') as HTMLInputElement).value).to.equal('ОВД района Тверской');
    expect((root.querySelector('[name="birthPlace"]') as HTMLInputElement).value).to.equal('г. Москва');
    await expectAccessible(widget);
  });

  it('registry unavailable offers a retry with the same data', async () => {
    const { widget } = await mountSignedIn('simplified');
    configureVerificationMock({ checkOutcome: 'unavailable' });
    widget.step = 'standard';
    await until(() => part(widget).querySelector('form'), 'form');
    await fillForm();
    await tabTo(byText('Отправить на проверку'), 'submit');
    await sendKeys({ press: 'Enter' });
    await until(() => part(widget).textContent?.includes('временно недоступен'), 'unavailable', 10000);
    await expectAccessible(widget);
    configureVerificationMock({ checkOutcome: null });
    await tabTo(byText('Повторить проверку'), 'retry');
    await sendKeys({ press: 'Enter' });
    await until(() => part(widget).textContent?.includes('Данные подтверждены'), 'success after retry', 10000);
  });

  it('a reload in the middle of the check resumes it from the server', async () => {
    const { widget, session } = await mountSignedIn('simplified');
    configureVerificationMock({ checkMs: 2500 });
    widget.step = 'standard';
    await until(() => part(widget).querySelector('form'), 'form');
    await fillForm();
    await tabTo(byText('Отправить на проверку'), 'submit');
    await sendKeys({ press: 'Enter' });
    await until(() => part(widget).querySelector('progress'), 'progress');
    widget.remove(); // "reload": the element and its state are gone; sessionStorage holds nothing of the check
    expect(JSON.stringify({ ...sessionStorage })).not.to.include('4510');
    const fresh = document.createElement('gu-verification');
    session.append(fresh);
    await until(() => fresh.shadowRoot?.querySelector('[data-part]')?.shadowRoot?.querySelector('progress'), 'resumed');
    await until(() => part(fresh).textContent?.includes('Данные подтверждены'), 'success', 10000);
  });

  it('English', async () => {
    const { widget } = await mountSignedIn('simplified');
    widget.locale = 'en';
    await until(() => widget.shadowRoot!.textContent?.includes('Account level'), 'english');
    expect(widget.shadowRoot!.textContent).to.include('Simplified account');
    widget.step = 'standard';
    await until(
      () =>
        (part(widget).querySelector('[name="passport"]') as HTMLElement & { label: string })?.label ===
        'Series and number',
      'english form',
    );
    await expectAccessible(widget);
  });
});
