/**
 * shells/portal/notification-links.ts: where the portal sends a notification's link (`gu-notification-link`), and
 * that it cancels the event exactly when it routed it (the browser follows every other link).
 */
import { expect } from '@open-wc/testing';
import { GuNotificationLinkEvent, type NotificationLinkDetail } from '../../components/notifications/events.js';
import { notificationRoute, routeNotificationLinks } from '../../shells/portal/notification-links.js';

const BASE = '/severny/';
const here = (path: string) => new URL(path, location.origin).href;

describe('shells/portal: the notifications’ links', () => {
  it('each kind goes to its route; a portal page keeps its query; other places are not the portal’s', () => {
    const route = (detail: NotificationLinkDetail) => notificationRoute(detail, BASE);
    expect(route({ kind: 'application', id: 'a-1', href: here('/applications/a-1') })).to.equal(
      '/severny/applications',
    );
    expect(route({ kind: 'charge', id: 'c-1', href: here('/payments?charge=c-1') })).to.equal('/severny/payments');
    expect(route({ kind: 'payment', id: 'p-1', href: here('/payments') })).to.equal('/severny/payments');
    expect(route({ kind: 'security', href: here('/security') })).to.equal('/severny/security');
    // The bell's «Все уведомления» and its items: the portal's feed, with the notification to open.
    expect(
      route({ kind: 'page', href: here('/severny/notifications?notification=n-7'), notificationId: 'n-7' }),
    ).to.equal('/severny/notifications?notification=n-7');
    // A route's path written without the portal's base.
    expect(route({ kind: 'document', href: here('/payments') })).to.equal('/severny/payments');
    // Not a route, or another site: the browser's.
    expect(route({ kind: 'page', href: here('/severny/nowhere') })).to.equal(undefined);
    expect(route({ kind: 'message', href: 'https://agency.example/letters/1' })).to.equal(undefined);
  });

  it('routes what it can and cancels it; leaves the rest to the browser; opens a notification in a mounted feed', () => {
    const target = document.createElement('div');
    const navigated: string[] = [];
    let feed: (HTMLElement & { view: string; notificationId: string | undefined }) | null = null;
    const stop = routeNotificationLinks(target, BASE, { navigate: (url) => navigated.push(url), feed: () => feed });
    try {
      const fire = (detail: NotificationLinkDetail) => target.dispatchEvent(new GuNotificationLinkEvent(detail));

      expect(fire({ kind: 'application', id: 'a-1', href: here('/applications/a-1') }), 'routed: cancelled').to.equal(
        false,
      );
      expect(fire({ kind: 'message', href: 'https://agency.example/letters/1' }), 'not routed').to.equal(true);
      expect(navigated).to.deep.equal(['/severny/applications']);

      // On the feed's route: the bell's item opens the notification in the mounted <gu-notifications>.
      feed = Object.assign(document.createElement('div'), {
        view: 'feed',
        notificationId: undefined as string | undefined,
      });
      expect(
        fire({ kind: 'page', href: here('/severny/notifications?notification=n-7'), notificationId: 'n-7' }),
      ).to.equal(false);
      expect([feed.view, feed.notificationId]).to.deep.equal(['notification', 'n-7']);
      expect(fire({ kind: 'page', href: here('/severny/notifications') })).to.equal(false);
      expect(feed.view).to.equal('feed');
      expect(navigated, 'no navigation while the feed is mounted').to.deep.equal(['/severny/applications']);
    } finally {
      stop();
    }
    expect(target.dispatchEvent(new GuNotificationLinkEvent({ kind: 'security', href: here('/security') }))).to.equal(
      true,
    );
  });
});
