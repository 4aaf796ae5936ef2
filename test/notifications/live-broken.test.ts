import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { expectNotVisible, expectVisible } from '../helpers/perceive.js';
import { mountNotifications, recordAnnouncements, until } from './harness.js';

const BROKEN = /Новые уведомления сейчас не приходят/;

describe('<gu-notifications> when live updates stay broken', () => {
  it('says so (not for one drop), and stops saying it when the connection is back', async () => {
    const heard = recordAnnouncements();
    try {
      const h = await mountNotifications({
        beforeMount: (worker) =>
          worker.use(
            http.get('*/api/events', () =>
              HttpResponse.json(
                { code: 'unavailable', message: 'Сервис временно недоступен.' },
                { status: 503, headers: { 'Retry-After': '0' } },
              ),
            ),
          ),
      });
      await h.waitForView('feed', (shadow) => shadow.querySelector('li[data-id]') !== null);
      await heard.until(BROKEN);
      const note = () =>
        [...h.part().querySelectorAll<HTMLElement>('[role="status"]')].find((el) => BROKEN.test(el.textContent ?? ''));
      expectVisible(note(), 'the note');
      h.worker.resetHandlers();
      await until(() => note() === undefined, 'the note gone once the stream works', 20_000);
      const region = h.part().querySelector<HTMLElement>('.live-broken');
      if (region) expectNotVisible(region, 'the emptied note');
      expect(
        heard.said.filter((text) => BROKEN.test(text)),
        'said once',
      ).to.have.length(1);
    } finally {
      heard.stop();
    }
  });
});
