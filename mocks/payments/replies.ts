/**
 * The disputes', cards' and autopay mock's answers: their localised error body (the contract's `Error`) and a tolerant
 * JSON body reader. Codes the shared support.ts does not know are worded here.
 */
import { HttpResponse } from 'msw';
import type { components } from '../generated/api-types.js';
import { localeOf, message as sharedMessage, type Locale } from '../handlers/support.js';

const MESSAGES: Record<string, Record<Locale, string>> = {
  'dispute-exists': {
    ru: 'По этому штрафу уже подана жалоба: дождитесь ответа ведомства.',
    en: 'This fine has already been disputed: wait for the agency’s answer.',
  },
  'not-disputable': {
    ru: 'Этот штраф нельзя оспорить через портал.',
    en: 'This fine cannot be disputed on the portal.',
  },
  'file-too-large': { ru: 'Файл больше 10 МБ.', en: 'The file is larger than 10 MB.' },
  'document-not-found': {
    ru: 'Документ не найден: загрузите его ещё раз.',
    en: 'Document not found: upload it again.',
  },
  'card-not-found': { ru: 'Карта не найдена.', en: 'Card not found.' },
  'binding-not-found': { ru: 'Привязка карты не найдена.', en: 'Card linking not found.' },
  'provider-not-found': { ru: 'Поставщик услуг не найден.', en: 'Provider not found.' },
  'card-required': { ru: 'Выберите карту для автоплатежа.', en: 'Choose a card for autopay.' },
  'limit-required': { ru: 'Укажите лимит в месяц.', en: 'Enter a monthly limit.' },
  'too-short': { ru: 'Слишком короткий текст.', en: 'The text is too short.' },
  'too-long': { ru: 'Слишком длинный текст.', en: 'The text is too long.' },
};

const text = (code: string, locale: Locale): string => MESSAGES[code]?.[locale] ?? sharedMessage(code, locale);

/** An Error response with a localised message and field errors. */
export function fail(
  request: Request,
  status: number,
  code: string,
  fields: Array<{ field: string; code: string }> = [],
): HttpResponse<components['schemas']['Error']> {
  const locale = localeOf(request);
  const body: components['schemas']['Error'] = { code, message: text(code, locale) };
  if (fields.length > 0) body.fields = fields.map((f) => ({ ...f, message: text(f.code, locale) }));
  return HttpResponse.json(body, { status, headers: { 'Content-Language': locale } });
}

/** The request's JSON object body, or undefined when it is not one. */
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

/** Keys of a body that the schema does not allow (additionalProperties: false). */
export function unknownFields(
  body: Record<string, unknown>,
  allowed: readonly string[],
): Array<{ field: string; code: string }> {
  return Object.keys(body)
    .filter((key) => !allowed.includes(key))
    .map((field) => ({ field, code: 'invalid' }));
}
