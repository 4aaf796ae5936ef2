/**
 * The mock acquirer's page of <gu-payments>: a card payment (card form, then the 3-D Secure step), an e-wallet
 * payment, or a card linking (purpose `binding`: the same card form and 3-D Secure, a 1 ₽ check). The tester picks
 * how it ends: success, insufficient funds, 3-D Secure failed, card expired (or cancels). The widget sends the
 * browser here with `next.url` of POST /api/payments (or the linking's `url`):
 * `?session=<id>&purpose=payment|binding&kind=card|wallet&amount=<kopecks>&payment=<id>|binding=<id>&return=<portal
 * page>[&lang=en]`. The page ends the session (acquirer-sessions.ts: sessionStorage for this tab, a BroadcastChannel
 * for the window that opened a popup) and goes back to `return` with `?gu-payment=<id>` or `?gu-card-binding=<id>` —
 * only an id: the portal asks its server how the payment ended.
 *
 * Served at /mocks/payments/acquirer.html by the dev and preview servers and Storybook (build/mock-pages.ts). Only
 * the last four digits, the brand and the expiry of the card ever leave it.
 */
import {
  completeAcquirerSession,
  type AcquirerCard,
  type AcquirerOutcome,
  type AcquirerResult,
} from './acquirer-sessions.js';

type Lang = 'ru' | 'en';
const TEXT = {
  ru: {
    badge: 'Имитация платёжной страницы банка для разработки gu-kit — не настоящий банк',
    titleCard: 'Оплата картой',
    titleWallet: 'Оплата электронным кошельком',
    titleBinding: 'Привязка карты',
    merchant: 'Получатель',
    merchantName: 'Госуслуги',
    amount: 'Сумма',
    bindingAmount: 'Проверочное списание',
    bindingAmountValue: '1,00 ₽ — вернётся сразу',
    number: 'Номер карты',
    numberHint:
      'Тестовые карты: 2200 7001 2345 6781 (Мир), 4276 0000 1234 5673 (Visa), 5555 5555 5555 4444 (Mastercard).',
    expires: 'Срок действия (ММ/ГГ)',
    cvc: 'CVC',
    outcomeLegend: 'Чем закончится (для тестирования)',
    pay: 'Оплатить',
    link: 'Привязать карту',
    payWallet: 'Оплатить из кошелька',
    cancel: 'Отменить и вернуться',
    secureTitle: 'Подтверждение 3-D Secure',
    secureLead: 'Банк отправил код подтверждения на телефон +7 ••• ••• 45 67.',
    secureCode: 'Код из СМС',
    secureHint: 'Тестовый код: 12345.',
    confirm: 'Подтвердить',
    outcomes: {
      success: 'Успешно',
      'insufficient-funds': 'Недостаточно средств',
      'three-ds-failed': 'Не пройдена проверка 3-D Secure',
      'card-expired': 'Срок действия карты истёк',
      cancelled: 'Отмена',
    } satisfies Record<AcquirerOutcome, string>,
    numberInvalid: 'Номер карты: введите 16–19 цифр номера с лицевой стороны карты.',
    numberChecksum: 'Номер карты: в номере ошибка, проверьте цифры.',
    expiresInvalid: 'Срок действия: введите месяц и год, например 08/29.',
    cvcInvalid: 'CVC: введите 3 цифры с обратной стороны карты.',
    codeInvalid: 'Код из СМС: введите 5 цифр.',
    codeWrong: (left: number) => `Код из СМС: неверный код. Осталось попыток: ${left}.`,
    returning: 'Возвращаемся на портал…',
    badLink: 'Ссылка неполная или ведёт не на сайт портала: вернитесь на портал и начните оплату снова.',
  },
  en: {
    badge: 'A simulated bank payment page for gu-kit development — not a real bank',
    titleCard: 'Card payment',
    titleWallet: 'E-wallet payment',
    titleBinding: 'Link a card',
    merchant: 'Payee',
    merchantName: 'Gosuslugi',
    amount: 'Amount',
    bindingAmount: 'Check charge',
    bindingAmountValue: '1.00 ₽ — refunded at once',
    number: 'Card number',
    numberHint: 'Test cards: 2200 7001 2345 6781 (Mir), 4276 0000 1234 5673 (Visa), 5555 5555 5555 4444 (Mastercard).',
    expires: 'Expiry (MM/YY)',
    cvc: 'CVC',
    outcomeLegend: 'How it ends (for testing)',
    pay: 'Pay',
    link: 'Link the card',
    payWallet: 'Pay from the wallet',
    cancel: 'Cancel and go back',
    secureTitle: '3-D Secure confirmation',
    secureLead: 'The bank sent a confirmation code to +7 ••• ••• 45 67.',
    secureCode: 'Code from the text message',
    secureHint: 'Test code: 12345.',
    confirm: 'Confirm',
    outcomes: {
      success: 'Success',
      'insufficient-funds': 'Insufficient funds',
      'three-ds-failed': '3-D Secure failed',
      'card-expired': 'Card expired',
      cancelled: 'Cancel',
    } satisfies Record<AcquirerOutcome, string>,
    numberInvalid: 'Card number: enter the 16–19 digits on the front of the card.',
    numberChecksum: 'Card number: there is a mistake in the number, check the digits.',
    expiresInvalid: 'Expiry: enter the month and year, e.g. 08/29.',
    cvcInvalid: 'CVC: enter the 3 digits on the back of the card.',
    codeInvalid: 'Code: enter 5 digits.',
    codeWrong: (left: number) => `Code: wrong code. Attempts left: ${left}.`,
    returning: 'Going back to the portal…',
    badLink: 'The link is incomplete or does not lead back to the portal: go back to the portal and start again.',
  },
};

/** The 3-D Secure code of the mock acquirer. */
const SECURE_CODE = '12345';
const SECURE_ATTEMPTS = 3;

const params = new URL(location.href).searchParams;
const lang: Lang = params.get('lang') === 'en' ? 'en' : 'ru';
const t = TEXT[lang];
const sessionId = params.get('session') ?? '';
const purpose = params.get('purpose') === 'binding' ? 'binding' : 'payment';
const kind = purpose === 'payment' && params.get('kind') === 'wallet' ? 'wallet' : 'card';
const amount = Number(params.get('amount'));

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

document.documentElement.lang = lang;
for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
  const value = (t as unknown as Record<string, unknown>)[element.dataset['text']!];
  if (typeof value === 'string') element.textContent = value;
}
const title = purpose === 'binding' ? t.titleBinding : kind === 'wallet' ? t.titleWallet : t.titleCard;
$('title').textContent = title;
document.title = `${title} — ${t.badge}`;
if (purpose === 'binding') {
  $('amount-label').textContent = t.bindingAmount;
  $('amount').textContent = t.bindingAmountValue;
  $('amount-row').hidden = false;
} else if (Number.isInteger(amount) && amount > 0) {
  $('amount').textContent = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'ru-RU', {
    style: 'currency',
    currency: 'RUB',
  }).format(amount / 100);
  $('amount-row').hidden = false;
}

/** The portal page to go back to: same site only (no open redirect). */
function returnTarget(): URL | undefined {
  try {
    const target = new URL(params.get('return') ?? '', location.href);
    return target.origin === location.origin && sessionId ? target : undefined;
  } catch {
    return undefined;
  }
}

const cardForm = $<HTMLFormElement>('card-form');
const secureForm = $<HTMLFormElement>('secure-form');
const status = $('status');

// The outcomes the tester may pick (an e-wallet has no card to expire and no 3-D Secure).
const outcomes: AcquirerOutcome[] =
  kind === 'wallet'
    ? ['success', 'insufficient-funds']
    : ['success', 'insufficient-funds', 'three-ds-failed', 'card-expired'];
const list = $('outcome-list');
for (const [index, outcome] of outcomes.entries()) {
  const label = document.createElement('label');
  const input = document.createElement('input');
  input.type = 'radio';
  input.name = 'outcome';
  input.value = outcome;
  input.checked = index === 0;
  label.append(input, document.createTextNode(t.outcomes[outcome]));
  list.append(label);
}
if (kind === 'wallet') {
  for (const id of ['number', 'expires', 'cvc']) ($(id).closest('.field') as HTMLElement).hidden = true;
  $('pay').textContent = t.payWallet;
} else if (purpose === 'binding') $('pay').textContent = t.link;

const picked = (): AcquirerOutcome =>
  (cardForm.querySelector<HTMLInputElement>('input[name="outcome"]:checked')?.value as AcquirerOutcome) ?? 'success';

function showError(inputId: string, text: string | undefined): boolean {
  const input = $<HTMLInputElement>(inputId);
  const error = $(`${inputId}-error`);
  const hint =
    input
      .getAttribute('aria-describedby')
      ?.split(' ')
      .filter((id) => id !== error.id) ?? [];
  if (text) {
    error.textContent = text;
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', [error.id, ...hint].join(' '));
  } else {
    error.textContent = '';
    error.hidden = true;
    input.removeAttribute('aria-invalid');
    if (hint.length > 0) input.setAttribute('aria-describedby', hint.join(' '));
    else input.removeAttribute('aria-describedby');
  }
  return !text;
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

const brandOf = (digits: string): AcquirerCard['brand'] =>
  digits.startsWith('62')
    ? 'unionpay'
    : digits.startsWith('4')
      ? 'visa'
      : digits.startsWith('5')
        ? 'mastercard'
        : 'mir';

let card: AcquirerCard = { last4: '6781', brand: 'mir', expires: '08/29' };
let outcome: AcquirerOutcome = 'success';
let attemptsLeft = SECURE_ATTEMPTS;

function finish(result: AcquirerOutcome): void {
  const target = returnTarget();
  if (!target) return;
  for (const button of document.querySelectorAll('button')) button.disabled = true;
  status.textContent = t.returning;
  const fallback: Omit<AcquirerResult, 'sessionId' | 'outcome' | 'card'> & { returnUrl: string } = {
    purpose,
    returnUrl: target.href,
    ...(params.get('payment') ? { paymentId: params.get('payment')! } : {}),
    ...(params.get('binding') ? { bindingId: params.get('binding')! } : {}),
  };
  const back = completeAcquirerSession(sessionId, result, card, fallback) ?? target.href;
  location.assign(back);
}

cardForm.addEventListener('submit', (event) => {
  event.preventDefault();
  outcome = picked();
  if (kind === 'card') {
    const digits = $<HTMLInputElement>('number').value.replace(/[\s-]/g, '');
    const expires = $<HTMLInputElement>('expires').value.trim();
    const cvc = $<HTMLInputElement>('cvc').value.trim();
    const okNumber = showError(
      'number',
      !/^\d{16,19}$/.test(digits) ? t.numberInvalid : !luhn(digits) ? t.numberChecksum : undefined,
    );
    const okExpires = showError('expires', /^(0[1-9]|1[0-2])\/\d{2}$/.test(expires) ? undefined : t.expiresInvalid);
    const okCvc = showError('cvc', /^\d{3,4}$/.test(cvc) ? undefined : t.cvcInvalid);
    const firstBad = [
      [okNumber, 'number'],
      [okExpires, 'expires'],
      [okCvc, 'cvc'],
    ].find(([ok]) => !ok);
    if (firstBad) {
      $(firstBad[1] as string).focus();
      return;
    }
    card = { last4: digits.slice(-4), brand: brandOf(digits), expires };
    // An expired card is refused before 3-D Secure, as banks do.
    if (outcome === 'card-expired') {
      finish(outcome);
      return;
    }
    cardForm.hidden = true;
    secureForm.hidden = false;
    $('secure-lead').textContent = t.secureLead;
    $('secure-title').focus();
    return;
  }
  finish(outcome);
});

secureForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const code = $<HTMLInputElement>('secure-code').value.replace(/\s/g, '');
  if (!showError('secure-code', /^\d{5}$/.test(code) ? undefined : t.codeInvalid)) {
    $('secure-code').focus();
    return;
  }
  if (outcome === 'three-ds-failed') {
    finish('three-ds-failed');
    return;
  }
  if (code !== SECURE_CODE) {
    attemptsLeft -= 1;
    if (attemptsLeft <= 0) {
      finish('three-ds-failed');
      return;
    }
    showError('secure-code', t.codeWrong(attemptsLeft));
    $('secure-code').focus();
    return;
  }
  finish(outcome);
});

for (const button of document.querySelectorAll<HTMLButtonElement>('button.cancel'))
  button.addEventListener('click', () => finish('cancelled'));

if (returnTarget()) {
  cardForm.hidden = false;
  $('title').focus();
} else {
  const problem = $('bad-link');
  problem.textContent = t.badLink;
  problem.hidden = false;
}
