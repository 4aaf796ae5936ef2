/** «Оспорить»: the dispute form by keyboard with an upload, its messages, a failed upload retried, 409s; the list. */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createApiClient } from '../../components/core/api/index.js';
import type { PaymentsContext } from '../../components/payments/context.js';
import '../../components/payments/parts/disputes-list.js';
import type { GuPaymentsDisputes } from '../../components/payments/parts/disputes-list.js';
import { ChargeSelection } from '../../components/payments/selection.js';
import type { ChargeRecord } from '../../mocks/db/index.js';
import { disputesOf } from '../../mocks/payments/disputes.js';
import { useMockBackend } from '../helpers/mock-backend.js';
import {
  deepActiveElement,
  deepText,
  expectAccessible,
  getDb,
  mountPayments,
  recordAnnouncements,
  sendKeys,
  tabTo,
  until,
  type PaymentsHarness,
} from './harness.js';

const pdf = (name = 'Договор купли-продажи.pdf', bytes = 2048) =>
  new File([new Uint8Array(bytes)], name, { type: 'application/pdf' });

/** The default citizen's first fine, made disputable (the first disputable fine is never seeded with a dispute). */
function disputableFine(): ChargeRecord {
  const fine = getDb().charges.find(
    (c) => c.ownerId === 'person-1' && c.kind === 'fine' && c.status === 'unpaid' && !c.dispute,
  );
  if (!fine) throw new Error('no unpaid fine for person-1');
  fine.disputable = true;
  return fine;
}

async function mountDispute(
  locale: 'ru' | 'en' = 'ru',
): Promise<{ h: PaymentsHarness; fine: ChargeRecord; root: ShadowRoot }> {
  let fine: ChargeRecord | undefined;
  const h = await mountPayments({
    view: 'dispute',
    locale,
    beforeMount: () => {
      fine = disputableFine();
    },
  });
  h.widget.chargeId = fine!.id;
  const root = await h.waitForView('dispute', (r) => r.querySelector('form'));
  return { h, fine: fine!, root };
}

function choose(root: ShadowRoot, files: File[]): void {
  const input = root.querySelector<HTMLInputElement>('#files')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A disputes list on its own, as the history renders it. */
async function mountList(revision = 0): Promise<GuPaymentsDisputes> {
  const ctx = {
    client: createApiClient({ baseUrl: '/api', auth: { getAccessToken: () => 'test-token-1' }, locale: () => 'ru' }),
    baseUrl: '/api',
    auth: { getAccessToken: () => 'test-token-1' },
    selection: new ChargeSelection(),
    cardFlow: 'redirect',
    returnUrl: location.href,
    pageSize: 20,
    citizenId: 'citizen-1',
    revision: { charges: 0, payments: 0, documents: 0, cards: 0, autopay: 0, disputes: revision },
  } satisfies PaymentsContext;
  const list = await fixture<GuPaymentsDisputes>(
    html`<gu-payments-disputes .ctx=${ctx} .locale=${'ru'}></gu-payments-disputes>`,
  );
  await until(() => list.shadowRoot?.querySelector('ul, .muted, [role="alert"]'), 'the disputes list');
  return list;
}

describe('gu-payments-dispute', () => {
  it('disputes a fine by keyboard with an uploaded document; announced, event, the dispute in the list', async () => {
    const { h, fine, root } = await mountDispute();
    const said = recordAnnouncements();
    const events: Array<{ disputeId: string; chargeId: string }> = [];
    h.wrapper.addEventListener('gu-payments-dispute-submitted', (e) => events.push(e.detail));
    // the fine summarized
    expect(deepText(root)).to.include(fine.title);
    expect(deepText(root)).to.include(fine.payee);

    const first = await tabTo((el) => el.matches('input[type="radio"]'), 'the first reason');
    expect((first as HTMLInputElement).checked).to.equal(false);
    await sendKeys({ press: 'ArrowDown' });
    await until(() => root.querySelector<HTMLInputElement>('input[value="vehicle-sold"]')?.checked, 'reason chosen');
    expect(deepActiveElement()).to.equal(root.querySelector('input[value="vehicle-sold"]'));

    await tabTo((el) => el.id === 'comment', 'the comment');
    await sendKeys({ type: 'Автомобиль продан до даты нарушения.' });
    await until(() => deepText(root).includes('36 из 2000'), 'the counter');

    choose(root, [pdf()]);
    await until(() => deepText(root).includes('«Договор купли-продажи.pdf» загружен.'), 'uploaded');
    await said.until('«Договор купли-продажи.pdf» загружен.');

    await tabTo((el) => el.matches('button[type="submit"]'), 'the submit button');
    await sendKeys({ press: 'Enter' });
    await until(() => deepText(h.part()).includes('Жалоба отправлена в'), 'the result', 15_000);
    const result = h.part();
    expect(result.querySelector('h3')!.textContent).to.include(`Жалоба отправлена в ${fine.payee}`);
    expect(deepText(result)).to.include('Подана');
    await said.until(`Жалоба отправлена в ${fine.payee}. Статус: Подана.`);
    expect(deepActiveElement()).to.equal(result.querySelector('h3'));
    expect(events).to.have.length(1);
    expect(events[0]!.chargeId).to.equal(fine.id);

    const stored = disputesOf('person-1').find((d) => d.id === events[0]!.disputeId)!;
    expect(stored.reason).to.equal('vehicle-sold');
    expect(stored.documents.map((d) => d.fileName)).to.deep.equal(['Договор купли-продажи.pdf']);

    const list = await mountList();
    const item = list.shadowRoot!.querySelector(`[data-dispute="${stored.id}"]`)!;
    expect(item, 'the new dispute in the list').to.exist;
    expect(deepText(item)).to.include(fine.title);
    expect(deepText(item)).to.include('Подана');
    expect(deepText(item)).to.include('Автомобиль продан');
  });

  it('says a too short comment next to the field, announces it and keeps what was typed', async () => {
    const { h, root } = await mountDispute();
    const said = recordAnnouncements();
    let sent = 0;
    h.worker.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.url.includes('/disputes')) sent += 1;
    });
    await tabTo((el) => el.matches('input[type="radio"]'), 'the first reason');
    await sendKeys({ press: 'Space' });
    await tabTo((el) => el.id === 'comment', 'the comment');
    await sendKeys({ type: 'Не я' });
    await tabTo((el) => el.matches('button[type="submit"]'), 'the submit button');
    await sendKeys({ press: 'Enter' });
    const error = root.querySelector<HTMLElement>('#comment-error')!;
    await until(() => !error.hidden, 'the comment message');
    expect(error.textContent).to.include('Комментарий слишком короткий');
    expect(error.textContent).to.include('ещё 6 символов');
    expect(root.querySelector('#comment')!.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('#comment')!.getAttribute('aria-describedby')).to.include('comment-error');
    expect(deepActiveElement()).to.equal(root.querySelector('#comment'));
    await said.until('Комментарий слишком короткий');
    expect(root.querySelector<HTMLTextAreaElement>('#comment')!.value).to.equal('Не я');
    expect(sent).to.equal(0);
    await expectAccessible(h.widget);
  });

  it('retries a failed upload with the same Idempotency-Key', async () => {
    const { h, root } = await mountDispute();
    const keys: string[] = [];
    h.worker.events.on('request:start', ({ request }) => {
      if (request.url.includes('/dispute-documents')) keys.push(request.headers.get('Idempotency-Key') ?? '');
    });
    h.worker.use(
      http.post(
        '*/api/dispute-documents',
        () => HttpResponse.json({ code: 'server-error', message: 'x' }, { status: 500 }),
        {
          once: true,
        },
      ),
    );
    const said = recordAnnouncements();
    choose(root, [pdf('Фото знака.pdf')]);
    await until(() => deepText(root).includes('«Фото знака.pdf» не загружен.'), 'failed');
    await said.until('«Фото знака.pdf» не загружен.');
    const retry = [...root.querySelectorAll('button')].find((b) => b.textContent!.includes('Повторить'))!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => deepText(root).includes('«Фото знака.pdf» загружен.'), 'uploaded on retry');
    expect(keys.length).to.be.at.least(2);
    expect(new Set(keys).size, 'one key for the file').to.equal(1);
  });

  it('says a 409 precisely and keeps the form as typed; the retry after a network drop reuses the key', async () => {
    const { h, root } = await mountDispute();
    const keys: string[] = [];
    h.worker.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && /\/charges\/[^/]+\/disputes/.test(request.url))
        keys.push(request.headers.get('Idempotency-Key') ?? '');
    });
    h.worker.use(
      http.post('*/api/charges/:id/disputes', () => HttpResponse.error(), { once: true }),
      http.post(
        '*/api/charges/:id/disputes',
        () => HttpResponse.json({ code: 'dispute-exists', message: 'x' }, { status: 409 }),
        { once: true },
      ),
    );
    root.querySelector<HTMLInputElement>('input[value="other"]')!.click();
    const comment = root.querySelector<HTMLTextAreaElement>('#comment')!;
    comment.focus();
    await sendKeys({ type: 'Знак был закрыт ветками деревьев.' });
    const submit = root.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    submit.focus();
    await sendKeys({ press: 'Enter' });
    const problem = root.querySelector('.problem[role="alert"]')!;
    await until(() => (problem.textContent ?? '').trim() !== '', 'the network problem');
    submit.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => problem.textContent!.includes('уже подана жалоба'), 'the 409');
    expect(comment.value).to.equal('Знак был закрыт ветками деревьев.');
    expect(root.querySelector<HTMLInputElement>('input[value="other"]')!.checked).to.equal(true);
    expect(keys).to.have.length(2);
    expect(keys[0], 'the same attempt, the same key').to.equal(keys[1]);
  });

  it('starts afresh for another fine', async () => {
    const { h, fine, root } = await mountDispute();
    const comment = root.querySelector<HTMLTextAreaElement>('#comment')!;
    comment.focus();
    await sendKeys({ type: 'Про первый штраф.' });
    const other = getDb().charges.find(
      (c) => c.ownerId === 'person-1' && c.kind === 'fine' && c.id !== fine.id && !c.dispute && c.status === 'unpaid',
    )!;
    other.disputable = true;
    h.widget.chargeId = other.id;
    await until(
      () => h.part().querySelector('#comment') && h.part().querySelector('.facts')!.textContent!.includes(other.title),
      'the other fine',
    );
    await until(() => h.part().querySelector<HTMLTextAreaElement>('#comment')!.value === '', 'a fresh comment');
  });

  it('refuses a wrong file type before sending, next to the picker', async () => {
    const { root } = await mountDispute();
    choose(root, [new File(['x'], 'scan.gif', { type: 'image/gif' })]);
    await until(() => deepText(root).includes('«scan.gif»: можно PDF, JPEG или PNG.'), 'refused');
    expect(root.querySelector('progress')).to.equal(null);
  });
});

describe('gu-payments-disputes', () => {
  beforeEach(async () => {
    await useMockBackend('default');
  });

  it('lists the disputes in every status with the agency’s answer for the decided ones', async () => {
    const list = await mountList();
    const text = deepText(list.shadowRoot!);
    for (const status of ['Подана', 'На рассмотрении', 'Удовлетворена', 'Отклонена']) expect(text).to.include(status);
    const decided = [...list.shadowRoot!.querySelectorAll('li')].filter((li) =>
      /Удовлетворена|Отклонена/.test(li.textContent ?? ''),
    );
    expect(decided).to.have.length(2);
    for (const li of decided) expect(deepText(li)).to.include('Ответ ведомства');
    await expectAccessible(list);
  });

  it('reloads when ctx.revision.disputes goes up', async () => {
    const list = await mountList();
    const before = list.shadowRoot!.querySelectorAll('li').length;
    const fine = disputableFine();
    const response = await fetch(`/api/charges/${fine.id}/disputes`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer test-token-1',
        'Content-Type': 'application/json',
        'Idempotency-Key': crypto.randomUUID(),
      },
      body: JSON.stringify({ reason: 'not-driver', comment: 'Автомобилем управлял другой человек.' }),
    });
    expect(response.status).to.equal(201);
    list.ctx = { ...list.ctx, revision: { ...list.ctx.revision, disputes: 1 } };
    await until(() => list.shadowRoot!.querySelectorAll('li').length === before + 1, 'the new dispute listed');
  });
});
