/**
 * «Это был не я» of <gu-security-settings> against the in-page mock (scenario suspicious-login): from the history's
 * row to the guided response by keyboard — which sign-in, four steps each done in place (the other sessions ended
 * after a confirmation, the report with its reference announced), «Назад» to the history where the citizen was; a
 * login alert's link (`?login-event=`) opening it with the password part inside; an unknown sign-in said so.
 */
import { expect } from '@open-wc/testing';
import { loginEventsOf } from '../../mocks/security/store.js';
import {
  accessibleName,
  deepActiveElement,
  deepText,
  expectAccessible,
  mountSecurity,
  recordAnnouncements,
  sendKeys,
  tabTo,
  until,
} from './harness.js';

const text = (element: Element): string => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
const steps = (root: ShadowRoot): HTMLLIElement[] => [...root.querySelectorAll<HTMLLIElement>('ol.steps > li')];
const stepDone = (root: ShadowRoot, id: string): string | null | undefined =>
  root.querySelector(`#${id}`)?.closest('li')?.querySelector('[data-done]')?.getAttribute('data-done');
const dialogOpen = (root: ShadowRoot): boolean =>
  root.querySelector<HTMLElement & { open: boolean }>('gu-dialog')?.open === true;

describe('<gu-security-settings> «Это был не я»', () => {
  it('from the history by keyboard: the sign-in, the steps done in place, back to the same place', async () => {
    const h = await mountSecurity({ view: 'history', scenario: 'suspicious-login', pageSize: 10 });
    const history = await h.waitForView('history', (r) => r.querySelectorAll('tbody tr').length > 0);
    history.querySelector<HTMLElement>('#history-heading')!.focus();
    const notMe = (el: Element) =>
      accessibleName(el).startsWith('Это был не я') && accessibleName(el).includes('Новосибирск');
    await tabTo(notMe, '«Это был не я» of the sign-in from Новосибирск');
    await sendKeys({ press: 'Enter' });
    const root = await h.waitForView('incident', (r) => steps(r).length === 4);
    await until(() => deepActiveElement()?.id === 'incident-heading', 5000, 'focus on the heading');
    const facts = text(root.querySelector('dl.facts')!);
    for (const fact of ['Новосибирск', '203.0.113.45', 'Компьютер, Edge, Windows', 'Пароль + код из СМС'])
      expect(facts).to.contain(fact);
    expect(steps(root).map((step) => text(step.querySelector('h4')!))).to.deep.equal([
      'Смените пароль',
      'Завершите другие сеансы',
      'Включите двухфакторную защиту',
      'Сообщите нам',
    ]);
    for (const id of ['step-password', 'step-sessions', 'step-report'])
      expect(stepDone(root, id), id).to.equal('false');
    expect(text(steps(root)[0]!)).to.contain('Не сделано');
    await expectAccessible(h.widget);

    const calls = h.recordRequests();
    const said = recordAnnouncements();
    // Step 2: the other sessions, after a confirmation.
    await tabTo((el) => el.id === 'sessions-end', '«Завершить все другие сеансы»');
    await sendKeys({ press: 'Enter' });
    await until(() => dialogOpen(root), 5000, 'the confirmation');
    await tabTo((el) => el.id === 'confirm-end', 'the dialog’s «Завершить другие сеансы»');
    await sendKeys({ press: 'Enter' });
    await said.until('Завершено 2 сеанса.');
    expect(calls.count('POST', 'security/sessions/end-others')).to.equal(1);
    await until(() => stepDone(root, 'step-sessions') === 'true', 5000, 'step 2 done');
    expect(text(root.querySelector('#step-sessions')!.closest('li')!)).to.contain('Сделано');

    // Step 4: the report with a comment; the reference is shown and said.
    await tabTo((el) => el.id === 'comment', 'the comment');
    await sendKeys({ type: 'Я спал, телефон был у меня' });
    await tabTo((el) => accessibleName(el) === 'Сообщить', '«Сообщить»');
    await sendKeys({ press: 'Enter' });
    await said.until(/^Обращение № ИБ-\d{4}-\d{6} принято\. Мы проверим этот вход\.$/);
    await until(() => stepDone(root, 'step-report') === 'true', 5000, 'step 4 done');
    const report = calls.calls.find((call) => call.method === 'POST' && call.path.endsWith('/report'))!;
    expect(report.body).to.deep.equal({ comment: 'Я спал, телефон был у меня' });
    expect(text(root.querySelector('#step-report')!.closest('li')!)).to.match(/Обращение № ИБ-\d{4}-\d{6} принято/);

    // «Назад»: the history as it was; the row now says it was reported.
    await tabTo((el) => el.id === 'back', '«Назад к истории входов»');
    await sendKeys({ press: 'Enter' });
    const back = await h.waitForView('history', (r) => r.querySelectorAll('tbody tr').length > 0);
    await until(() => deepActiveElement()?.id === 'summary', 5000, 'focus where the citizen was (the button is gone)');
    const row = [...back.querySelectorAll('tbody tr')].find(
      (tr) => text(tr).includes('Новосибирск') && text(tr).includes('Успешный'),
    )!;
    expect(text(row)).to.contain('Вы сообщили');
    expect(row.querySelector('[data-not-me]')).to.equal(null);
    said.stop();
  });

  it('a login alert’s link opens it, with the password part in place; an unknown sign-in is said', async () => {
    let eventId = '';
    const h = await mountSecurity({
      scenario: 'suspicious-login',
      beforeMount: () => {
        eventId = loginEventsOf('person-1').find(
          (event) => event.city === 'novosibirsk' && event.result === 'success',
        )!.id;
        const url = new URL(location.href);
        url.searchParams.set('login-event', eventId);
        history.replaceState(history.state, '', url.href);
      },
    });
    const root = await h.waitForView('incident', (r) => steps(r).length === 4);
    expect(new URL(location.href).searchParams.has('login-event'), 'taken out of the URL').to.equal(false);
    expect(text(root.querySelector('dl.facts')!)).to.contain('Новосибирск');
    root.querySelector<HTMLElement>('#incident-heading')!.focus();
    await tabTo((el) => el.id === 'password-toggle', '«Сменить пароль»');
    await sendKeys({ press: 'Enter' });
    await until(
      () => Boolean(root.querySelector('gu-security-password')?.shadowRoot?.querySelector('h3')),
      10_000,
      'the password part inside the step',
    );
    expect(root.querySelector('#password-toggle')!.getAttribute('aria-expanded')).to.equal('true');
    expect(deepText(root.querySelector('#password-region')!)).to.contain('пароль');

    const unknown = await mountSecurity({ view: 'incident', attributes: { 'event-id': 'login-none' } });
    const missing = await unknown.waitForView('incident', (r) => r.querySelector('.card') !== null);
    expect(deepText(missing)).to.contain('Вход не найден');
    expect(missing.querySelector('ol.steps')).to.equal(null);
  });
});
