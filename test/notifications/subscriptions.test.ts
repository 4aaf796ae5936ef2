/**
 * «Подписки» (seed 004) inside «Настройки уведомлений»: the list and its filter, add (by keyboard), a mailing already
 * subscribed to said at its field, edit, pause and resume with focus kept, unsubscribe after a confirmation.
 */
import { expect } from '@open-wc/testing';
import {
  accessibleName,
  byName,
  deepActiveElement,
  expectAccessible,
  mountNotifications,
  recordAnnouncements,
  sendKeys,
  tabTo,
  until,
} from './harness.js';
import { useSettingsBackend, useSubscriptionsBackend, type SubscriptionsBackend } from './settings-backend.js';

async function mountSubscriptions(): Promise<{ root: ShadowRoot; backend: SubscriptionsBackend; host: HTMLElement }> {
  let backend!: SubscriptionsBackend;
  const h = await mountNotifications({
    view: 'settings',
    beforeMount: (worker) => {
      useSettingsBackend(worker);
      backend = useSubscriptionsBackend(worker);
    },
  });
  const settings = await h.waitForView('settings', (shadow) => shadow.querySelector('gu-notifications-subscriptions'));
  const host = settings.querySelector<HTMLElement>('gu-notifications-subscriptions')!;
  await until(
    () => host.shadowRoot?.querySelector('#sub-heading') && !host.shadowRoot.querySelector('[aria-busy="true"]'),
    'the subscriptions drawn',
  );
  return { root: host.shadowRoot!, backend, host };
}

const button = (root: ShadowRoot, name: string): HTMLButtonElement => {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => accessibleName(b).includes(name));
  if (!found) throw new Error(`no button «${name}»`);
  return found;
};
const text = (element: Node | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('«Подписки»', () => {
  it('lists the subscriptions, filters them, and adds one by keyboard', async () => {
    const { root, backend, host } = await mountSubscriptions();
    const item = root.querySelector('[data-subscription="sub-1"]')!;
    expect(text(item)).to.include('Сроки уплаты налогов');
    expect(text(item)).to.include('Активна');
    expect(text(item)).to.include('Каналы: E-mail');
    await expectAccessible(host);

    root.querySelector<HTMLInputElement>('input[name="sub-filter"][value="paused"]')!.click();
    await until(() => text(root).includes('Таких подписок нет.'), 'the paused filter');
    expect(backend.calls.filter((c) => c.method === 'GET').at(-1)!.status).to.equal('paused');
    root.querySelector<HTMLInputElement>('input[name="sub-filter"][value="all"]')!.click();
    await until(() => root.querySelector('[data-subscription="sub-1"]'), 'all again');

    const said = recordAnnouncements();
    root.querySelector<HTMLButtonElement>('#sub-add')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.id === 'sub-form-heading', 'focus on the new form');
    await tabTo((el) => el.id === 'sub-topic', 'the mailing');
    await sendKeys({ press: 'ArrowDown' });
    await tabTo(byName('SMS'), 'the SMS channel');
    await sendKeys({ press: 'Space' });
    // Tab lands on the checked radio («Еженедельно», the default); the arrow moves to «Ежедневно».
    await tabTo((el) => (el as HTMLInputElement).name === 'sub-frequency', 'the frequency');
    await sendKeys({ press: 'ArrowUp' });
    await tabTo((el) => el.textContent?.trim() === 'Сохранить', '«Сохранить»');
    await sendKeys({ press: 'Enter' });

    await said.until('Вы подписались на «Новые услуги Социального фонда».');
    const post = backend.calls.find((c) => c.method === 'POST')!;
    expect(post.body).to.deep.equal({ topicId: 'sfr-services', channels: ['email', 'sms'], frequency: 'daily' });
    const added = root.querySelector('[data-subscription="sub-2"]')!;
    expect(text(added)).to.include('Как часто: ежедневно');
    await until(() => deepActiveElement() === root.querySelector('[data-edit="sub-2"]'), 'focus on the new one');
    said.stop();
  });

  it('says at its field that the mailing is already subscribed to, and checks the channels', async () => {
    const { root, backend } = await mountSubscriptions();
    root.querySelector<HTMLButtonElement>('#sub-add')!.click();
    await until(() => root.querySelector('[data-sub-form]'), 'the form');
    const form = root.querySelector<HTMLFormElement>('[data-sub-form]')!;
    form.querySelector<HTMLInputElement>('input[type="checkbox"][value="email"]')!.click();
    button(root, 'Сохранить').click();
    await until(() => !root.querySelector<HTMLElement>('#sub-topic-error')!.hidden, 'the topic required');
    expect(text(root.querySelector('#sub-channels-error'))).to.equal('Выберите хотя бы один канал.');
    expect(deepActiveElement()).to.equal(root.querySelector('#sub-topic'));
    expect(backend.calls.some((c) => c.method === 'POST')).to.equal(false);

    const topic = root.querySelector<HTMLSelectElement>('#sub-topic')!;
    topic.value = 'fns-deadlines';
    topic.dispatchEvent(new Event('change'));
    form.querySelector<HTMLInputElement>('input[type="checkbox"][value="push"]')!.click();
    button(root, 'Сохранить').click();
    await until(() => text(root.querySelector('#sub-topic-error')).includes('уже подписаны'), '409 at the field');
    expect(topic.getAttribute('aria-invalid')).to.equal('true');
    expect(topic.getAttribute('aria-describedby')).to.equal('sub-topic-error');
    await until(() => deepActiveElement() === topic, 'focus on the mailing');
  });

  it('edits, pauses and resumes with focus kept, and unsubscribes after a confirmation', async () => {
    const { root, backend } = await mountSubscriptions();
    const said = recordAnnouncements();
    button(root, 'Изменить подписку «Сроки уплаты налогов»').click();
    await until(() => root.querySelector('[data-sub-form]'), 'the edit form');
    expect(text(root.querySelector('#sub-form-heading'))).to.equal('Подписка «Сроки уплаты налогов»');
    root.querySelector<HTMLInputElement>('input[name="sub-frequency"][value="once"]')!.click();
    const until_ = root.querySelector<HTMLInputElement>('#sub-until')!;
    until_.value = '2027-12-31';
    until_.dispatchEvent(new Event('change'));
    button(root, 'Сохранить').click();
    await said.until('Подписка «Сроки уплаты налогов» сохранена.');
    expect(backend.calls.find((c) => c.method === 'PATCH')!.body).to.deep.equal({
      channels: ['email'],
      frequency: 'once',
      from: null,
      until: '2027-12-31',
    });
    expect(text(root.querySelector('[data-subscription="sub-1"]'))).to.include('По 31 декабря 2027');

    button(root, 'Приостановить подписку').click();
    await said.until('Подписка «Сроки уплаты налогов» приостановлена.');
    expect(text(root.querySelector('[data-subscription="sub-1"]'))).to.include('Приостановлена');
    await until(
      () => accessibleName(deepActiveElement()!) === 'Возобновить подписку «Сроки уплаты налогов»',
      'focus kept',
    );
    button(root, 'Возобновить подписку').click();
    await said.until('возобновлена');
    expect(backend.items[0]!.status).to.equal('active');

    button(root, 'Отписаться от «Сроки уплаты налогов»').click();
    await until(
      () =>
        root.querySelector('gu-dialog')?.hasAttribute('open') ||
        (root.querySelector('gu-dialog') as { open?: boolean } | null)?.open,
      'the confirmation',
    );
    expect(
      backend.calls.some((c) => c.method === 'DELETE'),
      'nothing removed before the confirmation',
    ).to.equal(false);
    root.querySelector<HTMLButtonElement>('#confirm-remove')!.click();
    await said.until('Вы отписались от «Сроки уплаты налогов».');
    expect(backend.calls.filter((c) => c.method === 'DELETE').map((c) => c.id)).to.deep.equal(['sub-1']);
    expect(root.querySelector('[data-subscription="sub-1"]')).to.equal(null);
    expect(text(root)).to.include('Подписок пока нет.');
    said.stop();
  });
});
