/**
 * «Главная» of the regional portals (shells/portal/portal-pages.ts) with <gu-payments-due> mounted as a single-spa
 * parcel, as shells/portal/portal.ts gives it: a «К оплате» card while signed in, the summary in it, gone (and
 * unmounted) when the citizen signs out, back when they sign in again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { ParcelConfig } from 'single-spa';
import '../../shells/portal/portal-pages.js';
import type { GuPortalHome } from '../../shells/portal/portal-pages.js';
import { guElementLifecycles } from '../../shells/adapter/lifecycles.js';
import { provideTestSession } from '../../mocks/test-session.js';
import { expectAccessible } from '../helpers/a11y.js';
import { useMockBackend } from '../helpers/mock-backend.js';
import { deepText, expectVisible } from '../helpers/perceive.js';
import { until } from '../helpers/until.js';

describe('shells/portal: «Главная» shows what is due (<gu-payments-due>)', () => {
  it('a «К оплате» card with the summary and its link while signed in; nothing of it once signed out', async () => {
    const worker = await useMockBackend();
    worker.use(
      http.get('*/api/charges/summary', () =>
        HttpResponse.json({
          count: 2,
          amountDue: 150_000,
          overdueCount: 1,
          nextDueDate: '2026-12-10',
          byKind: [{ kind: 'fine', count: 2, amountDue: 150_000, overdueCount: 1 }],
        }),
      ),
    );
    const opened: string[] = [];
    const payments = guElementLifecycles({
      tagName: 'gu-payments-due',
      load: () => import('../../components/payments/gu-payments-due.js'),
      attributes: { href: '/severny/payments' },
      events: {
        'gu-payments-due-open': (event) => {
          event.preventDefault();
          opened.push((event as CustomEvent<{ href: string }>).detail.href);
        },
      },
    }) as unknown as ParcelConfig;
    const wrapper = await fixture<HTMLElement>(html`<div lang="ru"></div>`);
    const session = provideTestSession(wrapper);
    const home = document.createElement('gu-portal-home') as GuPortalHome;
    home.base = '/severny/';
    home.payments = payments;
    wrapper.append(home);

    const card = await (async () => {
      await until(() => home.querySelector('section.home-payments gu-payments-due'), 'the parcel in its card');
      return home.querySelector<HTMLElement>('section.home-payments')!;
    })();
    expect(card.querySelector('h2')!.textContent!.trim()).to.equal('К оплате');
    const due = card.querySelector('gu-payments-due')!;
    await until(() => due.shadowRoot?.querySelector('a[part="link"]'), 'the summary');
    expect(deepText(card)).to.contain('Просрочено: 1');
    const link = due.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expectVisible(link, 'the link to the payments');
    link.click();
    expect(opened).to.deep.equal([new URL('/severny/payments', location.href).href]);
    await expectAccessible(card);

    session.update({ status: 'signed-out', reason: 'user', citizen: undefined, level: undefined });
    await until(() => !home.querySelector('.home-payments') && !document.querySelector('gu-payments-due'), 'gone');
    expect(deepText(home)).not.to.contain('Просрочено');

    session.update({ status: 'signed-in', citizen: provideTestSession(document.createElement('div')).current.citizen });
    await until(() => home.querySelectorAll('gu-payments-due').length === 1, 'one summary again');
    home.remove();
    await until(() => !document.querySelector('gu-payments-due'), 'unmounted with the home');
  });
});
