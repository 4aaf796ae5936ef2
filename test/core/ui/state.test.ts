import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/core/ui/gu-empty-state.js';
import '../../../components/core/ui/gu-loading-state.js';
import '../../../components/core/ui/gu-error-state.js';
import type { GuEmptyState, GuErrorState, GuLoadingState } from '../../../components/core/ui/state.js';
import { announcerRegion } from '../../../components/core/ui/announcer.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { until } from '../../helpers/until.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const q = <T extends HTMLElement>(el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<T>(selector);

describe('gu-empty-state', () => {
  it('shows a default heading, the text and the action; accessible', async () => {
    const el = await fixture<GuEmptyState>(
      html`<gu-empty-state>У вас нет заявлений.<a slot="action" href="#new">Подать заявление</a></gu-empty-state>`,
    );
    const heading = q(el, '[part="heading"]')!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent).to.equal('Здесь пока ничего нет');
    expect(el.querySelector('a')!.assignedSlot!.name).to.equal('action');
    await expectAccessible(el);
  });

  it('uses heading and heading-level', async () => {
    const el = await fixture<GuEmptyState>(
      html`<gu-empty-state heading="Нет штрафов" heading-level="3"></gu-empty-state>`,
    );
    const heading = q(el, '[part="heading"]')!;
    expect(heading.localName).to.equal('h3');
    expect(heading.textContent).to.equal('Нет штрафов');
  });

  it('speaks English under lang="en"', async () => {
    const root = await fixture<HTMLDivElement>(html`<div lang="en"><gu-empty-state></gu-empty-state></div>`);
    expect(q(root.querySelector('gu-empty-state')!, '[part="heading"]')!.textContent).to.equal('Nothing here yet');
  });
});

describe('gu-loading-state', () => {
  it('has a role="status" region first, then «Загрузка…» in it; the spinner is hidden from AT', async () => {
    const el = await fixture<GuLoadingState>(html`<gu-loading-state></gu-loading-state>`);
    const region = q(el, '[part="base"]')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.textContent!.trim()).to.equal('');
    await until(() => region.textContent!.trim() === 'Загрузка…', 'the label in the region');
    expect(q(el, '[part="base"]')).to.equal(region);
    expect(q(el, '[part="spinner"]')!.getAttribute('aria-hidden')).to.equal('true');
    await expectAccessible(el);
  });

  it('with delay shows and announces nothing until the delay has passed', async () => {
    const start = performance.now();
    const el = await fixture<GuLoadingState>(
      html`<gu-loading-state delay="300" label="Загружаем заявления…"></gu-loading-state>`,
    );
    // No timer has run since the element was made (the fixture waits on promises only): the delay cannot be over.
    expect(q(el, '[part="base"]')!.textContent!.trim()).to.equal('');
    expect(q(el, '[part="spinner"]')).to.equal(null);
    let shownAfter = 0;
    new MutationObserver((_, observer) => {
      if (!q(el, '[part="base"]')!.textContent!.trim()) return;
      shownAfter = performance.now() - start;
      observer.disconnect();
    }).observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await until(() => shownAfter > 0, 'the label after the delay');
    expect(q(el, '[part="base"]')!.textContent!.trim()).to.equal('Загружаем заявления…');
    // A loaded machine may show it later, never sooner.
    expect(shownAfter).to.be.at.least(300);
  });

  it('speaks English under lang="en" and follows a runtime switch', async () => {
    const root = await fixture<HTMLDivElement>(html`<div lang="en"><gu-loading-state></gu-loading-state></div>`);
    const el = root.querySelector('gu-loading-state')!;
    await until(() => q(el, '[part="label"]')?.textContent === 'Loading…', 'the English label');
    root.lang = 'ru';
    await wait(0);
    await el.updateComplete;
    expect(q(el, '[part="label"]')!.textContent).to.equal('Загрузка…');
  });
});

describe('gu-error-state', () => {
  const cases: [string, string, boolean][] = [
    ['network', 'Нет связи с сервером. Проверьте подключение к интернету и повторите.', true],
    ['timeout', 'Сервер долго не отвечает. Повторите попытку.', true],
    ['server', 'Сервис временно недоступен. Повторите попытку позже.', true],
    ['malformed', 'Сервер прислал неожиданный ответ. Повторите попытку позже.', true],
    ['forbidden', 'Недостаточно прав для этого действия.', false],
    ['not-found', 'Данные не найдены.', false],
    ['unauthorized', 'Сеанс завершён. Войдите снова.', false],
  ];
  for (const [kind, message, retryable] of cases) {
    it(`${kind}: «${message}», ${retryable ? 'with' : 'without'} «Повторить», accessible`, async () => {
      const el = await fixture<GuErrorState>(html`<gu-error-state .error=${{ kind }}></gu-error-state>`);
      expect(q(el, '[part="text"]')!.textContent).to.equal(message);
      expect(q(el, '[part="heading"]')!.textContent).to.equal('Не удалось загрузить данные');
      expect(Boolean(q(el, '[part="retry"]'))).to.equal(retryable);
      await expectAccessible(el);
    });
  }

  it('«Повторить» fires gu-error-state-retry with the kind (mouse and keyboard)', async () => {
    const el = await fixture<GuErrorState>(html`<gu-error-state .error=${{ kind: 'network' }}></gu-error-state>`);
    const button = q<HTMLButtonElement>(el, '[part="retry"]')!;
    expect(button.textContent!.trim()).to.equal('Повторить');
    let event = oneEvent(el, 'gu-error-state-retry');
    button.click();
    expect((await event).detail.kind).to.equal('network');
    event = oneEvent(el, 'gu-error-state-retry');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Space' });
    const fired = await event;
    expect(fired.bubbles && fired.composed).to.equal(true);
  });

  it('rate-limited shows the retry-after seconds with the right plural', async () => {
    const el = await fixture<GuErrorState>(
      html`<gu-error-state .error=${{ kind: 'rate-limited', retryAfter: 30 }}></gu-error-state>`,
    );
    expect(q(el, '[part="text"]')!.textContent).to.equal('Слишком много запросов. Повторите через 30 секунд.');
    el.error = { kind: 'rate-limited', retryAfter: 21 };
    await el.updateComplete;
    expect(q(el, '[part="text"]')!.textContent).to.equal('Слишком много запросов. Повторите через 21 секунду.');
    el.error = { kind: 'rate-limited' };
    await el.updateComplete;
    expect(q(el, '[part="text"]')!.textContent).to.equal('Слишком много запросов. Повторите попытку позже.');
    expect(q(el, '[part="retry"]')).not.to.equal(null);
  });

  it('an explicit retryable on the error wins over the kind', async () => {
    const el = await fixture<GuErrorState>(
      html`<gu-error-state .error=${{ kind: 'server', retryable: false }}></gu-error-state>`,
    );
    expect(q(el, '[part="retry"]')).to.equal(null);
  });

  it('message and the retryable attribute work without an error object', async () => {
    const el = await fixture<GuErrorState>(
      html`<gu-error-state heading="Не удалось" message="Свой текст" retryable></gu-error-state>`,
    );
    expect(q(el, '[part="text"]')!.textContent).to.equal('Свой текст');
    expect(q(el, '[part="heading"]')!.textContent).to.equal('Не удалось');
    expect(q(el, '[part="retry"]')).not.to.equal(null);
  });

  it('announces heading and message once through the page announcer; quiet does not', async () => {
    const region = announcerRegion('polite');
    await wait(150); // let announcements of earlier tests flush
    region.textContent = '';
    await fixture<GuErrorState>(html`<gu-error-state .error=${{ kind: 'timeout' }}></gu-error-state>`);
    const said = 'Не удалось загрузить данные. Сервер долго не отвечает. Повторите попытку.';
    await until(() => region.textContent === said, 'the error announced');
    region.textContent = '';
    await fixture<GuErrorState>(html`<gu-error-state quiet .error=${{ kind: 'server' }}></gu-error-state>`);
    await wait(150);
    expect(region.textContent).to.equal('');
  });

  it('focus() moves focus to the heading', async () => {
    const el = await fixture<GuErrorState>(html`<gu-error-state quiet .error=${{ kind: 'network' }}></gu-error-state>`);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '[part="heading"]'));
  });

  it('speaks English under lang="en" and re-renders when lang changes at runtime', async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div lang="en"><gu-error-state .error=${{ kind: 'rate-limited', retryAfter: 1 }}></gu-error-state></div>`,
    );
    const el = root.querySelector('gu-error-state')!;
    expect(q(el, '[part="text"]')!.textContent).to.equal('Too many requests. Try again in 1 second.');
    expect(q(el, '[part="retry"]')!.textContent!.trim()).to.equal('Try again');
    expect(q(el, '[part="heading"]')!.textContent).to.equal('Could not load the data');
    root.lang = 'ru';
    await wait(0);
    await el.updateComplete;
    expect(q(el, '[part="text"]')!.textContent).to.equal('Слишком много запросов. Повторите через 1 секунду.');
    expect(q(el, '[part="retry"]')!.textContent!.trim()).to.equal('Повторить');
  });
});
