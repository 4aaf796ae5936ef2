import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse, delay } from 'msw';
import { useMockBackend } from '../helpers/mock-backend.js';
import { expectAccessible } from '../helpers/a11y.js';
import { announcerRegion } from '../../components/core/ui/announcer.js';
import { getDb } from '../../mocks/db/index.js';
import { pushStatusChange } from '../../mocks/db/application-extras.js';
import { openLiveStreams } from '../../mocks/db/live-events.js';
import { STATUSES } from '../../components/application-tracker/api.js';
import { csvCell } from '../../components/application-tracker/csv.js';
import type { GuApplicationStatusChangedEvent } from '../../components/application-tracker/events.js';
import { deepActiveElement as deepActive } from '../helpers/perceive.js';
import { firstWith, mountTracker, until, type Harness } from './harness.js';

async function tabTo(match: (el: Element) => boolean, shift = false, max = 40): Promise<Element> {
  for (let i = 0; i < max; i += 1) {
    if (shift) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    if (shift) await sendKeys({ up: 'Shift' });
    const active = deepActive();
    if (active && match(active)) return active;
  }
  throw new Error(`focus never reached the element; last: ${deepActive()?.outerHTML.slice(0, 120)}`);
}

/** The gu-button host of the focused inner <button>, if any. */
const hostOf = (el: Element): Element | null => (el.getRootNode() as ShadowRoot).host ?? null;

function pdf(name = 'Квитанция.pdf', size = 2048): File {
  return new File([new Uint8Array(size)], name, { type: 'application/pdf' });
}

describe('gu-application-tracker', () => {
  let worker: Awaited<ReturnType<typeof useMockBackend>>;
  beforeEach(async () => {
    worker = await useMockBackend('default');
  });

  it('keyboard only: search → open → add a document → back with focus restored', async () => {
    const h = await mountTracker();
    await h.waitForList();
    const target = firstWith('additions-required');
    const input = h.root.querySelector<HTMLInputElement>('#q')!;
    input.focus();
    await sendKeys({ type: target.number });
    await sendKeys({ press: 'Enter' });
    await until(() => h.rowButtons().length === 1 && h.rowButtons()[0]!.dataset['id'] === target.id, 8000, 'search');

    await tabTo((el) => el.matches('button.open'));
    await sendKeys({ press: 'Enter' });
    await until(() => deepActive()?.id === 'detail-heading', 8000, 'focus on the detail heading');
    const detail = h.detail()!;
    expect(detail.querySelector('#detail-heading')!.textContent).to.contain(target.number);

    await tabTo((el) => hostOf(el)?.getAttribute('data-action') === 'add-documents');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActive()?.id === 'upload-heading', 4000, 'focus on the upload heading');
    await tabTo((el) => el.id === 'choose');
    // The OS file picker cannot be driven by keys: hand the chosen file over as the picker would.
    detail.querySelector('gu-application-upload')!.addFiles([pdf()]);
    await until(() => h.upload()?.querySelector('#upload-all'));
    await tabTo((el) => hostOf(el)?.id === 'upload-all');
    const before = target.documents.length;
    await sendKeys({ press: 'Enter' });
    await until(() => h.upload()?.querySelector('li.done'), 8000, 'upload done');
    expect(getDb().applications.find((a) => a.id === target.id)!.documents.length).to.equal(before + 1);

    await tabTo((el) => el.matches('button.btn--link'), true, 60);
    await sendKeys({ press: 'Enter' });
    await until(
      () => (deepActive() as HTMLElement | null)?.dataset?.['id'] === target.id,
      4000,
      'focus back on the row',
    );
    await expectAccessible(h.wrapper);
  });

  it('filters by status, sorts, and shows counts from the server', async () => {
    const h = await mountTracker({ pageSize: 100 });
    await h.waitForList();
    const mine = getDb().applications.filter((a) => a.ownerId === 'person-1');
    const rejected = mine.filter((a) => a.status === 'rejected').length;
    // The filters panel loads alongside the list and shows up when it is in (the list does not wait for it).
    const panel = () => h.root.querySelector('gu-application-filters')?.shadowRoot;
    await until(() => panel()?.querySelector('.statuses label'), 8000, 'the filters panel');
    const labels = [...panel()!.querySelectorAll('.statuses label')].map((l) =>
      l.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(labels).to.include(`Отклонено (${rejected})`);

    const box = [...panel()!.querySelectorAll<HTMLLabelElement>('.statuses label')]
      .find((l) => l.textContent!.includes('Отклонено'))!
      .querySelector('input')!;
    box.click();
    await until(() => h.rows().length === rejected, 8000, 'filtered rows');
    for (const row of h.rows()) expect(row.querySelector('.badge')!.textContent!.trim()).to.equal('Отклонено');
    expect(h.root.querySelector('#list-summary')!.textContent).to.contain(String(rejected));

    const sort = h.root.querySelector<HTMLSelectElement>('#sort')!;
    sort.value = 'submittedAt';
    sort.dispatchEvent(new Event('change'));
    const dates = async () =>
      (await h.tracker.exportCsv())
        .split('\r\n')
        .slice(1, -1)
        .map((line) => line.split(',')[3]!);
    const ascending = async () => {
      const seen = await dates();
      return seen.join() === [...seen].sort().join();
    };
    await until(ascending, 8000, 'ascending dates');
    expect(await dates()).to.have.length(rejected);
    await expectAccessible(h.wrapper);
  });

  it('every status shows exactly the actions it allows', async () => {
    const expected: Record<string, string[]> = {
      draft: ['continue-draft', 'cancel'],
      sent: ['cancel', 'contact-operator'],
      accepted: ['cancel', 'contact-operator'],
      processing: ['contact-operator'],
      'additions-required': ['add-documents', 'contact-operator'],
      approved: ['download-result'],
      done: ['download-result'],
      rejected: ['resubmit', 'contact-operator'],
      cancelled: ['create-new'],
      expired: ['create-new'],
    };
    const h = await mountTracker();
    await h.waitForList();
    for (const status of STATUSES) {
      const detail = await h.openDetail(firstWith(status).id);
      await until(() => detail.querySelector('gu-status-badge')?.getAttribute('tone'));
      const actions = [...detail.querySelectorAll('gu-button[data-action]')].map((b) => b.getAttribute('data-action'));
      expect([...actions].sort(), status).to.deep.equal([...expected[status]!].sort());
      h.detail()!.querySelector<HTMLButtonElement>('button.btn--link')!.click();
      await until(() => !h.root.querySelector('gu-application-detail'));
    }
  });

  it('resubmit of a rejected application fires a cancelable action with the pre-fill', async () => {
    const h = await mountTracker();
    await h.waitForList();
    const rejected = firstWith('rejected');
    const detail = await h.openDetail(rejected.id);
    let prefill: unknown;
    h.wrapper.addEventListener('gu-application-action', (e) => (prefill = e.detail.prefill));
    detail.querySelector<HTMLElement>('gu-button[data-action="resubmit"]')!.click();
    expect(prefill).to.deep.equal({
      serviceId: rejected.serviceId,
      fromApplicationId: rejected.id,
      documentIds: rejected.documents.map((d) => d.id),
    });
  });

  it('cancels after confirmation; a double click sends one request', async () => {
    const h = await mountTracker();
    await h.waitForList();
    const sent = firstWith('sent');
    const detail = await h.openDetail(sent.id);
    const posts: string[] = [];
    worker.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.url.endsWith('/cancel')) posts.push(request.url);
    });
    let changed: GuApplicationStatusChangedEvent | undefined;
    h.wrapper.addEventListener('gu-application-status-changed', (e) => (changed = e));
    detail.querySelector<HTMLElement>('gu-button[data-action="cancel"]')!.click();
    await until(() => detail.querySelector('gu-dialog')?.open);
    await expectAccessible(h.wrapper);
    const confirm = detail.querySelector<HTMLElement>('#confirm-cancel')!;
    confirm.click();
    confirm.click();
    await until(() => changed, 8000, 'status changed');
    expect(changed!.detail.status).to.equal('cancelled');
    expect(posts.length).to.equal(1);
    await until(() => detail.querySelector('gu-status-badge')?.getAttribute('label') === 'Отменено');
    worker.events.removeAllListeners();
  });

  it('shows the server reason when the cancellation is refused (409 after the cut-off)', async () => {
    const h = await mountTracker();
    await h.waitForList();
    const sent = firstWith('sent');
    const detail = await h.openDetail(sent.id);
    detail.querySelector<HTMLElement>('gu-button[data-action="cancel"]')!.click();
    await until(() => detail.querySelector('gu-dialog')?.open);
    sent.status = 'processing'; // the agency started meanwhile
    detail.querySelector<HTMLElement>('#confirm-cancel')!.click();
    await until(() => detail.querySelector('gu-dialog gu-alert'), 8000, 'refusal');
    const alert = detail.querySelector('gu-dialog gu-alert')!;
    expect(alert.getAttribute('heading')).to.equal('Заявление нельзя отменить');
    expect(alert.textContent).to.contain('ведомство уже приступило');
    await expectAccessible(h.wrapper);
  });

  it('shows and announces the loading state only when the first answer is slow (no flash for a quick one)', async () => {
    // The tracker's 200 ms "is it slow?" timer is held by the test and fired when the test says: which answer is
    // quick and which is slow is decided here, not by the machine's load.
    const held: Array<() => void> = [];
    const realSetTimeout = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
      if (ms === 200 && typeof handler === 'function' && !new Error().stack?.includes('/mocks/')) {
        held.push(() => (handler as () => void)());
        return 0;
      }
      return realSetTimeout(handler, ms, ...args);
    }) as typeof window.setTimeout;
    try {
      // Every <gu-loading-state> the tracker ever renders, whatever happens after.
      const seen: Element[] = [];
      const watch = (root: ShadowRoot) => {
        const observer = new MutationObserver(() => seen.push(...root.querySelectorAll('gu-loading-state')));
        observer.observe(root, { childList: true, subtree: true });
        return observer;
      };
      const quick = await mountTracker();
      const quickWatch = watch(quick.root);
      await quick.waitForList();
      for (const fire of held.splice(0)) fire(); // 200 ms pass after the answer came
      await quick.tracker.updateComplete;
      quickWatch.disconnect();
      expect(seen, 'a quick answer paints the list without a loading state').to.have.length(0);

      let answer!: () => void;
      const answered = new Promise<void>((resolve) => (answer = resolve));
      worker.use(
        // Waits until the test lets it go, then leaves the answer to the mock's own handler.
        http.get('*/api/applications', async () => {
          await answered;
        }),
      );
      const slow = await mountTracker();
      watch(slow.root);
      await until(() => held.length > 0, 4000, 'the slow-answer timer');
      for (const fire of held.splice(0)) fire(); // 200 ms pass with no answer
      await until(
        () => slow.root.querySelector('gu-loading-state')?.shadowRoot?.textContent?.includes('Загружаем'),
        4000,
        'loading state',
      );
      const status = slow.root.querySelector('gu-loading-state')!.shadowRoot!.querySelector('[role="status"]')!;
      expect(status.textContent).to.contain('Загружаем заявления');
      await expectAccessible(slow.wrapper);
      answer();
      await slow.waitForList();
      expect(slow.root.querySelector('gu-loading-state')).to.equal(null);
      expect(slow.rows().length).to.be.greaterThan(0);
    } finally {
      window.setTimeout = realSetTimeout;
    }
  });

  it('a malformed row becomes a per-row error, the rest of the list stays', async () => {
    worker.use(
      http.get('*/api/applications', () => {
        const items = getDb()
          .applications.filter((a) => a.ownerId === 'person-1')
          .slice(0, 3)
          .map(({ ownerId: _o, timeline: _t, documents: _d, allowedActions: _a, ...summary }) => summary);
        const counts = Object.fromEntries(STATUSES.map((s) => [s, 0]));
        return HttpResponse.json({
          items: [items[0], { ...items[1], status: 'teleported' }, items[2]],
          total: 3,
          page: 1,
          pageSize: 20,
          countsByStatus: counts,
        });
      }),
    );
    const h = await mountTracker();
    await h.waitForList();
    expect(h.rows().length).to.equal(3);
    expect(h.rowButtons().length).to.equal(2);
    await until(() => h.rows()[1]!.textContent!.includes('не удалось показать'), 4000, 'the row error');
    await expectAccessible(h.wrapper);
  });

  it('renders hostile server strings as text', async () => {
    const processing = firstWith('processing');
    processing.serviceTitle = '<img src=x onerror="window.__xss=1">Загранпаспорт';
    processing.timeline.push({
      status: 'processing',
      at: new Date().toISOString(),
      actor: 'operator',
      comment: '<b>жирный</b>',
    });
    const h = await mountTracker({ pageSize: 100 });
    await h.waitForList();
    const button = h.rowButtons().find((b) => b.dataset['id'] === processing.id)!;
    expect(button.textContent).to.contain('<img src=x');
    expect(h.root.querySelector('img')).to.equal(null);
    const detail = await h.openDetail(processing.id);
    expect(detail.querySelector('b')).to.equal(null);
    expect(detail.textContent).to.contain('<b>жирный</b>');
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('live status: a pushed change updates the row, is announced and fires the event', async () => {
    const h = await mountTracker({ pollInterval: 60_000 });
    await h.waitForList();
    const id = h.rowButtons()[0]!.dataset['id']!;
    const application = getDb().applications.find((a) => a.id === id)!;
    await until(() => openLiveStreams() === 1, 8000, 'the event stream open');
    let event: GuApplicationStatusChangedEvent | undefined;
    h.wrapper.addEventListener('gu-application-status-changed', (e) => (event = e));
    const next = application.status === 'approved' ? 'done' : 'approved';
    pushStatusChange(id, next);
    await until(() => event, 4000, 'status event');
    expect(event!.detail.applicationId).to.equal(id);
    expect(event!.detail.status).to.equal(next);
    const row = h
      .rowButtons()
      .find((b) => b.dataset['id'] === id)!
      .closest('li')!;
    await until(() => row.querySelector('.unread'));
    await until(() => announcerRegion('polite').textContent!.includes(application.number), 4000, 'announcement');
  });

  it('refuses wrong type and size before upload; shows progress; cancel and retry keep the file', async () => {
    const h = await mountTracker();
    await h.waitForList();
    const detail = await h.openDetail(firstWith('additions-required').id);
    const upload = detail.querySelector('gu-application-upload')!;
    const posts: string[] = [];
    worker.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.url.endsWith('/documents')) posts.push(request.url);
    });
    upload.addFiles([
      new File(['MZ'], 'virus.exe', { type: 'application/x-msdownload' }),
      new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.pdf', { type: 'application/pdf' }),
    ]);
    await until(() => h.upload()!.querySelectorAll('li.refused').length === 2);
    expect(h.upload()!.textContent).to.contain('Неподходящий формат');
    expect(h.upload()!.textContent).to.contain('больше 10 МБ');
    expect(h.upload()!.querySelector<HTMLElement>('#upload-all')!.hasAttribute('disabled')).to.equal(true);

    // Slow server: progress shows, then the citizen stops it; the file stays.
    worker.use(
      http.post('*/api/applications/:id/documents', async () => {
        await delay(5000);
        return HttpResponse.json({}, { status: 500 });
      }),
    );
    upload.addFiles([pdf('Справка.pdf', 50_000)]);
    await until(() => !h.upload()!.querySelector<HTMLElement>('#upload-all')!.hasAttribute('disabled'));
    h.upload()!.querySelector<HTMLElement>('#upload-all')!.click();
    await until(() => h.upload()!.querySelector('progress'), 4000, 'progress');
    await expectAccessible(h.wrapper);
    h.upload()!.querySelector<HTMLElement>('[data-role="cancel"]')!.click();
    await until(() => h.upload()!.querySelector('li.cancelled'), 4000, 'cancelled');
    expect(h.upload()!.querySelector('li.cancelled')!.textContent).to.contain('Справка.pdf');

    // A failing server: the file stays for a retry.
    worker.resetHandlers();
    worker.use(
      http.post('*/api/applications/:id/documents', () =>
        HttpResponse.json({ code: 'x', message: 'x' }, { status: 500 }),
      ),
    );
    h.upload()!.querySelector<HTMLElement>('[data-role="retry"]')!.click();
    await until(() => h.upload()!.querySelector('li.failed'), 4000, 'failed');
    expect(h.upload()!.querySelector('li.failed')!.textContent).to.contain('Справка.pdf');

    // The server is back: retry uploads the kept file.
    worker.resetHandlers();
    h.upload()!.querySelector<HTMLElement>('[data-role="retry"]')!.click();
    await until(() => h.upload()!.querySelector('li.done'), 8000, 'done');
    expect(posts.length).to.equal(3);
    worker.events.removeAllListeners();
  });

  it('keeps a typed message when the session expires and shows it again after sign-in', async () => {
    // The session keeps the draft (session.drafts; the real one: test/core/session/drafts.test.ts); the DOM does not.
    const kept = new Map<string, unknown>();
    const drafts = {
      keep: (name: string, value: unknown) => void kept.set(name, value),
      take: (name: string) => kept.get(name),
      has: () => kept.size > 0,
    };
    const h = await mountTracker({ session: { drafts } });
    await h.waitForList();
    const detail = await h.openDetail(firstWith('processing').id);
    detail.querySelector<HTMLElement>('gu-button[data-action="contact-operator"]')!.click();
    await until(() => detail.querySelector('#message'));
    detail.querySelector<HTMLTextAreaElement>('#message')!.value = 'Мой вопрос';
    window.dispatchEvent(new CustomEvent('gu-session-ending', { detail: { reason: 'idle-timeout' } }));
    h.session.update({ status: 'expired', reason: 'idle-timeout' });
    await until(() => h.root.querySelector('gu-session-notice'));
    expect(h.detail(), 'nothing of the citizen’s stays in the DOM').to.equal(undefined);
    h.session.update({ status: 'signed-in', reason: undefined });
    await until(() => h.detail()?.querySelector<HTMLTextAreaElement>('#message')?.value === 'Мой вопрос');
  });

  it('exports formula-safe CSV', async () => {
    const first = getDb().applications.filter((a) => a.ownerId === 'person-1')[0]!;
    first.serviceTitle = '=HYPERLINK("http://evil","x")';
    const h = await mountTracker({ pageSize: 100 });
    await h.waitForList();
    const csv = await h.tracker.exportCsv();
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).to.equal('"Номер","Услуга","Ведомство","Подано","Статус","Срок решения","Новое"');
    expect(lines.length - 2).to.equal(h.rowButtons().length);
    expect(csv).to.contain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('-1+2')).to.equal(`"'-1+2"`);
    expect(csvCell('@SUM(A1)')).to.equal(`"'@SUM(A1)"`);
    expect(csvCell('+7 900')).to.equal(`"'+7 900"`);
  });

  it('speaks English', async () => {
    const h: Harness = await mountTracker({ locale: 'en' });
    await h.waitForList();
    expect(h.root.querySelector('h2')!.textContent).to.equal('My applications');
    expect(h.root.querySelector('#list-summary')!.textContent).to.match(/applications found/);
    const detail = await h.openDetail(firstWith('rejected').id);
    expect(detail.querySelector('#detail-heading')!.textContent).to.match(/^Application No\. \d{10}$/);
    expect(detail.querySelector('gu-button[data-action="resubmit"]')!.textContent!.trim()).to.equal(
      'Correct and resubmit',
    );
    await expectAccessible(h.wrapper);
  });

  it('shows the session notice when signed out', async () => {
    const h = await mountTracker({ session: { status: 'signed-out' } });
    await until(() => h.root.querySelector('gu-session-notice'));
    expect(h.root.querySelector('ol.rows')).to.equal(null);
    await expectAccessible(h.wrapper);
  });
});
