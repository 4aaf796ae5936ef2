/**
 * «Активные сеансы» of <gu-security-settings> against the in-page mock: this session first («Этот сеанс», no end
 * button), the others with their facts; ending one and ending all the others with a confirmation, by keyboard; the
 * page itself stays signed in; a change elsewhere shows live; a failed load says so with a retry; English.
 */
import { expect } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { endSessionsById } from '../../mocks/security/sessions.js';
import {
  byName,
  deepActiveElement,
  deepText,
  expectAccessible,
  mountSecurity,
  recordAnnouncements,
  sendKeys,
  tabTo,
  until,
} from './harness.js';

const items = (root: ShadowRoot): HTMLLIElement[] => [...root.querySelectorAll<HTMLLIElement>('ul.items > li')];
const text = (element: Element): string => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
const dialogOpen = (root: ShadowRoot): boolean =>
  root.querySelector<HTMLElement & { open: boolean }>('gu-dialog')?.open === true;

describe('<gu-security-settings> sessions', () => {
  it('lists this session first, without an end button, then the others with their facts', async () => {
    const h = await mountSecurity({ view: 'sessions' });
    const root = await h.waitForView('sessions', (r) => items(r).length === 3);
    const [current, ...others] = items(root);
    expect(text(current!)).to.contain('Этот сеанс');
    expect(text(current!)).to.contain('нажмите «Выйти»');
    expect(current!.querySelector('button')).to.equal(null);
    const phone = others.find((item) => text(item).includes('Телефон, Safari, iOS'))!;
    expect(phone, 'the phone session').to.exist;
    for (const fact of ['Москва', '198.51.100.23', 'Госуслуги — мобильное приложение', 'Вход выполнен'])
      expect(text(phone)).to.contain(fact);
    expect(phone.querySelector('button')?.getAttribute('aria-label')).to.equal(
      'Завершить сеанс: Телефон, Safari, iOS — Москва',
    );
    await expectAccessible(h.widget);
  });

  it('ends one session after a confirmation, by keyboard', async () => {
    const h = await mountSecurity({ view: 'sessions' });
    const root = await h.waitForView('sessions', (r) => items(r).length === 3);
    const calls = h.recordRequests();
    const said = recordAnnouncements();
    root.querySelector<HTMLElement>('#sessions-heading')!.focus();
    await tabTo(byName('Завершить сеанс: Телефон'), 'the phone session’s end button');
    await sendKeys({ press: 'Enter' });
    await until(() => dialogOpen(root), 5000, 'the confirmation');
    expect(deepText(root.querySelector('gu-dialog')!)).to.contain('Там потребуется войти снова');
    await tabTo((el) => el.id === 'confirm-end', 'the dialog’s «Завершить сеанс»');
    await sendKeys({ press: 'Enter' });
    await until(() => items(root).length === 2, 5000, 'the phone session gone');
    expect(calls.count('DELETE', 'security/sessions/sid-person-1-phone')).to.equal(1);
    await said.until('Сеанс завершён: Телефон, Safari, iOS — Москва.');
    await until(() => deepActiveElement()?.id === 'sessions-heading', 5000, 'focus on the heading');
    expect(items(root).some((item) => text(item).includes('Телефон'))).to.equal(false);
    said.stop();
  });

  it('«Завершить все другие сеансы»: confirmed by keyboard, the others end, this page stays signed in', async () => {
    const h = await mountSecurity({ view: 'sessions' });
    const root = await h.waitForView('sessions', (r) => items(r).length === 3);
    const calls = h.recordRequests();
    const said = recordAnnouncements();
    root.querySelector<HTMLElement>('#sessions-heading')!.focus();
    await tabTo(byName('Завершить все другие сеансы'), '«Завершить все другие сеансы»');
    await sendKeys({ press: 'Enter' });
    await until(() => dialogOpen(root), 5000, 'the confirmation');
    expect(deepText(root.querySelector('gu-dialog')!)).to.contain('На этой странице вы останетесь в системе');
    await tabTo((el) => el.id === 'confirm-end', 'the dialog’s «Завершить другие сеансы»');
    await sendKeys({ press: 'Enter' });
    await said.until('Завершено 2 сеанса. Вы остаётесь в системе на этой странице.');
    expect(calls.count('POST', 'security/sessions/end-others')).to.equal(1);
    expect(items(root).length).to.equal(1);
    expect(text(items(root)[0]!)).to.contain('Этот сеанс');
    expect(deepText(root)).to.contain('Других сеансов нет');
    // This page is still signed in: nothing signed it out, and the API still answers its token.
    expect(h.session.calls).to.not.include('signOut');
    expect(h.session.current.status).to.equal('signed-in');
    const answer = await fetch('/api/security/sessions', { headers: { Authorization: 'Bearer test-token-1' } });
    expect(answer.status).to.equal(200);
    said.stop();
  });

  it('Esc closes the confirmation: nothing ends and focus goes back to the button', async () => {
    const h = await mountSecurity({ view: 'sessions' });
    const root = await h.waitForView('sessions', (r) => items(r).length === 3);
    const calls = h.recordRequests();
    root.querySelector<HTMLElement>('#sessions-heading')!.focus();
    await tabTo(byName('Завершить все другие сеансы'), '«Завершить все другие сеансы»');
    await sendKeys({ press: 'Enter' });
    await until(() => dialogOpen(root), 5000, 'the confirmation');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialogOpen(root), 5000, 'the dialog closed');
    await until(() => deepActiveElement()?.id === 'end-others', 5000, 'focus back on the button');
    expect(calls.count('POST', 'security/sessions/end-others')).to.equal(0);
    expect(items(root).length).to.equal(3);
  });

  it('follows a session ended elsewhere live', async () => {
    const h = await mountSecurity({ view: 'sessions' });
    const root = await h.waitForView('sessions', (r) => items(r).length === 3);
    endSessionsById('person-1', ['sid-person-1-laptop'], 'ended-by-citizen');
    await until(() => items(root).length === 2, 10_000, 'the laptop session gone');
    expect(deepText(root)).to.not.contain('Firefox');
  });

  it('says when the sessions cannot be loaded, and «Повторить» loads them', async () => {
    const h = await mountSecurity({
      view: 'sessions',
      beforeMount: (worker) =>
        worker.use(
          http.get('*/api/security/sessions', () =>
            HttpResponse.json({ code: 'server-error', message: 'Ошибка' }, { status: 500 }),
          ),
        ),
    });
    const root = await h.waitForView('sessions', (r) => r.querySelector('[role="alert"] button') !== null);
    expect(deepText(root)).to.contain('Не удалось загрузить сеансы');
    h.worker.resetHandlers();
    root.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await until(() => items(root).length === 3, 5000, 'the sessions after the retry');
  });

  it('speaks English', async () => {
    const h = await mountSecurity({ view: 'sessions', locale: 'en' });
    const root = await h.waitForView('sessions', (r) => items(r).length === 3);
    expect(text(root.querySelector('h3')!)).to.equal('Active sessions');
    expect(text(items(root)[0]!)).to.contain('This session');
    expect(deepText(root)).to.contain('End all other sessions');
    expect(deepText(root)).to.contain('Phone, Safari, iOS');
    expect(deepText(root)).to.contain('Moscow'); // the place in the page's language
    await expectAccessible(h.widget);
  });
});
