/**
 * Issue 12, defect 4: «Введённые данные сохранятся». What the citizen typed survives the end of the session AND the
 * portal's navigation (the widget unmounted, a new one mounted after sign-in): the session keeps it in memory for the
 * same citizen on the same route. Another citizen never sees it; nothing is written to web storage.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/application-tracker/gu-application-tracker.js';
import '../../../components/verification/gu-verification.js';
import type { GuSession } from '../../../components/core/session/session-element.js';
import type { GuVerification } from '../../../components/verification/verification.js';
import type { GuApplicationTracker } from '../../../components/application-tracker/application-tracker.js';
import { getDb } from '../../../mocks/db/index.js';
import { resetVerificationMock, setContactsConfirmed } from '../../../mocks/verification/index.js';
import { deepText, isPerceivable } from '../../helpers/perceive.js';
import { byLabel, part, tabTo, until } from '../../verification/harness.js';
import { freshSession, mountSession, signInEmbedded, waitForStatus } from './session-harness.js';
import { installFakeIdleClock, type FakeIdleClock } from './fake-idle-clock.js';

/** Everything in web storage and the names of the IndexedDB databases, as one text. */
async function webStorage(): Promise<string> {
  const dump: string[] = [document.cookie];
  for (const storage of [localStorage, sessionStorage]) {
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index)!;
      dump.push(key, storage.getItem(key) ?? '');
    }
  }
  dump.push(...(await indexedDB.databases()).map((database) => database.name ?? ''));
  return dump.join('\n');
}

/** A portal page: the session around a view the "router" mounts widgets into. */
async function portalPage(): Promise<{ session: GuSession; view: HTMLElement }> {
  const session = await mountSession(
    {},
    html`<main>
      <h1>Личный кабинет</h1>
      <gu-session-notice></gu-session-notice>
      <div id="view"></div>
    </main>`,
  );
  return { session, view: session.querySelector<HTMLElement>('#view')! };
}

/** The portal's navigation: whatever was mounted goes, `tag` is mounted anew. */
function navigate<T extends HTMLElement>(view: HTMLElement, tag?: string): T | undefined {
  view.replaceChildren();
  if (!tag) return undefined;
  const element = document.createElement(tag) as T;
  view.append(element);
  return element;
}

function field(widget: GuVerification, name: string): HTMLInputElement | null {
  return part(widget).querySelector<HTMLInputElement>(`[name="${name}"]`);
}

/** Expires the session through the idle timer (fake clock), then the portal navigates home (widget unmounted). */
async function expireAndGoHome(clock: FakeIdleClock, session: GuSession, view: HTMLElement): Promise<void> {
  clock.advance(901_000);
  await waitForStatus(session, ['expired']);
  navigate(view);
}

describe('drafts: typed data survives the end of the session and the portal’s navigation (issue 12, defect 4)', function () {
  this.timeout(90_000);
  let clock: FakeIdleClock;
  beforeEach(async () => {
    clock = installFakeIdleClock();
    await freshSession();
    resetVerificationMock();
    setContactsConfirmed('person-4', { phone: true, email: true }); // the passport form needs confirmed contacts
  });
  afterEach(() => clock.uninstall());

  /** Signs in `simplified`, opens the passport form, types two fields. */
  async function typePassport(): Promise<{ session: GuSession; view: HTMLElement; before: string }> {
    const { session, view } = await portalPage();
    await signInEmbedded(session, 'simplified');
    await waitForStatus(session, ['signed-in']);
    const widget = navigate<GuVerification>(view, 'gu-verification')!;
    await until(() => widget.shadowRoot?.querySelector('[data-current-level]'), 'overview');
    const before = await webStorage();
    widget.step = 'standard';
    await until(() => field(widget, 'issuedBy'), 'the passport form');
    await tabTo(byLabel('Кем выдан'), 'issued by');
    await sendKeys({ type: 'ОВД района Арбат' });
    await tabTo(byLabel('Место рождения'), 'birth place');
    await sendKeys({ type: 'г. Тула' });
    return { session, view, before };
  }

  it('verification: the same citizen signs in again and the passport form is filled as they left it', async () => {
    const { session, view, before } = await typePassport();
    await expireAndGoHome(clock, session, view);
    expect(deepText(document.body)).not.to.include('Арбат');
    const notice = session.querySelector('gu-session-notice')!;
    await until(() => deepText(notice).includes('Введённые данные сохранены'), 'the notice says drafts are kept');
    expect(isPerceivable(notice)).to.equal(true);
    const storage = await webStorage();
    expect(storage).not.to.include('Арбат');
    expect(storage).not.to.include('Тула');
    expect(storage, 'web storage unchanged').to.equal(before);

    await signInEmbedded(session, 'simplified');
    await waitForStatus(session, ['signed-in']);
    const widget = navigate<GuVerification>(view, 'gu-verification')!;
    await until(() => field(widget, 'issuedBy')?.value === 'ОВД района Арбат', 'the draft restored');
    expect(field(widget, 'birthPlace')!.value).to.equal('г. Тула');
  });

  it('verification: another citizen signing in gets an empty form, and the draft is gone for good', async () => {
    const { session, view } = await typePassport();
    await expireAndGoHome(clock, session, view);
    await signInEmbedded(session, 'standard');
    await waitForStatus(session, ['signed-in']);
    let widget = navigate<GuVerification>(view, 'gu-verification')!;
    await until(() => widget.shadowRoot?.querySelector('[data-current-level]'), 'overview of the other citizen');
    expect(widget.step).to.equal('overview');
    expect(deepText(document.body)).not.to.include('Арбат');
    await session.session.signOut();
    await waitForStatus(session, ['signed-out']);
    // The first citizen again: their draft was dropped when someone else signed in.
    await signInEmbedded(session, 'simplified');
    await waitForStatus(session, ['signed-in']);
    widget = navigate<GuVerification>(view, 'gu-verification')!;
    await until(() => widget.shadowRoot?.querySelector('[data-current-level]'), 'overview');
    expect(widget.step).to.equal('overview');
    expect(deepText(document.body)).not.to.include('Арбат');
  });

  it('tracker: the open application and the typed message come back to the same citizen', async () => {
    const { session, view } = await portalPage();
    await signInEmbedded(session, 'confirmed');
    await waitForStatus(session, ['signed-in']);
    let tracker = navigate<GuApplicationTracker>(view, 'gu-application-tracker')!;
    tracker.pollInterval = 0;
    await until(() => tracker.shadowRoot!.querySelector('ol.rows li'), 'the list');
    const application = getDb().applications.find((a) => a.ownerId === 'person-1' && a.status === 'processing')!;
    await tracker.openApplication(application.id, application.number);
    const detail = () => tracker.shadowRoot!.querySelector('gu-application-detail')?.shadowRoot;
    await until(() => detail()?.querySelector('gu-button[data-action="contact-operator"]'), 'the detail');
    detail()!.querySelector<HTMLElement>('gu-button[data-action="contact-operator"]')!.click();
    await until(() => detail()!.activeElement?.id === 'message', 'the message field focused');
    await sendKeys({ type: 'Когда будет решение?' });

    await expireAndGoHome(clock, session, view);
    expect(deepText(document.body)).not.to.include('Когда будет решение?');
    expect(await webStorage()).not.to.include('Когда будет решение?');

    await signInEmbedded(session, 'confirmed');
    await waitForStatus(session, ['signed-in']);
    tracker = navigate<GuApplicationTracker>(view, 'gu-application-tracker')!;
    tracker.pollInterval = 0;
    await until(
      () => detail()?.querySelector<HTMLTextAreaElement>('#message')?.value === 'Когда будет решение?',
      'the message restored',
    );
    expect(deepText(detail()!)).to.include(application.number);
  });

  it('the citizen’s own «Выйти» keeps nothing', async () => {
    const { session, view } = await typePassport();
    window.dispatchEvent(new CustomEvent('gu-session-ending', { detail: { reason: 'idle-timeout' } }));
    await session.session.signOut();
    await waitForStatus(session, ['signed-out']);
    navigate(view);
    await signInEmbedded(session, 'simplified');
    await waitForStatus(session, ['signed-in']);
    const widget = navigate<GuVerification>(view, 'gu-verification')!;
    await until(() => widget.shadowRoot?.querySelector('[data-current-level]'), 'overview');
    expect(widget.step).to.equal('overview');
  });
});
