import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AnnouncerController, announce, announcerRegion } from '../../../components/core/ui/announcer.js';

/** Records every text the region shows, including the empty text between two announcements. */
function record(region: HTMLElement): { texts: string[]; stop(): void } {
  const texts: string[] = [];
  const observer = new MutationObserver(() => texts.push(region.textContent ?? ''));
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { texts, stop: () => observer.disconnect() };
}

class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {}
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
  disconnect(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('announce()', () => {
  it('creates one visually hidden polite region in the light DOM of body, lazily and once', async () => {
    await announce('Первое');
    await announce('Второе');
    const regions = document.body.querySelectorAll(':scope > [data-gu-announcer="polite"]');
    expect(regions.length).to.equal(1);
    const region = regions[0] as HTMLElement;
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.getAttribute('aria-atomic')).to.equal('true');
    const rect = region.getBoundingClientRect();
    expect(rect.width).to.be.at.most(1);
    expect(region.textContent).to.equal('Второе');
  });

  it('writes the message into the region', async () => {
    await announce('Код отправлен');
    expect(announcerRegion('polite').textContent).to.equal('Код отправлен');
  });

  it('announces the same message twice: cleared, then set again on the next frame', async () => {
    await announce('Сохранено');
    const region = announcerRegion('polite');
    const log = record(region);
    await announce('Сохранено');
    await wait(0);
    log.stop();
    expect(log.texts).to.deep.equal(['', 'Сохранено']);
  });

  it('uses a separate assertive region (role="alert") for assertive messages', async () => {
    await announce('Неверный код', { politeness: 'assertive' });
    const region = announcerRegion('assertive');
    expect(region.getAttribute('role')).to.equal('alert');
    expect(region.getAttribute('aria-live')).to.equal('assertive');
    expect(region.textContent).to.equal('Неверный код');
    expect(announcerRegion('polite')).not.to.equal(region);
  });

  it('reads messages sent in the same frame together instead of dropping one', async () => {
    await Promise.all([announce('Заявление отправлено.'), announce('Статус: принято.')]);
    expect(announcerRegion('polite').textContent).to.equal('Заявление отправлено. Статус: принято.');
  });

  it('ignores empty messages', async () => {
    await announce('Есть');
    await announce('   ');
    expect(announcerRegion('polite').textContent).to.equal('Есть');
  });
});

describe('AnnouncerController', () => {
  it('announces at once when nothing was announced before', async () => {
    const controller = new AnnouncerController(new FakeHost(), { minIntervalMs: 300 });
    controller.announce('Осталось 2 минуты');
    await wait(120);
    expect(announcerRegion('polite').textContent).to.equal('Осталось 2 минуты');
  });

  it('throttles: inside the interval nothing is announced, then only the latest message', async () => {
    const controller = new AnnouncerController(new FakeHost(), { minIntervalMs: 300 });
    const region = announcerRegion('polite');
    const log = record(region);
    controller.announce('Осталось 120 секунд');
    await wait(50);
    controller.announce('Осталось 119 секунд');
    controller.announce('Осталось 118 секунд');
    await wait(150);
    expect(region.textContent).to.equal('Осталось 120 секунд');
    await wait(250);
    log.stop();
    expect(region.textContent).to.equal('Осталось 118 секунд');
    expect(log.texts.filter(Boolean)).to.deep.equal(['Осталось 120 секунд', 'Осталось 118 секунд']);
  });

  it('force skips the throttle', async () => {
    const controller = new AnnouncerController(new FakeHost(), { minIntervalMs: 10_000 });
    controller.announce('Один');
    await wait(50);
    controller.announce('Два', { force: true });
    await wait(120);
    expect(announcerRegion('polite').textContent).to.equal('Два');
  });

  it('drops a waiting message when the host disconnects', async () => {
    const host = new FakeHost();
    const controller = new AnnouncerController(host, { minIntervalMs: 200 });
    controller.announce('Начало');
    await wait(50);
    controller.announce('Не должно прозвучать');
    host.disconnect();
    await wait(300);
    expect(announcerRegion('polite').textContent).to.equal('Начало');
  });

  it('uses its politeness', async () => {
    const controller = new AnnouncerController(new FakeHost(), { politeness: 'assertive' });
    controller.announce('Сеанс скоро завершится');
    await wait(120);
    expect(announcerRegion('assertive').textContent).to.equal('Сеанс скоро завершится');
  });
});
