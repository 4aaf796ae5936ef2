/**
 * shells/portal/security-links.ts: a link inside <gu-security-settings> to one of the portal's routes (the alerts'
 * «Открыть настройки уведомлений») is followed by the portal without a page load, and cancelled exactly then; the
 * notifications route opens «Настройки уведомлений» when its URL says `view=settings`.
 */
import { expect } from '@open-wc/testing';
import {
  attributesFromUrl,
  notificationSettingsPath,
  portalRouteOf,
  routeSecurityLinks,
} from '../../shells/portal/security-links.js';

const BASE = '/severny/';

/** A host element named like the widget (not defined here: only its name matters), a link in its shadow root. */
function linkIn(hostName: string, href: string): { host: HTMLElement; link: HTMLAnchorElement } {
  const host = document.createElement(hostName);
  const link = document.createElement('a');
  link.href = href;
  link.textContent = 'link';
  host.attachShadow({ mode: 'open' }).append(link);
  return { host, link };
}

/** Whether the portal cancelled the click (seen at the document; the test page itself never follows a link). */
function click(link: HTMLElement, init: MouseEventInit = {}): boolean {
  let cancelled = false;
  const seen = (event: Event) => {
    cancelled = event.defaultPrevented;
    event.preventDefault();
  };
  document.addEventListener('click', seen, { once: true });
  link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 0, ...init }));
  document.removeEventListener('click', seen);
  return cancelled;
}

describe('shells/portal: the security settings’ links', () => {
  it('knows the portal’s routes, with their query, and nothing else', () => {
    expect(notificationSettingsPath(BASE)).to.equal('/severny/notifications?view=settings');
    expect(portalRouteOf('/severny/notifications?view=settings', BASE)).to.equal(
      '/severny/notifications?view=settings',
    );
    expect(portalRouteOf(`${location.origin}/severny/security`, BASE)).to.equal('/severny/security');
    expect(portalRouteOf('/severny/nowhere', BASE)).to.equal(undefined);
    expect(portalRouteOf('/yuzhny/notifications', BASE), 'the other portal').to.equal(undefined);
    expect(portalRouteOf('https://elsewhere.example/severny/notifications', BASE)).to.equal(undefined);
    expect(
      attributesFromUrl('gu-notifications', new URL('/severny/notifications?view=settings', location.origin)),
    ).to.deep.equal({
      view: 'settings',
    });
    expect(attributesFromUrl('gu-notifications', new URL('/severny/notifications', location.origin))).to.deep.equal({});
    expect(attributesFromUrl('gu-payments', new URL('/severny/payments?view=settings', location.origin))).to.deep.equal(
      {},
    );
  });

  it('follows a route link inside <gu-security-settings> and cancels it; leaves every other click alone', () => {
    const target = document.createElement('div');
    document.body.append(target);
    const navigated: string[] = [];
    const stop = routeSecurityLinks(target, BASE, (url) => navigated.push(url));
    try {
      const inside = linkIn('gu-security-settings', '/severny/notifications?view=settings');
      const external = linkIn('gu-security-settings', 'https://elsewhere.example/');
      const elsewhere = linkIn('gu-other-widget', '/severny/notifications');
      target.append(inside.host, external.host, elsewhere.host);

      expect(click(inside.link, { ctrlKey: true }), 'a new tab: the browser’s').to.equal(false);
      expect(navigated).to.deep.equal([]);
      expect(click(inside.link), 'routed: cancelled').to.equal(true);
      expect(navigated).to.deep.equal(['/severny/notifications?view=settings']);
      expect(click(external.link)).to.equal(false);
      expect(click(elsewhere.link)).to.equal(false);
      expect(navigated, 'another site, another widget: not the portal’s to route').to.have.length(1);
    } finally {
      stop();
      target.remove();
    }
  });
});
