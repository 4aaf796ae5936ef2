import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { GuNotificationLinkEvent } from '../../components/notifications/events.js';
import { onLiveStreamOpened } from '../../mocks/db/live-events.js';
import { pushNotification } from '../../mocks/notifications/index.js';
import {
  accessibleName,
  buttonsNamed,
  deepActiveElement,
  deepText,
  expectAccessible,
  mountNotifications,
  recordAnnouncements,
  until,
} from './harness.js';

/** The mock's default citizen (the test session's token selects it). */
const OWNER = 'person-1';
const rows = (root: ShadowRoot) => [...root.querySelectorAll<HTMLLIElement>('li[data-id]')];
const titleOf = (row: Element) => row.querySelector('.open')?.textContent?.trim() ?? '';

describe('<gu-notifications> feed', () => {
  it('draws each notification with its category, title, sender, date and unread mark; security alerts first', async () => {
    const h = await mountNotifications({ attributes: { 'security-href': '/security' } });
    const root = await h.waitForView('feed', (r) => rows(r).length > 0);
    const first = rows(root)[0]!;
    expect(first.querySelector('.cat')?.textContent?.trim()).to.equal('Безопасность');
    expect(first.textContent).to.include('Новое');
    expect(first.querySelector('.sender')?.textContent).to.match(/Отправитель:\s+\S/);
    expect(first.querySelector('.meta .muted')?.textContent?.trim()).to.match(/\d{4}/);
    const alertLink = first.querySelector<HTMLAnchorElement>('a[data-action="link"]')!;
    expect(accessibleName(alertLink)).to.equal('Проверить в настройках безопасности');
    expect(alertLink.href).to.equal(new URL('/security', document.baseURI).href);
    // Every row: a category in words and a title that opens it.
    for (const row of rows(root)) {
      expect(row.querySelector('.cat')?.textContent?.trim(), row.dataset['id']).to.not.equal('');
      expect(titleOf(row), row.dataset['id']).to.not.equal('');
    }
    expect(deepText(root)).to.match(/\d+ непрочитанн/);
    await expectAccessible(h.wrapper);
  });

  it('follows a link by asking the page first (gu-notification-link, cancelable)', async () => {
    const h = await mountNotifications();
    const root = await h.waitForView('feed', (r) => rows(r).length > 0);
    const row = rows(root).find(
      (r) => r.querySelector('.cat')?.textContent?.trim() === 'Заявления' && r.querySelector('a'),
    )!;
    const heard: GuNotificationLinkEvent[] = [];
    const listener = (event: GuNotificationLinkEvent) => {
      heard.push(event);
      event.preventDefault();
    };
    document.addEventListener('gu-notification-link', listener);
    try {
      row.querySelector<HTMLAnchorElement>('a[data-action="link"]')!.click();
    } finally {
      document.removeEventListener('gu-notification-link', listener);
    }
    expect(heard).to.have.length(1);
    expect(heard[0]!.detail).to.include({ kind: 'application', notificationId: row.dataset['id'] });
    expect(heard[0]!.detail.href).to.match(/\/applications\/\S+/);
    expect(location.pathname).to.not.match(/applications/);
  });

  it('shows HTML in a title and a text as text', async () => {
    const h = await mountNotifications({
      beforeMount: () =>
        void pushNotification(OWNER, {
          category: 'messages',
          title: '<img src=x onerror="window.__pwned=1">Привет',
          body: '<script>window.__pwned=1</script>текст',
        }),
    });
    const root = await h.waitForView('feed', (r) => rows(r).some((row) => titleOf(row).includes('<img')));
    expect(root.querySelector('img, script')).to.equal(null);
    expect(deepText(root)).to.include('<script>window.__pwned=1</script>текст');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('skips a malformed notification with a note and shows the rest', async () => {
    const h = await mountNotifications({
      beforeMount: (worker) =>
        worker.use(
          http.get('*/api/notifications', () =>
            HttpResponse.json({
              items: [
                {
                  id: 'n-ok',
                  category: 'news',
                  title: 'Хорошее',
                  body: 'Текст',
                  sender: 'Госуслуги',
                  createdAt: '2026-12-01T10:00:00Z',
                  read: false,
                  archived: false,
                },
                { id: 'n-bad', category: 'unknown', title: 42 },
              ],
              total: 2,
              page: 1,
              pageSize: 20,
              unreadCount: 1,
            }),
          ),
        ),
    });
    const root = await h.waitForView('feed', (r) => rows(r).length > 0);
    expect(rows(root).map(titleOf)).to.deep.equal(['Хорошее']);
    expect(deepText(root)).to.include('Одно уведомление не удалось показать');
  });

  it('moves one to the archive with «Отменить», and undoes it', async () => {
    const h = await mountNotifications();
    const root = await h.waitForView('feed', (r) => rows(r).length > 1);
    const said = recordAnnouncements();
    const row = rows(root)[1]!;
    const id = row.dataset['id']!;
    const title = titleOf(row);
    row.querySelector<HTMLButtonElement>('[data-action="archive"]')!.click();
    await until(() => deepActiveElement()?.hasAttribute('data-undo'), 10_000, '«Отменить» focused');
    expect(rows(root).map((r) => r.dataset['id'])).to.not.include(id);
    expect(deepText(root)).to.include(`Уведомление «${title}» перенесено в архив.`);
    await said.until('перенесено в архив');
    said.stop();
    buttonsNamed(root, 'Отменить')[0]!.click();
    await until(
      () => (deepActiveElement() as HTMLElement | null)?.closest?.('li')?.dataset['id'] === id,
      10_000,
      'the row back, focused',
    );
    expect(deepText(root)).to.include('возвращено из архива');
  });

  it('says when the feed cannot load and loads it again on «Повторить»', async () => {
    let fail = true;
    const h = await mountNotifications({
      beforeMount: (worker) =>
        worker.use(
          http.get('*/api/notifications', () =>
            fail ? HttpResponse.json({ code: 'server-error' }, { status: 500 }) : undefined,
          ),
        ),
    });
    const root = await h.waitForView('feed', (r) => r.querySelector('gu-error-state'));
    expect(deepText(root)).to.include('Не удалось загрузить уведомления');
    fail = false;
    const retry = root.querySelector('gu-error-state')!.shadowRoot!.querySelector('button')!;
    retry.click();
    await until(() => rows(root).length > 0, 10_000, 'rows after the retry');
  });

  it('reloads its page when a new notification arrives, keeping focus where it was', async () => {
    let opened = false;
    const stop = onLiveStreamOpened(() => (opened = true));
    const h = await mountNotifications();
    const root = await h.waitForView('feed', (r) => rows(r).length > 2);
    const row = rows(root)[2]!;
    const id = row.dataset['id']!;
    row.querySelector<HTMLButtonElement>('.open')!.focus();
    // The page's event stream is open (an event before it would come with the next summary, not live).
    await until(() => opened, 10_000, 'the live stream');
    stop();
    pushNotification(OWNER, { category: 'documents', title: 'Готова выписка' });
    await until(() => rows(root).some((r) => titleOf(r) === 'Готова выписка'), 15_000, 'the new one in the list');
    await until(
      () => (deepActiveElement() as HTMLElement | null)?.closest?.('li')?.dataset['id'] === id,
      5000,
      'focus kept',
    );
  });
});

describe('<gu-notifications> feed: place, bursts', () => {
  it('keeps its page and focus across a notification opened and closed', async () => {
    const h = await mountNotifications({ pageSize: 5 });
    const root = await h.waitForView('feed', (r) => r.querySelector('[data-next]'));
    root.querySelector<HTMLButtonElement>('[data-next]')!.click();
    await until(() => deepText(root).includes('Страница 2 из'), 10_000, 'page 2');
    await h.waitForView('feed', (r) => rows(r).length > 1);
    const row = rows(root)[1]!;
    const id = row.dataset['id']!;
    row.querySelector<HTMLButtonElement>('.open')!.click();
    const detail = await h.waitForView('notification', (r) => r.querySelector('#title'));
    buttonsNamed(detail, 'Назад к уведомлениям')[0]!.click();
    await until(
      () => (deepActiveElement() as HTMLElement | null)?.closest?.('li')?.dataset['id'] === id,
      10_000,
      'focus on it',
    );
    expect(deepText(h.part())).to.include('Страница 2 из');
  });

  it('with «Только непрочитанные», back from one now read focuses the one in its place', async () => {
    const h = await mountNotifications();
    const root = await h.waitForView('feed', (r) => rows(r).length > 0);
    root.querySelector<HTMLInputElement>('input[name="unread"]')!.click();
    await h.waitForView(
      'feed',
      (r) => rows(r).length > 2 && rows(r).every((row) => row.textContent?.includes('Новое')),
    );
    const [, opened, next] = rows(root).map((r) => r.dataset['id']!);
    rows(root)[1]!.querySelector<HTMLButtonElement>('.open')!.click();
    const detail = await h.waitForView('notification', (r) => r.querySelector('#title'));
    await until(() => !deepText(detail).includes('Новое'), 10_000, 'read');
    buttonsNamed(detail, 'Назад к уведомлениям')[0]!.click();
    await until(
      () => (deepActiveElement() as HTMLElement | null)?.closest?.('li')?.dataset['id'] === next,
      10_000,
      'focus on the next one',
    );
    expect(rows(h.part()).map((r) => r.dataset['id'])).to.not.include(opened);
  });

  it('announces a burst of new ones once, in words', async () => {
    const said = recordAnnouncements();
    const h = await mountNotifications({ scenario: 'notification-burst' });
    await h.waitForView('feed', (r) => rows(r).length > 0);
    await said.until('Новых уведомлений: 4', 15_000);
    await until(() => rows(h.part()).filter((r) => r.classList.contains('is-unread')).length >= 4, 10_000, 'the four');
    expect(said.said.filter((text) => text.includes('Новых уведомлений')).length).to.equal(1);
    said.stop();
  });
});
