/**
 * The one policy for free text a citizen types — «Кем выдан», «Место рождения», an address, a comment: a length limit
 * (the contract's `maxLength`, counted in characters as JSON Schema counts them: code points) and a character policy.
 * Used by the fields (components/core/ui/text-field.ts) and by the mock backend, so the client and the server refuse
 * the same text with the same reason. Pure: no DOM, no locale (core/i18n validation-messages words the reasons).
 *
 * Never silently changes what was typed: the value is only tidied (no-break and other spaces become a space, runs of
 * spaces one, ends trimmed); anything else that is wrong is refused with where and what.
 */

import { characterCount, controlCharacterOf } from './text-limits.js';

/** What is wrong with a free text. `position` is 1-based, in characters, in the text as typed. */
export type FreeTextIssue =
  | { reason: 'required' }
  | { reason: 'too-long'; maxLength: number; length: number }
  | { reason: 'control'; codePoint: number; position: number }
  | { reason: 'character'; character: string; position: number };

/** The result of {@link checkFreeText}: the tidied value, or the first issue. */
export type FreeTextResult = { ok: true; value: string } | { ok: false; issue: FreeTextIssue };

/** Which characters a field takes besides letters, digits and spaces. */
export type FreeTextCharset =
  /** Names of authorities, places and addresses: letters, digits, spaces and {@link TEXT_PUNCTUATION}. */
  | 'text'
  /** Any printable character (a comment, a message): only control characters are refused. */
  | 'printable';

/** A field's free-text policy. */
export interface FreeTextPolicy {
  /** The contract's `maxLength` (characters, after tidying). */
  maxLength: number;
  /** Default `text`. */
  charset?: FreeTextCharset;
  /** Empty is an issue (`required`); default false (the caller decides what empty means). */
  required?: boolean;
}

/**
 * Punctuation that real Russian addresses and authorities use: «ГУ МВД России по г. Москве», «Отделением УФМС России
 * по Санкт-Петербургу и Ленинградской обл. в Приморском р-не», «пос. Усть-Ордынский, Иркутская обл.»,
 * «ТП № 2 ОУФМС», «д. 5/2, корп. 1», «ОВД "Арбат"», «ул. 8 Марта».
 */
export const TEXT_PUNCTUATION = '.,-‐‑–—()«»"„“”\'’№/:;';

/** Letters (any script, with combining marks), decimal digits, space and the punctuation above. */
const TEXT_CHARACTER = /^[\p{L}\p{M}\p{Nd} .,\-‐‑–—()«»"„“”'’№/:;]$/u;

/**
 * The same policy as a regular expression over the whole text (JSON Schema `pattern` in mocks/openapi.yaml; Unicode
 * mode). Keep in step with {@link TEXT_CHARACTER}.
 */
export const TEXT_PATTERN = '^[\\p{L}\\p{M}\\p{Nd} .,\\-‐‑–—()«»"„“”\'’№/:;]*$';

/** Spaces people paste from documents (no-break, thin, figure, ideographic …) count as one ordinary space. */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const SPACE_CHARACTER = /^[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]$/;

/** The text as it is sent: other spaces made ordinary, runs of spaces one, ends trimmed. Nothing else changes. */
export function tidyFreeText(input: string): string {
  return input.replace(SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Checks `input` against `policy`; the first issue found (control characters first, then length, then characters). */
export function checkFreeText(input: string, policy: FreeTextPolicy): FreeTextResult {
  // Control characters (the NUL byte included) as text-limits.ts defines them: one definition for every field.
  const control = controlCharacterOf(input);
  if (control) return { ok: false, issue: { reason: 'control', ...control } };
  const characters = [...input];
  const value = tidyFreeText(input);
  if (value === '') return policy.required ? { ok: false, issue: { reason: 'required' } } : { ok: true, value };
  const length = characterCount(value);
  if (length > policy.maxLength)
    return { ok: false, issue: { reason: 'too-long', maxLength: policy.maxLength, length } };
  if ((policy.charset ?? 'text') === 'text') {
    for (let index = 0; index < characters.length; index += 1) {
      const character = characters[index]!;
      if (!TEXT_CHARACTER.test(character) && !SPACE_CHARACTER.test(character))
        return { ok: false, issue: { reason: 'character', character, position: index + 1 } };
    }
  }
  return { ok: true, value };
}
