/**
 * The verification mock's answers: its localised error body (the contract's `Error`), a tolerant JSON body reader and
 * the kit's free-text policy as the server applies it.
 */
import { HttpResponse } from 'msw';
import { checkFreeText, type FreeTextIssue } from '../../components/core/validation/free-text.js';
import { localeOf, type Locale } from '../handlers/support.js';
import type { Schemas } from './store.js';

const MESSAGES: Record<string, Record<Locale, string>> = {
  'validation-failed': { ru: 'Проверьте данные.', en: 'Check the data.' },
  'wrong-code': { ru: 'Неверный код.', en: 'Wrong code.' },
  'code-expired': {
    ru: 'Код больше не действует. Запросите новый.',
    en: 'The code is no longer valid. Request a new one.',
  },
  'resend-too-soon': { ru: 'Новый код можно запросить позже.', en: 'You can request a new code later.' },
  'confirm-old-first': {
    ru: 'Сначала подтвердите текущий контакт кодом.',
    en: 'Confirm the current contact with a code first.',
  },
  'same-contact': { ru: 'Это ваш текущий контакт.', en: 'This is your current contact.' },
  'contacts-not-confirmed': {
    ru: 'Сначала подтвердите телефон и электронную почту.',
    en: 'Confirm your phone and e-mail first.',
  },
  'check-in-progress': { ru: 'Проверка данных уже идёт.', en: 'A check is already in progress.' },
  'not-found': { ru: 'Не найдено.', en: 'Not found.' },
  'slot-taken': { ru: 'Это время уже занято. Выберите другое.', en: 'This time is taken. Choose another.' },
  'letter-not-delivered': {
    ru: 'Письмо ещё не доставлено.',
    en: 'The letter has not been delivered yet.',
  },
  'certificate-expired': { ru: 'Срок действия сертификата истёк.', en: 'The certificate has expired.' },
  'signature-invalid': { ru: 'Подпись не прошла проверку.', en: 'The signature is not valid.' },
  'confirmation-finished': { ru: 'Подтверждение уже завершено.', en: 'The confirmation is already finished.' },
  'file-too-large': { ru: 'Файл больше 10 МБ.', en: 'The file is larger than 10 MB.' },
  'bank-result-unknown': {
    ru: 'Ответ банка не найден: ссылка устарела, уже использована или пришла не из банка. Выберите банк ещё раз.',
    en: 'The bank’s answer was not found: the link has expired, was already used or did not come from the bank. Choose a bank again.',
  },
  'bank-result-pending': {
    ru: 'Банк ещё не передал ответ. Выберите банк ещё раз.',
    en: 'The bank has not sent its answer yet. Choose a bank again.',
  },
  required: { ru: 'Обязательное поле.', en: 'Required.' },
  invalid: { ru: 'Недопустимое значение.', en: 'Invalid value.' },
  'date-format': { ru: 'Введите дату в формате ГГГГ-ММ-ДД.', en: 'Enter the date as YYYY-MM-DD.' },
  'too-long': { ru: 'Слишком длинный текст.', en: 'The text is too long.' },
  'control-character': {
    ru: 'Текст содержит управляющие символы.',
    en: 'The text contains control characters.',
  },
  'character-not-allowed': {
    ru: 'Недопустимый символ: можно буквы, цифры, пробел и знаки . , - ( ) « » " \' № / : ;',
    en: 'A character is not allowed: use letters, digits, spaces and . , - ( ) « » " \' № / : ;',
  },
};

export function fail(
  request: Request,
  status: number,
  code: string,
  fields: Array<{ field: string; code: string }> = [],
  retryAfter?: number,
): Response {
  const locale = localeOf(request);
  const text = (c: string) => MESSAGES[c]?.[locale] ?? MESSAGES['invalid']![locale];
  const body: Schemas['Error'] = { code, message: text(code) };
  if (fields.length > 0) body.fields = fields.map((f) => ({ ...f, message: text(f.code) }));
  const headers: Record<string, string> = { 'Content-Language': locale };
  if (retryAfter !== undefined) {
    body.retryAfter = retryAfter;
    headers['Retry-After'] = String(retryAfter);
  }
  return HttpResponse.json(body, { status, headers });
}

export async function jsonBody(request: Request): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = await request.json();
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

const FREE_TEXT_CODES: Record<Exclude<FreeTextIssue['reason'], 'required'>, string> = {
  'too-long': 'too-long',
  control: 'control-character',
  character: 'character-not-allowed',
};

/** A free-text field's policy violation (400), or undefined when the text passes (or is not text: 422 decides). */
export function freeTextViolation(value: unknown, maxLength: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const result = checkFreeText(value, { maxLength, charset: 'text', required: true });
  if (result.ok || result.issue.reason === 'required') return undefined;
  return FREE_TEXT_CODES[result.issue.reason];
}
