/**
 * Issue 12, defect 3: after sign-out or idle expiry nothing personal stays on the page — neither rendered nor in the
 * DOM (a screen reader or a text search reads the DOM) — and the page says «Вы вышли из системы» once, not once per
 * widget. The real session on the mock provider, the real widgets; the idle timer driven by a fake clock.
 */
import { expect, html } from '@open-wc/testing';
import { until } from '../../helpers/until.js';
import type { TemplateResult } from 'lit';
import '../../../components/application-tracker/gu-application-tracker.js';
import '../../../components/verification/gu-verification.js';
import type { GuApplicationTracker } from '../../../components/application-tracker/application-tracker.js';
import type { GuSession } from '../../../components/core/session/session-element.js';
import { getDb } from '../../../mocks/db/index.js';
import { resetVerificationMock } from '../../../mocks/verification/index.js';
import { deepText, expectNoText, isPerceivable, recordAnnouncements } from '../../helpers/perceive.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { freshSession, mountSession, signInEmbedded, waitForStatus } from './session-harness.js';
import { installFakeIdleClock, type FakeIdleClock } from './fake-idle-clock.js';

/** Every element (shadow roots included) whose own text nodes contain `text` and that a sighted user sees. */
export function perceivableWithText(text: string, root: Node = document.body): Element[] {
  const found: Element[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Element) {
      const own = [...node.childNodes]
        .filter((child) => child.nodeType === Node.TEXT_NODE)
        .map((child) => child.textContent ?? '')
        .join('');
      if (own.includes(text) && isPerceivable(node)) found.push(node);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}

/** The levels of the headings a sighted user sees, in the composed tree's order. */
export function perceivableHeadingLevels(root: Node = document.body): number[] {
  return deepQueryAll('h1', root, /^h[1-6]$/)
    .filter((heading) => isPerceivable(heading))
    .map((heading) => Number(heading.localName.slice(1)));
}

/** Every element of `tag` (or whose tag matches `pattern`) in the page, shadow roots included. */
export function deepQueryAll(tag: string, root: Node = document.body, pattern?: RegExp): Element[] {
  const found: Element[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Element) {
      if (pattern ? pattern.test(node.localName) : node.localName === tag) found.push(node);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}

interface SignedInPage {
  session: GuSession;
  tracker: GuApplicationTracker;
  /** What the citizen's data looks like on the page: must all be gone after the session ends. */
  personal: string[];
}

/** Signs in the confirmed citizen and renders the tracker (list + an opened detail) and verification. */
async function signedInPage(content: TemplateResult): Promise<SignedInPage> {
  await freshSession();
  resetVerificationMock();
  const session = await mountSession({}, content);
  await signInEmbedded(session, 'confirmed');
  await waitForStatus(session, ['signed-in']);
  const tracker = session.querySelector('gu-application-tracker')!;
  const verification = session.querySelector('gu-verification')!;
  await until(() => tracker.shadowRoot!.querySelector('ol.rows:not([aria-busy]) li'), 'the list');
  await until(() => verification.shadowRoot!.querySelector('[data-current-level]'), 'the verification overview');
  const person = getDb().persons.find((p) => p.id === 'person-1')!;
  const mine = getDb().applications.filter((a) => a.ownerId === 'person-1');
  const listed = mine.filter((a) => deepText(tracker).includes(a.number));
  expect(listed.length, 'the list shows the citizen’s applications').to.be.greaterThan(0);
  const opened = listed[0]!;
  await tracker.openApplication(opened.id, opened.number);
  const detail = () => tracker.shadowRoot!.querySelector('gu-application-detail')?.shadowRoot;
  await until(() => detail()?.querySelector('#detail-heading'), 'the detail');
  await until(() => deepText(detail()!).includes(opened.number), 'the detail’s number');
  const citizen = session.session.citizen!;
  const personal = [
    citizen.name,
    person.surname,
    person.snils,
    citizen.snilsMasked!,
    person.email,
    citizen.emailMasked!,
    citizen.phoneMasked!,
    ...listed.map((a) => a.number),
    opened.serviceTitle,
  ];
  // Sanity: the data is really on the page before the session ends (else the test would prove nothing).
  const before = deepText(document.body);
  for (const value of [...listed.map((a) => a.number), opened.serviceTitle]) expect(before).to.include(value);
  return { session, tracker, personal };
}

/** The page after the session ended: nothing personal rendered or in the DOM, one notice, headings in order. */
async function expectNothingPersonal(page: SignedInPage, notice: string): Promise<void> {
  await until(() => perceivableWithText(notice).length > 0, `the notice «${notice}»`);
  // Settle: every widget has re-rendered for the new snapshot.
  await page.tracker.updateComplete;
  // Wait for the state (widgets re-render asynchronously), then say exactly what is left if it never comes.
  await until(
    () => page.personal.every((value) => !deepText(document.body).includes(value)),
    'no personal data',
    5000,
  ).catch(() => undefined);
  expectNoText(document.body, page.personal, 'after the session ended');
  const seen = perceivableWithText(notice);
  expect(seen.length, `«${notice}» is perceivable exactly once (${seen.map((e) => e.localName).join(', ')})`).to.equal(
    1,
  );
  const notices = deepQueryAll('gu-session-notice').filter((n) => isPerceivable(n));
  expect(notices.length, 'one session notice is perceivable').to.equal(1);
  // The notice's heading follows the page's h1: no h1 → h3 skip (axe heading-order, and directly).
  const levels = perceivableHeadingLevels();
  expect(levels[0], 'the page heading').to.equal(1);
  for (let i = 1; i < levels.length; i += 1) {
    expect(levels[i]!, `heading ${i + 1} of ${levels.join(', ')}`).to.be.at.most(levels[i - 1]! + 1);
  }
  await expectAccessible(page.session);
}

const plainPage = html`<main>
  <h1>Мои заявления</h1>
  <gu-session-notice heading-level="2"></gu-session-notice>
  <gu-application-tracker poll-interval="0"></gu-application-tracker>
  <gu-verification></gu-verification>
</main>`;

const widgetsOnly = html`<main>
  <h1>Личный кабинет</h1>
  <div><gu-application-tracker poll-interval="0"></gu-application-tracker></div>
  <gu-verification></gu-verification>
</main>`;

describe('after the session ends nothing personal stays on the page (issue 12, defect 3)', function () {
  this.timeout(90_000);
  let clock: FakeIdleClock;
  beforeEach(() => {
    clock = installFakeIdleClock();
  });
  afterEach(() => clock.uninstall());

  for (const [shape, content] of [
    ['a page notice before the widgets (shells/plain)', plainPage],
    ['widgets only (a portal route)', widgetsOnly],
  ] as const) {
    it(`idle expiry, ${shape}: no personal data, one notice, announced`, async () => {
      const page = await signedInPage(content);
      const said = recordAnnouncements();
      clock.advance(901_000);
      await waitForStatus(page.session, ['expired']);
      await expectNothingPersonal(page, 'Вы вышли из системы в целях безопасности');
      await said.until('Вы вышли из системы в целях безопасности');
      said.stop();
    });

    it(`sign-out, ${shape}: no personal data, one notice`, async () => {
      const page = await signedInPage(content);
      await page.session.session.signOut();
      await waitForStatus(page.session, ['signed-out']);
      await expectNothingPersonal(page, 'Вы вышли из системы');
    });
  }
});
