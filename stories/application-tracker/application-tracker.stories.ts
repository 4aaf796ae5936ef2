import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { http, HttpResponse, delay } from 'msw';
import '../../components/application-tracker/gu-application-tracker.js';
import type { GuApplicationTracker } from '../../components/application-tracker/application-tracker.js';
import { STATUSES, type ApplicationStatus } from '../../components/application-tracker/api.js';
import { getDb } from '../../mocks/db/index.js';
import { pushStatusChange } from '../../mocks/db/application-extras.js';
import { openLiveStreams } from '../../mocks/db/live-events.js';
import { startMockWorker } from '../../mocks/browser.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { Session } from '../../components/core/session/session-context.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

interface TrackerArgs {
  pageSize: number;
  pollInterval: number;
  session: Partial<Session>;
}

/** Renders the tracker inside a wrapper that provides a session, as <gu-session> would. */
function renderTracker(args: TrackerArgs): HTMLElement {
  const wrapper = document.createElement('div');
  provideTestSession(wrapper, args.session);
  const tracker = document.createElement('gu-application-tracker');
  tracker.pageSize = args.pageSize;
  tracker.pollInterval = args.pollInterval;
  wrapper.append(tracker);
  return wrapper;
}

/** A list answer whose third row breaks the schema (a number where a date belongs). */
function malformedRowHandler() {
  return http.get('*/api/applications', () => {
    const items = getDb()
      .applications.filter((a) => a.ownerId === 'person-1')
      .slice(0, 5)
      .map(({ ownerId: _o, timeline: _t, documents: _d, allowedActions: _a, ...summary }) => summary);
    const broken = { ...items[2]!, submittedAt: 42 };
    const countsByStatus = Object.fromEntries(STATUSES.map((status) => [status, 0]));
    for (const item of items) countsByStatus[item.status]! += 1;
    return HttpResponse.json({
      items: [items[0], items[1], broken, items[3], items[4]],
      total: 5,
      page: 1,
      pageSize: 20,
      countsByStatus,
    });
  });
}

const tracker = (root: HTMLElement): GuApplicationTracker => root.querySelector('gu-application-tracker')!;
const shadow = (root: HTMLElement): ShadowRoot => tracker(root).shadowRoot!;

async function until(check: () => unknown, timeoutMs = 8000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('story did not reach its state in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const listShown = (root: HTMLElement) =>
  until(() => shadow(root).querySelector('ol.rows, gu-empty-state, gu-error-state'));

/** The first application of the default citizen in a status. */
function firstWith(status: ApplicationStatus): string {
  return getDb().applications.find((a) => a.ownerId === 'person-1' && a.status === status)!.id;
}

function detailOf(status: ApplicationStatus, then?: (detail: ShadowRoot) => Promise<void>) {
  return async (root: HTMLElement): Promise<void> => {
    await listShown(root);
    await tracker(root).openApplication(firstWith(status));
    const detail = () => shadow(root).querySelector('gu-application-detail')?.shadowRoot;
    await until(() => detail()?.querySelector('#detail-heading'));
    if (then) await then(detail()!);
  };
}

const meta = {
  title: 'Widgets/Application tracker',
  component: 'gu-application-tracker',
  render: (args) => renderTracker(args),
  args: { pageSize: 20, pollInterval: 0, session: {} },
  parameters: { sweep: { ready: listShown } } satisfies StoryParameters,
} satisfies Meta<TrackerArgs>;
export default meta;

type Story = StoryObj<TrackerArgs> & { parameters?: StoryParameters };

export const AFew = withLowVision({} satisfies Story, renderTracker);
export const Empty: Story = { parameters: { scenario: 'empty' } };
/** The slow scenario: the loading state shows first. */
export const Loading: Story = {
  parameters: { scenario: 'slow', sweep: { ready: () => Promise.resolve() } },
};
/** 10 000 applications, 50 per page. */
export const TenThousand: Story = { args: { pageSize: 50 }, parameters: { scenario: 'large' } };
/** Every status in one page. */
export const EveryStatus: Story = { args: { pageSize: 60 } };
export const ServerError: Story = { parameters: { scenario: 'server-error' } };
export const Offline: Story = { parameters: { scenario: 'offline' } };
/** The whole answer breaks the schema: an error state with «Повторить». */
export const Malformed: Story = { parameters: { scenario: 'malformed' } };
/** One malformed row among good ones: a per-row error, the rest of the list shown. */
export const MalformedRow: Story = {
  render: (args) => {
    const wrapper = document.createElement('div');
    void startMockWorker({ quiet: true }).then((worker) => {
      worker.use(malformedRowHandler());
      wrapper.append(renderTracker(args));
    });
    return wrapper;
  },
  parameters: {
    sweep: { ready: (root) => until(() => root.querySelector('gu-application-tracker') && listShown(root)) },
  },
};
const noticeShown = (root: HTMLElement) =>
  until(() => shadow(root).querySelector('gu-session-notice')?.shadowRoot?.textContent);
export const SignedOut: Story = {
  args: { session: { status: 'signed-out' } },
  parameters: { sweep: { ready: noticeShown } },
};
export const SessionExpired: Story = {
  args: { session: { status: 'expired', reason: 'idle-timeout' } },
  parameters: { sweep: { ready: noticeShown } },
};

export const DetailDraft: Story = { parameters: { sweep: { ready: detailOf('draft') } } };
export const DetailSentCancellable: Story = { parameters: { sweep: { ready: detailOf('sent') } } };
export const DetailProcessing: Story = { parameters: { sweep: { ready: detailOf('processing') } } };
export const DetailAdditionsRequired: Story = { parameters: { sweep: { ready: detailOf('additions-required') } } };
export const DetailApproved: Story = { parameters: { sweep: { ready: detailOf('approved') } } };
export const DetailDone: Story = { parameters: { sweep: { ready: detailOf('done') } } };
export const DetailRejected: Story = { parameters: { sweep: { ready: detailOf('rejected') } } };
export const DetailCancelled: Story = { parameters: { sweep: { ready: detailOf('cancelled') } } };
export const DetailExpired: Story = { parameters: { sweep: { ready: detailOf('expired') } } };

/** The cancel confirmation (an alert dialog). */
export const CancelConfirmation: Story = {
  parameters: {
    sweep: {
      ready: detailOf('sent', async (detail) => {
        detail.querySelector<HTMLElement>('gu-button[data-action="cancel"]')!.click();
        await until(() => detail.querySelector('gu-dialog')?.open);
      }),
    },
  },
};

/** The cancellation refused after the cut-off: the server's reason in the dialog. */
export const CancelRefused: Story = {
  parameters: {
    sweep: {
      ready: detailOf('sent', async (detail) => {
        detail.querySelector<HTMLElement>('gu-button[data-action="cancel"]')!.click();
        await until(() => detail.querySelector('gu-dialog')?.open);
        const id = firstWith('sent');
        getDb().applications.find((a) => a.id === id)!.status = 'processing'; // the agency started meanwhile
        detail.querySelector<HTMLElement>('#confirm-cancel')!.click();
        await until(() => detail.querySelector('gu-dialog gu-alert'));
      }),
    },
  },
};

/** «Связаться с оператором»: the message thread after one message. */
export const ContactOperator: Story = {
  parameters: {
    sweep: {
      ready: detailOf('processing', async (detail) => {
        detail.querySelector<HTMLElement>('gu-button[data-action="contact-operator"]')!.click();
        await until(() => detail.querySelector('#message'));
        detail.querySelector<HTMLTextAreaElement>('#message')!.value = 'Срок рассмотрения прошёл. Что с заявлением?';
        detail.querySelector<HTMLElement>('.message-form gu-button')!.click();
        await until(() => detail.querySelectorAll('ol.thread li').length >= 2);
      }),
    },
  },
};

function uploadOf(detail: ShadowRoot): ShadowRoot {
  return detail.querySelector('gu-application-upload')!.shadowRoot!;
}

function addFiles(detail: ShadowRoot, files: File[]): void {
  const upload = detail.querySelector('gu-application-upload')!;
  upload.addFiles(files);
}

/** Chosen files: one ready, one refused before upload (wrong type). */
export const UploadChosen: Story = {
  parameters: {
    sweep: {
      ready: detailOf('additions-required', async (detail) => {
        addFiles(detail, [
          new File(['%PDF-1.4'], 'Квитанция.pdf', { type: 'application/pdf' }),
          new File(['MZ'], 'program.exe', { type: 'application/x-msdownload' }),
        ]);
        await until(() => uploadOf(detail).querySelectorAll('li').length === 2);
      }),
    },
  },
};

/** An upload in progress (the server answers slowly). */
export const UploadProgress: Story = {
  parameters: {
    sweep: {
      ready: detailOf('additions-required', async (detail) => {
        const worker = await startMockWorker({ quiet: true });
        worker.use(
          http.post('*/api/applications/:id/documents', async () => {
            await delay('infinite');
            return HttpResponse.json({});
          }),
        );
        addFiles(detail, [new File([new Uint8Array(200_000)], 'Скан паспорта.png', { type: 'image/png' })]);
        await until(() => uploadOf(detail).querySelector('#upload-all'));
        uploadOf(detail).querySelector<HTMLElement>('#upload-all')!.click();
        await until(() => uploadOf(detail).querySelector('progress'));
      }),
    },
  },
};

/** A failed upload keeps the file and offers a retry. */
export const UploadError: Story = {
  parameters: {
    sweep: {
      ready: detailOf('additions-required', async (detail) => {
        const worker = await startMockWorker({ quiet: true });
        worker.use(http.post('*/api/applications/:id/documents', () => HttpResponse.json({}, { status: 500 })));
        addFiles(detail, [new File(['%PDF-1.4'], 'Справка.pdf', { type: 'application/pdf' })]);
        await until(() => uploadOf(detail).querySelector('#upload-all'));
        uploadOf(detail).querySelector<HTMLElement>('#upload-all')!.click();
        await until(() => uploadOf(detail).querySelector('[data-role="retry"]'));
      }),
    },
  },
};

/** A status change pushed by the mock arrives over the page's event stream without reload and is announced. */
export const LiveUpdate: Story = {
  args: { pollInterval: 60_000 },
  parameters: {
    sweep: {
      ready: async (root) => {
        await listShown(root);
        const first = shadow(root).querySelector<HTMLElement>('button.open')!.dataset['id']!;
        const application = getDb().applications.find((a) => a.id === first)!;
        await until(() => openLiveStreams() > 0); // the stream is open: the change is streamed
        pushStatusChange(first, application.status === 'approved' ? 'done' : 'approved', 'Решение принято');
        await until(() =>
          shadow(root).querySelector(`button.open[data-id="${first}"]`)?.closest('li')?.querySelector('.unread'),
        );
      },
    },
  },
};

/** The chart by status and by month, with its data tables and summary (chart.js loaded on demand). */
export const Chart: Story = {
  parameters: {
    sweep: {
      ready: async (root) => {
        await listShown(root);
        const toggle = [...shadow(root).querySelectorAll<HTMLButtonElement>('button[aria-expanded]')][0]!;
        toggle.click();
        await until(() => shadow(root).querySelector('gu-application-chart')?.shadowRoot?.querySelector('table'));
      },
    },
  },
};

/** Server strings with markup render as text. */
export const HostileText: Story = {
  parameters: {
    sweep: {
      ready: detailOf('processing', async () => undefined),
    },
  },
  render: (args) => {
    const application = getDb().applications.find((a) => a.ownerId === 'person-1' && a.status === 'processing')!;
    application.serviceTitle = '<img src=x onerror="window.__xss=1">Загранпаспорт';
    application.timeline.push({
      status: 'processing',
      at: new Date().toISOString(),
      actor: 'operator',
      comment: '<script>window.__xss=2</script><b>жирный</b>',
    });
    return renderTracker(args);
  },
};
