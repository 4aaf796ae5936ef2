import { expect, fixture, html } from '@open-wc/testing';
import '../../shells/portal/portal-pages.js';
import { portalEn, portalRu } from '../../shells/portal/locales.js';
import { ROUTES, routeOf } from '../../shells/portal/routes.js';
import { routeTitle } from '../../shells/portal/portal-layout.js';
import { expectAccessible } from '../helpers/a11y.js';

describe('shells/portal: route table and honest pages', () => {
  it('every route has a title in both languages, and routes resolve below the base', () => {
    for (const route of ROUTES) {
      expect(routeTitle(portalRu, route), route.id).to.match(/[а-яё]/i);
      expect(routeTitle(portalEn, route), route.id).to.match(/^[\w ’-]+$/);
      expect(routeOf(`/severny/${route.path}`, '/severny/')).to.equal(route);
    }
    expect(routeOf('/severny/nowhere', '/severny/')).to.equal(undefined);
    expect(routeOf('/severny', '/severny/')?.id).to.equal('home');
  });

  it('English has every Russian key and no Russian text', () => {
    expect(Object.keys(portalEn).sort()).to.deep.equal(Object.keys(portalRu).sort());
    for (const [key, value] of Object.entries(portalEn)) {
      if (typeof value === 'string') expect(/[а-яё]/i.test(value), key).to.equal(false);
    }
  });

  for (const lang of ['ru', 'en'] as const) {
    it(`the honest page of every route without a widget says what will be there (${lang})`, async () => {
      for (const route of ROUTES.filter((candidate) => candidate.pending)) {
        const wrapper = await fixture<HTMLElement>(
          html`<div lang=${lang}>
            <h1>${routeTitle(lang === 'ru' ? portalRu : portalEn, route)}</h1>
            <gu-portal-pending .text=${route.pending} home-href="/severny/"></gu-portal-pending>
          </div>`,
        );
        const page = wrapper.querySelector('gu-portal-pending')!;
        await page.updateComplete;
        const expected = (lang === 'ru' ? portalRu : portalEn)[route.pending!] as string;
        expect(page.textContent).to.contain(expected);
        expect(page.querySelector('a')?.getAttribute('href')).to.equal('/severny/');
        await expectAccessible(wrapper);
      }
    });
  }
});
