/**
 * The return leg of the partner-bank round trip: the page comes back from the bank's page with
 * `?gu-bank-result=<ticket>`; the element takes the ticket out of the URL, asks the server what the bank answered
 * (GET verification/bank-results/{ticket}) and shows the result with focus on its heading. The outbound leg (the
 * bank's page, the real navigation) is test/e2e/verification-bank.test.ts.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SetupWorker } from 'msw/browser';
import '../../components/verification/gu-verification.js';
import type { GuVerification } from '../../components/verification/verification.js';
import type { GuSession } from '../../components/core/session/session-element.js';
import {
  configureVerificationMock,
  resetVerificationMock,
  setContactsConfirmed,
} from '../../mocks/verification/index.js';
import { freshSession, mountSession, signInEmbedded, waitForStatus } from '../core/session/session-harness.js';
import { expectAccessible } from '../helpers/a11y.js';
import { byText, deepActiveElement, part, tabTo, until } from './harness.js';

const PARAM = 'gu-bank-result';
const STANDARD_CITIZEN = 'person-3'; // login `standard`

async function api<T>(path: string, token: string, body: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`/api/verification/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** The outbound leg as the widget and the mock bank page do it; returns the ticket of the bank page's address. */
async function bankRoundTrip(
  personId: string,
  bankId: string,
  decision: 'approved' | 'denied' | undefined,
): Promise<string> {
  const started = await api<{ id: string; status: string; redirectTo?: string }>(
    'confirmations',
    `mock-citizen-${personId}`,
    { method: 'bank', bankId, returnUrl: location.href },
  );
  expect(started.status).to.equal(201);
  expect(started.body.status).to.equal('pending');
  const page = new URL(started.body.redirectTo!);
  expect(page.origin).to.equal(location.origin);
  expect(page.pathname).to.equal('/mocks/verification/bank.html');
  expect(page.searchParams.get('return')).to.equal(location.href);
  expect(page.searchParams.get('bank')).to.equal(bankId);
  const ticket = page.searchParams.get('ticket')!;
  expect(ticket).to.match(/^[0-9a-f]{32}$/);
  if (decision) {
    // What the mock bank page posts (with the bank's own credential, not the citizen's).
    const decided = await api<{ decision: string }>('bank-decisions', `mock-bank-${bankId}`, { ticket, decision });
    expect(decided.status).to.equal(200);
    expect(decided.body.decision).to.equal(decision);
    const again = await api<{ code: string }>('bank-decisions', `mock-bank-${bankId}`, { ticket, decision });
    expect(again.status, 'a ticket is decided once').to.equal(409);
  }
  return ticket;
}

/** Puts `?gu-bank-result=<ticket>` into the page URL, as the bank's page sends the browser back. */
function comeBackWith(ticket: string): void {
  const url = new URL(location.href);
  url.searchParams.set(PARAM, ticket);
  history.replaceState(history.state, '', url.href);
}

interface Mounted {
  session: GuSession;
  widget: GuVerification;
  completed: string[];
  asked: string[];
}

/** A fresh mock, then `prepare` (the round trip), then the page's widget mounted and signed in as `standard`. */
async function mountReturning(prepare: () => Promise<string>): Promise<Mounted> {
  const worker: SetupWorker = await freshSession();
  resetVerificationMock();
  configureVerificationMock({ checkMs: 1500, letterStepMs: 200 });
  setContactsConfirmed('person-4', { phone: true, email: true });
  comeBackWith(await prepare());
  const asked: string[] = [];
  const onRequest = ({ request }: { request: Request }) => {
    const path = new URL(request.url).pathname;
    if (path.startsWith('/api/verification/bank-results/')) asked.push(path);
  };
  worker.events.on('request:start', onRequest);
  const session = await mountSession({}, html`<gu-verification></gu-verification>`);
  const widget = session.querySelector('gu-verification')!;
  const completed: string[] = [];
  widget.addEventListener('gu-verification-completed', (e) => completed.push(e.detail.level));
  expect(new URL(location.href).searchParams.has(PARAM), 'the ticket is taken out of the URL at once').to.equal(false);
  expect(widget.step).to.equal('bank-return');
  await signInEmbedded(session, 'standard');
  await waitForStatus(session, ['signed-in']);
  expect(session.session.level).to.equal('standard');
  return { session, widget, completed, asked };
}

describe('gu-verification: back from the bank (?gu-bank-result=)', () => {
  afterEach(() => {
    const url = new URL(location.href);
    url.searchParams.delete(PARAM);
    history.replaceState(history.state, '', url.href);
  });

  it('approved: asks the server with the ticket, the level becomes confirmed, focus on the result heading', async () => {
    let ticket = '';
    const { widget, session, completed, asked } = await mountReturning(async () => {
      ticket = await bankRoundTrip(STANDARD_CITIZEN, 'sber', 'approved');
      return ticket;
    });
    await until(() => deepActiveElement()?.textContent?.includes('Личность подтверждена'), 'confirmed heading');
    expect(deepActiveElement()?.tagName).to.equal('H3');
    expect(asked).to.deep.equal([`/api/verification/bank-results/${ticket}`]);
    await until(() => session.session.level === 'confirmed', 'session level', 10_000);
    expect(completed).to.deep.equal(['confirmed']);
    await expectAccessible(widget);
    // «К уровням»: the overview shows the confirmed level.
    await tabTo(byText('К уровням учётной записи'), 'to overview');
    await sendKeys({ press: 'Enter' });
    await until(
      () =>
        widget.shadowRoot!.querySelector('[data-current-level]')?.getAttribute('data-current-level') === 'confirmed',
      'overview confirmed',
    );
  });

  it('denied: says the bank refused, the level stays, «Выбрать другой банк» opens the choice', async () => {
    const { widget, session, completed, asked } = await mountReturning(() =>
      bankRoundTrip(STANDARD_CITIZEN, 'tbank', 'denied'),
    );
    await until(() => deepActiveElement()?.textContent?.includes('Банк не подтвердил личность'), 'refused heading');
    expect(deepActiveElement()?.tagName).to.equal('H3');
    expect(asked).to.have.length(1);
    expect(completed).to.deep.equal([]);
    expect(session.session.level).to.equal('standard');
    await expectAccessible(widget);
    await tabTo(byText('Выбрать другой банк'), 'other bank');
    await sendKeys({ press: 'Enter' });
    await until(() => part(widget).querySelector('input[name="bank"]'), 'choose again');
    await until(() => deepActiveElement()?.textContent?.includes('банк-партнёр'), 'choose heading focused');
    expect(widget.step).to.equal('bank');
  });

  it('a forged ticket: a precise error, nothing confirmed, another bank offered', async () => {
    const { widget, session, completed, asked } = await mountReturning(async () => {
      await bankRoundTrip(STANDARD_CITIZEN, 'vtb', 'approved'); // a real approval exists, but not for this ticket
      return 'forged-ticket-0000';
    });
    await until(() => deepActiveElement()?.textContent?.includes('Не удалось получить ответ банка'), 'failed heading');
    const problem = part(widget).querySelector('[data-bank-problem]')!.textContent!;
    expect(problem).to.include('Ответ банка не найден');
    expect(problem).to.include('личность пока не подтверждена');
    expect(asked).to.deep.equal(['/api/verification/bank-results/forged-ticket-0000']);
    expect(completed).to.deep.equal([]);
    expect(session.session.level).to.equal('standard');
    await expectAccessible(widget);
    expect(part(widget).textContent).to.include('Выбрать другой банк');
  });

  it('another citizen’s ticket is unknown to this citizen', async () => {
    const { widget, session } = await mountReturning(() => bankRoundTrip('person-1', 'sber', 'approved'));
    await until(() => deepActiveElement()?.textContent?.includes('Не удалось получить ответ банка'), 'failed heading');
    expect(part(widget).querySelector('[data-bank-problem]')!.textContent).to.include('Ответ банка не найден');
    expect(session.session.level).to.equal('standard');
  });

  it('a ticket the bank has not answered yet: says so', async () => {
    const { widget } = await mountReturning(() => bankRoundTrip(STANDARD_CITIZEN, 'alfa', undefined));
    await until(() => deepActiveElement()?.textContent?.includes('Не удалось получить ответ банка'), 'failed heading');
    expect(part(widget).querySelector('[data-bank-problem]')!.textContent).to.include('Банк ещё не передал ответ');
  });

  it('the server answers a ticket once', async () => {
    await freshSession();
    resetVerificationMock();
    const ticket = await bankRoundTrip(STANDARD_CITIZEN, 'sber', 'denied');
    const read = () =>
      fetch(`/api/verification/bank-results/${ticket}`, {
        headers: { Authorization: `Bearer mock-citizen-${STANDARD_CITIZEN}` },
      });
    const first = await read();
    expect(first.status).to.equal(200);
    expect(((await first.json()) as { status: string }).status).to.equal('refused');
    const second = await read();
    expect(second.status).to.equal(404);
    expect(((await second.json()) as { code: string }).code).to.equal('bank-result-unknown');
  });
});
