import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../components/core/session/gu-session-notice.js';
import '../../../components/core/session/gu-sign-out-button.js';
import type { GuSessionNotice } from '../../../components/core/session/session-notice.js';
import { provideTestSession } from '../../../mocks/test-session.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { freshSession, mountSession, waitForStatus } from './session-harness.js';

async function noticeIn(overrides: Parameters<typeof provideTestSession>[1], attrs = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const session = provideTestSession(wrapper, overrides);
  const notice = document.createElement('gu-session-notice') as GuSessionNotice;
  if (attrs) notice.setAttribute(attrs, '');
  wrapper.append(notice);
  await notice.updateComplete;
  return { wrapper, notice, session, text: () => notice.shadowRoot!.textContent ?? '' };
}

function button(root: ShadowRoot, label: string): HTMLElement {
  const found = [...root.querySelectorAll('gu-button')].find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`no button «${label}»`);
  return found as HTMLElement;
}

describe('gu-session-notice', () => {
  it('signed out: «Войдите, чтобы продолжить» and «Войти» calls signIn', async () => {
    const { notice, session, text } = await noticeIn({ status: 'signed-out' });
    expect(text()).to.contain('Войдите, чтобы продолжить');
    button(notice.shadowRoot!, 'Войти').click();
    expect(session.calls).to.deep.equal(['signIn:redirect']);
    await expectAccessible(notice);
  });

  it('says why: another tab', async () => {
    const { text } = await noticeIn({ status: 'signed-out', reason: 'other-tab' });
    expect(text()).to.contain('в другой вкладке');
  });

  it('expired by the idle timeout: security wording, «Войти снова», drafts kept', async () => {
    const { notice, text } = await noticeIn({ status: 'expired', reason: 'idle-timeout' }, 'drafts-saved');
    expect(text()).to.contain('Вы вышли из системы в целях безопасности');
    expect(text()).to.contain('Введённые данные сохранены');
    button(notice.shadowRoot!, 'Войти снова');
    await expectAccessible(notice);
  });

  it('error: the kind’s message and «Повторить»; popup errors offer «Продолжить в этом окне»', async () => {
    const { notice, session } = await noticeIn({
      status: 'error',
      error: { kind: 'popup-blocked', message: 'blocked' },
    });
    const state = notice.shadowRoot!.querySelector('gu-error-state')!;
    await state.updateComplete;
    expect(state.shadowRoot!.textContent).to.contain('Браузер заблокировал окно входа');
    (state.shadowRoot!.querySelector('.retry') as HTMLButtonElement).click();
    button(notice.shadowRoot!, 'Продолжить в этом окне').click();
    expect(session.calls).to.deep.equal(['retry', 'signIn:redirect']);
    await expectAccessible(notice);
  });

  it('renders nothing while signed in', async () => {
    const { notice } = await noticeIn({ status: 'signed-in' });
    expect(notice.shadowRoot!.children.length).to.equal(0);
  });

  it('without a provider: a neutral message and a console warning naming the fix', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const notice = await fixture<GuSessionNotice>(html`<gu-session-notice></gu-session-notice>`);
      await waitUntil(() => notice.shadowRoot!.textContent?.includes('Вход сейчас недоступен'), 'no message', {
        timeout: 3000,
      });
      expect(warnings.join('\n')).to.contain('<gu-session');
    } finally {
      console.warn = original;
    }
  });
});

describe('gu-sign-out-button', () => {
  it('shows a visible «Выйти» while signed in and signs out', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const session = provideTestSession(wrapper, {});
    const el = document.createElement('gu-sign-out-button');
    wrapper.append(el);
    await el.updateComplete;
    const gb = el.shadowRoot!.querySelector('gu-button')!;
    expect(gb.textContent?.trim()).to.equal('Выйти');
    gb.click();
    await waitUntil(() => session.calls.includes('signOut'));
    await expectAccessible(el);
    session.update({ status: 'signed-out' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('gu-button')).to.equal(null);
  });
});

describe('gu-session: popup sign-in', () => {
  beforeEach(freshSession);

  it('a blocked popup gives error popup-blocked within 2 s with «Продолжить в этом окне»', async () => {
    const element = await mountSession({ 'sign-in-method': 'popup' });
    const open = window.open;
    window.open = () => null;
    const start = performance.now();
    try {
      await element.session.signIn('popup');
    } finally {
      window.open = open;
    }
    await waitForStatus(element, ['error'], 2000);
    expect(performance.now() - start).to.be.below(2000);
    expect(element.session.error?.kind).to.equal('popup-blocked');
    const notice = element.querySelector('gu-session-notice')!;
    await notice.updateComplete;
    button(notice.shadowRoot!, 'Продолжить в этом окне');
  });

  it('a popup the citizen closes gives error popup-closed within 2 s', async () => {
    const element = await mountSession();
    const open = window.open;
    let popup: Window | null = null;
    window.open = (...args: Parameters<typeof window.open>) => (popup = open.apply(window, args));
    const signingIn = element.session.signIn('popup');
    window.open = open;
    await waitUntil(() => popup !== null, 'no popup', { timeout: 1000 });
    const start = performance.now();
    (popup as unknown as Window).close();
    await signingIn;
    expect(performance.now() - start).to.be.below(2000);
    expect(element.session.error?.kind).to.equal('popup-closed');
  });
});
