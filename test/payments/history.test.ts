/**
 * «История платежей» (issue 14, item history): what the citizen sees and does with real key presses — the payments
 * newest first with their status in words, filters and search that change the request and the rows (the count
 * announced), the period checked next to its fields, paging that keeps its place after opening a payment, reload when
 * a payment changed, empty and failed states, CSV of every matching payment, and a receipt per completed payment.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { PaymentsChangedEvent } from '../../components/payments/events.js';
import type { Payment } from '../../components/payments/types.js';
import type { PaymentRecord } from '../../mocks/db/index.js';
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

const mine = (): Payment[] =>
  getDb()
    .payments.filter((p) => p.ownerId === 'person-1')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));

const rows = (root: ShadowRoot): HTMLLIElement[] => [...root.querySelectorAll<HTMLLIElement>('ol.rows > li')];
const rowIds = (root: ShadowRoot): string[] => rows(root).map((row) => row.dataset['paymentId']!);
const summary = (root: ShadowRoot): string => root.querySelector('#summary')?.textContent?.trim() ?? '';
const formatted = (n: number) => new Intl.NumberFormat('ru-RU').format(n).replace(/\s/g, '\\s');
const byId = (id: string) => (el: Element) => el.id === id;

/** The history's requests of GET /payments (their query strings), as the widget sent them. */
function recordListRequests(h: PaymentsHarness): { queries: URLSearchParams[]; stop(): void } {
  const queries: URLSearchParams[] = [];
  const onRequest = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname === '/api/payments') queries.push(url.searchParams);
  };
  h.worker.events.on('request:start', onRequest);
  return { queries, stop: () => h.worker.events.removeListener('request:start', onRequest) };
}

/** The cells of one CSV line (every cell quoted, `;` — or `,` — between them). */
function cellsOf(line: string, separator = ';'): string[] {
  return [...line.matchAll(new RegExp(`"((?:[^"]|"")*)"(?:${separator}|$)`, 'g'))].map((match) =>
    match[1]!.replaceAll('""', '"'),
  );
}

/** Catches the file a click on a hidden `<a download>` would save (core/ui saveBlob), without saving it. */
function catchDownloads(): { files: Array<{ name: string; blob: Promise<Blob> }>; stop(): void } {
  const files: Array<{ name: string; blob: Promise<Blob> }> = [];
  const onClick = (event: MouseEvent) => {
    const link = event.composedPath()[0] as HTMLAnchorElement;
    if (link.localName !== 'a' || !link.download) return;
    event.preventDefault();
    files.push({ name: link.download, blob: fetch(link.href).then((r) => r.blob()) });
  };
  document.addEventListener('click', onClick, true);
  return { files, stop: () => document.removeEventListener('click', onClick, true) };
}

async function openHistory(options: Parameters<typeof mountPayments>[0] = {}) {
  const h = await mountPayments({ view: 'history', ...options });
  const root = await h.waitForView('history', (shadow) => shadow.querySelector('ol.rows, gu-empty-state'));
  return { h, root };
}

describe('gu-payments history', () => {
  it('shows the payments newest first: what, payee, amount, method and status in words', async () => {
    const { root } = await openHistory({ pageSize: 100 });
    const expected = mine();
    expect(expected.length, 'the seed has a history').to.be.greaterThan(5);
    const shown = rowIds(root);
    expect(shown).to.deep.equal(expected.slice(0, 100).map((p) => p.id));
    expect(summary(root)).to.match(new RegExp(`Найден[оа]? ${expected.length}\\s`));

    // A payment of several charges: the first title «и ещё N».
    const several = expected.find((p) => p.items.length > 1 && shown.includes(p.id));
    if (several) {
      const row = root.querySelector(`li[data-payment-id="${several.id}"]`)!;
      expect(row.querySelector('.open')!.textContent!.trim()).to.equal(
        `${several.items[0]!.title} и ещё ${several.items.length - 1}`,
      );
    }
    // Every status as a word on a badge (never colour alone); the declined one says why.
    const words = { completed: 'Выполнен', pending: 'В ожидании', declined: 'Отклонён' } as const;
    for (const payment of expected.filter((p) => shown.includes(p.id))) {
      const row = root.querySelector(`li[data-payment-id="${payment.id}"]`)!;
      expect(row.querySelector('.badge')!.textContent!.trim()).to.equal(words[payment.status]);
      expect(row.textContent).to.include(payment.items[0]!.payee);
      const amount = new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB' }).format(
        payment.amount / 100,
      );
      expect(row.querySelector('.amount')!.textContent!.trim()).to.equal(amount);
      if (payment.status === 'declined') expect(row.querySelector('.reason')?.textContent).to.match(/^Причина: .+/);
      expect(Boolean(row.querySelector('[data-receipt]')), `receipt of ${payment.status}`).to.equal(
        payment.status === 'completed' && payment.receiptAvailable,
      );
    }
    const card = expected.find((p) => p.method === 'card' && shown.includes(p.id));
    if (card)
      expect(root.querySelector(`li[data-payment-id="${card.id}"]`)!.textContent).to.include('Банковская карта');
    await expectAccessible(root.host as HTMLElement);
  });

  it('filters by status, category and method with the keyboard: the request, the rows and the count said', async () => {
    const { h, root } = await openHistory({ pageSize: 100 });
    const requests = recordListRequests(h);
    const said = recordAnnouncements();
    try {
      // Status «Отклонён»: Tab to the select, arrow keys choose.
      await tabTo(byId('status'), 'the status filter');
      const status = root.querySelector<HTMLSelectElement>('#status')!;
      while (status.value !== 'declined') await sendKeys({ press: 'ArrowDown' });
      const declined = mine().filter((p) => p.status === 'declined');
      await until(() => requests.queries.at(-1)?.get('status') === 'declined', 'the status in the request');
      await h.waitForView('history');
      await until(() => rowIds(root).join() === declined.map((p) => p.id).join(), 'the declined payments');
      await said.until(new RegExp(`Найден[оа]? ${declined.length} плат`));

      // Back to all statuses, category «Штрафы».
      while ((status.value as string) !== '') await sendKeys({ press: 'ArrowUp' });
      await tabTo(byId('kind'), 'the category filter', { back: true });
      const kind = root.querySelector<HTMLSelectElement>('#kind')!;
      while (kind.value !== 'fine') await sendKeys({ press: 'ArrowDown' });
      const fines = mine().filter((p) => p.items.some((item) => item.kind === 'fine'));
      await until(
        () => requests.queries.at(-1)?.get('kind') === 'fine' && !requests.queries.at(-1)?.has('status'),
        'the kind in the request',
      );
      await h.waitForView('history');
      await until(() => rowIds(root).join() === fines.map((p) => p.id).join(), 'the fines');

      // And method «СБП».
      await tabTo(byId('method'), 'the method filter');
      const method = root.querySelector<HTMLSelectElement>('#method')!;
      while (method.value !== 'sbp') await sendKeys({ press: 'ArrowDown' });
      const sbpFines = fines.filter((p) => p.method === 'sbp');
      await until(() => requests.queries.at(-1)?.get('method') === 'sbp', 'the method in the request');
      expect(requests.queries.at(-1)?.get('kind')).to.equal('fine');
      await h.waitForView('history');
      await until(
        () =>
          sbpFines.length === 0
            ? root.querySelector('gu-empty-state')
            : rowIds(root).join() === sbpFines.map((p) => p.id).join(),
        'the fines paid by СБП',
      );
      for (const row of rows(root)) expect(row.textContent).to.include('СБП');
    } finally {
      requests.stop();
      said.stop();
    }
  });

  it('searches by a payee word and by УИН digits (Enter submits), and says how many were found', async () => {
    const { h, root } = await openHistory({ pageSize: 100 });
    const requests = recordListRequests(h);
    const said = recordAnnouncements();
    try {
      const target = mine().find((p) => p.status === 'completed')!;
      const digits = target.items[0]!.uin.slice(-8);
      await tabTo(byId('q'), 'the search field');
      // Typed as printed on a notice, with a space: the digits are what is sent.
      await sendKeys({ type: `${digits.slice(0, 4)} ${digits.slice(4)}` });
      await sendKeys({ press: 'Enter' });
      await until(() => requests.queries.at(-1)?.get('q') === digits, 'the search in the request');
      await h.waitForView('history');
      await until(() => rowIds(root).includes(target.id), 'the payment with that УИН');
      const matching = mine().filter((p) => p.items.some((item) => item.uin.includes(digits)));
      expect(rowIds(root)).to.deep.equal(matching.map((p) => p.id));
      await said.until(new RegExp(`Найден[оа]? ${matching.length} плат`));
      expect(requests.queries.at(-1)?.get('page')).to.equal('1');
    } finally {
      requests.stop();
      said.stop();
    }
  });

  it('checks the period next to its fields and sends only a right one', async () => {
    const { h, root } = await openHistory({ pageSize: 100 });
    const requests = recordListRequests(h);
    try {
      const from = root.querySelector<HTMLInputElement>('#from')!;
      const to = root.querySelector<HTMLInputElement>('#to')!;
      from.value = '2026-06-01';
      to.value = '2026-03-01';
      to.focus();
      await sendKeys({ press: 'Enter' });
      await until(
        () => root.querySelector('#to-error')?.textContent?.includes('не может быть раньше'),
        'the order error',
      );
      expect(to.getAttribute('aria-invalid')).to.equal('true');
      expect(to.getAttribute('aria-describedby')).to.equal('to-error');
      expect(root.querySelector('#to-error')!.getAttribute('role')).to.equal('alert');
      expect(deepActiveElement(), 'focus on the wrong field').to.equal(to);
      expect(requests.queries, 'nothing sent').to.have.length(0);

      to.value = '2026-09-30';
      await sendKeys({ press: 'Enter' });
      await until(() => requests.queries.at(-1)?.get('to') === '2026-09-30', 'the period in the request');
      expect(requests.queries.at(-1)?.get('from')).to.equal('2026-06-01');
      await h.waitForView('history');
      expect(root.querySelector('#to-error')!.textContent!.trim()).to.equal('');
      expect(to.hasAttribute('aria-invalid')).to.equal(false);
      for (const id of rowIds(root)) {
        const payment = mine().find((p) => p.id === id)!;
        expect(
          payment.createdAt.slice(0, 10) >= '2026-05-31' && payment.createdAt.slice(0, 10) <= '2026-09-30',
        ).to.equal(true);
      }
    } finally {
      requests.stop();
    }
  });

  it('nothing matches: says so and «Сбросить фильтры» brings every payment back', async () => {
    const { h, root } = await openHistory({ pageSize: 10 });
    const said = recordAnnouncements();
    try {
      await tabTo(byId('q'), 'the search field');
      await sendKeys({ type: 'нет такого получателя' });
      await sendKeys({ press: 'Enter' });
      await until(() => root.querySelector('gu-empty-state'), 'the empty state');
      expect(deepText(root)).to.include('Ничего не найдено');
      await said.until(/Найдено 0 платежей/);
      const reset = root.querySelector<HTMLButtonElement>('[data-reset]')!;
      reset.focus();
      await sendKeys({ press: 'Enter' });
      await h.waitForView('history', (shadow) => rows(shadow).length === 10);
      expect(root.querySelector<HTMLInputElement>('#q')!.value).to.equal('');
      expect(summary(root)).to.include(String(mine().length));
    } finally {
      said.stop();
    }
  });

  it('opening a payment and coming back keeps the page and the filters, and focuses that payment', async () => {
    const completed = () => mine().filter((p) => p.status === 'completed');
    const { h, root } = await openHistory({ pageSize: 3 });
    const status = root.querySelector<HTMLSelectElement>('#status')!;
    await tabTo(byId('status'), 'the status filter');
    while (status.value !== 'completed') await sendKeys({ press: 'ArrowDown' });
    await until(
      () =>
        rowIds(root).join() ===
        completed()
          .slice(0, 3)
          .map((p) => p.id)
          .join(),
      'page 1',
    );
    await tabTo((el) => el.hasAttribute('data-next'), 'the next page');
    await sendKeys({ press: 'Enter' });
    await until(
      () =>
        rowIds(root).join() ===
        completed()
          .slice(3, 6)
          .map((p) => p.id)
          .join(),
      'page 2',
    );
    expect(root.querySelector('.pager')!.textContent).to.include('Страница 2 из');
    expect(deepActiveElement()?.id, 'focus on the count after paging').to.equal('summary');

    const opened = completed()[4]!;
    const button = root.querySelector<HTMLButtonElement>(`li[data-payment-id="${opened.id}"] .open`)!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => h.partElement()?.localName === 'gu-payments-payment', 'the payment view');
    expect(h.widget.paymentId).to.equal(opened.id);

    await h.openSection('История платежей');
    const back = await h.waitForView('history', (shadow) => rows(shadow).length > 0);
    expect(rowIds(back)).to.deep.equal(
      completed()
        .slice(3, 6)
        .map((p) => p.id),
    );
    expect(back.querySelector<HTMLSelectElement>('#status')!.value).to.equal('completed');
    expect(back.querySelector('.pager')!.textContent).to.include('Страница 2 из');
    await until(
      () => (deepActiveElement()?.closest('li') as HTMLElement | null)?.dataset['paymentId'] === opened.id,
      'focus on the payment opened',
    );
  });

  it('reloads when a payment changed (revision.payments went up)', async () => {
    const { h, root } = await openHistory({ pageSize: 5 });
    const requests = recordListRequests(h);
    try {
      const first = mine()[0]!;
      const newest: PaymentRecord = {
        ...structuredClone(getDb().payments.find((p) => p.id === first.id)!),
        id: 'payment-history-test',
        createdAt: new Date().toISOString(),
        status: 'pending',
        receiptAvailable: false,
      };
      delete newest.completedAt;
      getDb().payments.unshift(newest);
      h.partElement()!.dispatchEvent(new PaymentsChangedEvent({ what: ['payments'] }));
      await until(() => requests.queries.length > 0, 'the history asked again');
      await until(() => rowIds(root)[0] === 'payment-history-test', 'the new payment on top');
      expect(rows(root)[0]!.querySelector('.badge')!.textContent!.trim()).to.equal('В ожидании');
    } finally {
      requests.stop();
    }
  });

  it('no payments yet: an empty state and no filters', async () => {
    const { root } = await openHistory({ scenario: 'empty' });
    expect(deepText(root)).to.include('Платежей пока нет');
    expect(root.querySelector('form')).to.equal(null);
    await expectAccessible(root.host as HTMLElement);
  });

  it('a failed load says so; «Повторить» loads it', async () => {
    const h = await mountPayments({
      view: 'history',
      beforeMount: (worker) =>
        worker.use(
          http.get('*/api/payments', () =>
            HttpResponse.json({ code: 'server-error', message: 'Внутренняя ошибка' }, { status: 500 }),
          ),
        ),
    });
    const root = await h.waitForView('history', (shadow) => shadow.querySelector('gu-error-state'), 30_000);
    expect(deepText(root)).to.include('Не удалось загрузить историю платежей');
    h.worker.resetHandlers();
    const retry = root.querySelector('gu-error-state')!.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await h.waitForView('history', (shadow) => rows(shadow).length > 0);
  });

  it('CSV: every payment that matches, over all pages, for Russian Excel', async () => {
    const { h, root } = await openHistory({ pageSize: 3 });
    // More than two export pages (100 a request): the seed's history and 230 older completed payments.
    const template = getDb().payments.find((p) => p.ownerId === 'person-1' && p.status === 'completed')!;
    const oldest = Math.min(...getDb().payments.map((p) => Date.parse(p.createdAt)));
    for (let i = 0; i < 230; i += 1)
      getDb().payments.push({
        ...structuredClone(template),
        id: `payment-csv-${i}`,
        createdAt: new Date(oldest - (i + 1) * 3_600_000).toISOString(),
      });
    const status = root.querySelector<HTMLSelectElement>('#status')!;
    await tabTo(byId('status'), 'the status filter');
    while (status.value !== 'completed') await sendKeys({ press: 'ArrowDown' });
    const completed = mine().filter((p) => p.status === 'completed');
    expect(completed.length).to.be.greaterThan(200);
    await until(() => summary(root).includes(String(completed.length)), 'the filtered count');
    await h.waitForView('history');
    const downloads = catchDownloads();
    const said = recordAnnouncements();
    const requests = recordListRequests(h);
    try {
      await tabTo((el) => el.hasAttribute('data-export'), 'the CSV button');
      await sendKeys({ press: 'Enter' });
      await until(() => downloads.files.length === 1, 'the CSV saved');
      const file = downloads.files[0]!;
      expect(file.name).to.equal('платежи.csv');
      const bytes = new Uint8Array(await (await file.blob).arrayBuffer());
      expect([...bytes.slice(0, 3)], 'UTF-8 BOM').to.deep.equal([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
      const lines = text.split('\r\n').slice(0, -1);
      expect(lines[0]).to.equal(
        '"Дата";"Время";"Номер платежа";"Что оплачено";"УИН";"Категория";"Получатель";"Сумма, ₽";"Способ оплаты";"Статус";"Причина отказа"',
      );
      const cells = lines.slice(1).map((line) => cellsOf(line));
      expect(
        lines.slice(1).every(
          (line) =>
            cellsOf(line)
              .map((c) => `"${c.replaceAll('"', '""')}"`)
              .join(';') === line,
        ),
      ).to.equal(true);
      expect(cells.map((c) => c[2])).to.deep.equal(completed.map((p) => p.id));
      const first = completed[0]!;
      expect(cells[0]![7]).to.equal((first.amount / 100).toFixed(2).replace('.', ','));
      expect(cells[0]![9]).to.equal('Выполнен');
      expect(cells[0]![4]).to.equal(first.items.map((item) => item.uin).join('; '));
      await said.until(new RegExp(`Файл скачан: ${formatted(completed.length)} плат`));
      // Page after page, each with the filter, one request at a time.
      expect(requests.queries.map((q) => [q.get('page'), q.get('pageSize'), q.get('status')])).to.deep.equal(
        [1, 2, 3].map((page) => [String(page), '100', 'completed']),
      );
    } finally {
      downloads.stop();
      said.stop();
      requests.stop();
    }
  });

  it('«Чек» of a completed payment downloads its PDF and says so', async () => {
    const { root } = await openHistory({ pageSize: 10 });
    const downloads = catchDownloads();
    const said = recordAnnouncements();
    try {
      const button = await tabTo((el) => el.hasAttribute('data-receipt'), 'a receipt button');
      const id = (button.closest('li') as HTMLElement).dataset['paymentId']!;
      expect(button.getAttribute('aria-label')).to.match(/^Скачать чек по платежу от .+ на .+₽$/);
      await sendKeys({ press: 'Enter' });
      await until(
        () => {
          const problem = root.querySelector('#problem')?.textContent?.trim();
          if (problem) throw new Error(problem);
          return downloads.files.length === 1;
        },
        'the receipt saved',
        30_000,
      );
      const file = downloads.files[0]!;
      expect(file.name).to.match(/\.pdf$/);
      const blob = await file.blob;
      const head = new TextDecoder().decode(new Uint8Array(await blob.arrayBuffer()).slice(0, 5));
      expect(head).to.equal('%PDF-');
      await said.until(`Чек скачан: ${file.name}`);
      expect(root.querySelector(`li[data-payment-id="${id}"]`)).to.not.equal(null);
    } finally {
      downloads.stop();
      said.stop();
    }
  });

  it('a receipt that cannot be had: the reason is said in the alert region, the row stays', async () => {
    const h = await mountPayments({
      view: 'history',
      pageSize: 10,
      beforeMount: (worker) =>
        worker.use(
          http.get('*/api/payments/:id/receipt', () =>
            HttpResponse.json({ code: 'receipt-unavailable', message: 'Чек ещё не готов' }, { status: 409 }),
          ),
        ),
    });
    const root = await h.waitForView('history', (shadow) => shadow.querySelector('[data-receipt]'));
    const downloads = catchDownloads();
    try {
      await tabTo((el) => el.hasAttribute('data-receipt'), 'a receipt button');
      await sendKeys({ press: 'Enter' });
      const problem = root.querySelector('#problem')!;
      await until(() => problem.textContent?.includes('Не удалось скачать чек.'), 'the failure said');
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(downloads.files).to.have.length(0);
      expect(rows(root).length).to.equal(10);
    } finally {
      downloads.stop();
    }
  });

  it('in English: words, statuses, methods and the CSV (comma, decimal point)', async () => {
    const { root } = await openHistory({ locale: 'en', pageSize: 100 });
    expect(root.querySelector('h3')!.textContent!.trim()).to.equal('Payment history');
    expect(summary(root)).to.equal(`${mine().length} payments found`);
    const words = { completed: 'Completed', pending: 'Pending', declined: 'Declined' } as const;
    const first = mine()[0]!;
    expect(rows(root)[0]!.querySelector('.badge')!.textContent!.trim()).to.equal(words[first.status]);
    const card = mine().find((p) => p.method === 'card');
    if (card) expect(root.querySelector(`li[data-payment-id="${card.id}"]`)!.textContent).to.include('Bank card');
    const downloads = catchDownloads();
    try {
      await tabTo((el) => el.hasAttribute('data-export'), 'the CSV button');
      await sendKeys({ press: 'Enter' });
      await until(() => downloads.files.length === 1, 'the CSV saved');
      expect(downloads.files[0]!.name).to.equal('payments.csv');
      const text = await (await downloads.files[0]!.blob).text();
      const lines = text.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]!.startsWith('"Date","Time","Payment number",')).to.equal(true);
      expect(cellsOf(lines[1]!, ',')[7]).to.equal((first.amount / 100).toFixed(2));
    } finally {
      downloads.stop();
    }
  });
});
