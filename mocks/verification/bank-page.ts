/**
 * The mock bank page of <gu-verification>'s bank round trip. The widget sends the browser here (`redirectTo` of
 * POST /api/verification/confirmations with a `returnUrl`): `?ticket=<one-time ticket>&bank=<id>&return=<portal
 * page>[&lang=en]`. «Разрешить передачу данных» / «Отказать» posts the decision to the mock
 * (POST /api/verification/bank-decisions, as a real bank would tell the portal's server) and sends the browser back to
 * `return` with `?gu-bank-result=<ticket>` — only a key: the portal asks its server what the bank answered.
 *
 * The mock backend runs in this page too (its own MSW worker); the tickets live in sessionStorage, so the decision
 * survives the navigation back. Served at /mocks/verification/bank.html by the dev and preview servers and Storybook
 * (build/mock-pages.ts).
 */
import { startMockWorker } from '../browser.js';
import { allowMockWorkerUrl } from '../trusted-worker.js';

type Lang = 'ru' | 'en';
const TEXT: Record<Lang, Record<string, string>> = {
  ru: {
    badge: 'Имитация банка для разработки gu-kit — не настоящий банк',
    title: 'Подтверждение личности для Госуслуг',
    intro:
      'Портал Госуслуг просит подтвердить вашу личность: банк передаст ФИО, данные паспорта и СНИЛС. Разрешите передачу или откажите.',
    allow: 'Разрешить передачу данных',
    deny: 'Отказать',
    sending: 'Передаём ответ на Госуслуги…',
    failed: 'Не удалось передать ответ. Попробуйте ещё раз.',
    badLink: 'Ссылка неполная или ведёт не на сайт портала: вернитесь на портал и выберите банк ещё раз.',
    document: 'Банк (имитация) — передача данных на Госуслуги',
  },
  en: {
    badge: 'A bank simulation for gu-kit development — not a real bank',
    title: 'Identity confirmation for Gosuslugi',
    intro:
      'The Gosuslugi portal asks to confirm your identity: the bank will share your name, passport details and SNILS. Allow the data transfer or decline.',
    allow: 'Allow the data transfer',
    deny: 'Decline',
    sending: 'Sending your answer to Gosuslugi…',
    failed: 'Could not send your answer. Try again.',
    badLink:
      'The link is incomplete or does not lead back to the portal: go back to the portal and choose a bank again.',
    document: 'Bank (simulation) — data transfer to Gosuslugi',
  },
};
const BANKS: Record<string, Record<Lang, string>> = {
  sber: { ru: 'Сбербанк', en: 'Sberbank' },
  tbank: { ru: 'Т-Банк', en: 'T-Bank' },
  vtb: { ru: 'ВТБ', en: 'VTB' },
  alfa: { ru: 'Альфа-Банк', en: 'Alfa-Bank' },
};

const params = new URL(location.href).searchParams;
const lang: Lang = params.get('lang') === 'en' ? 'en' : 'ru';
const text = TEXT[lang];
const bank = BANKS[params.get('bank') ?? '']?.[lang];
const ticket = params.get('ticket') ?? '';

document.documentElement.lang = lang;
document.title = bank ? `${bank}: ${text['document']!}` : text['document']!;
for (const element of document.querySelectorAll<HTMLElement>('[data-text]'))
  element.textContent = text[element.dataset['text']!] ?? element.textContent;
if (bank) document.getElementById('title')!.textContent = `${bank}: ${text['title']!}`;

// The mock backend of this page (started now, awaited before the decision is sent).
allowMockWorkerUrl(); // the preview serves this page under the strict CSP
const mock = startMockWorker({ quiet: true });

const status = document.getElementById('status')!;
const problem = document.getElementById('problem')!;
const buttons = [...document.querySelectorAll<HTMLButtonElement>('#bank-form button')];

/** The portal page to go back to: same site only (no open redirect). */
function returnTarget(): URL | undefined {
  try {
    const target = new URL(params.get('return') ?? '', location.href);
    return target.origin === location.origin && ticket ? target : undefined;
  } catch {
    return undefined;
  }
}

async function answer(decision: 'approved' | 'denied'): Promise<void> {
  const target = returnTarget();
  if (!target) {
    problem.textContent = text['badLink']!;
    return;
  }
  problem.textContent = '';
  status.textContent = text['sending']!;
  for (const button of buttons) button.disabled = true;
  try {
    await mock;
    const response = await fetch('/api/verification/bank-decisions', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Accept-Language': lang,
        // The bank's own credential towards the portal's server (any token in the mock).
        Authorization: `Bearer mock-bank-${params.get('bank') ?? 'unknown'}`,
      },
      body: JSON.stringify({ ticket, decision }),
    });
    // 404 (unknown or expired ticket), 409 (already answered): back to the portal all the same — it asks its server
    // what the ticket means and says so precisely.
    if (!response.ok && response.status !== 404 && response.status !== 409) throw new Error(String(response.status));
    target.searchParams.set('gu-bank-result', ticket);
    location.assign(target.href);
  } catch {
    status.textContent = '';
    problem.textContent = text['failed']!;
    for (const button of buttons) button.disabled = false;
  }
}

document.getElementById('bank-form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  void answer('approved');
});
document.getElementById('deny')!.addEventListener('click', () => void answer('denied'));
