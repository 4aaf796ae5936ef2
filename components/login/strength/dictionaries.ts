/**
 * The strength meter's dictionaries in their own lazily loaded chunk: zxcvbn-ts common pack (49 233 common passwords,
 * diceware words, keyboard graphs), the small lists of the English pack (first names, numbers, days, months) and our
 * Russian / transliteration dictionary (`ru-dictionary.ts`).
 *
 * Left out on purpose: the English pack's common words, surnames and Wikipedia terms (≈ 690 KB gzip together). A
 * Russian citizen's weak passwords are caught by the common passwords, keyboard patterns and our own list; the meter is
 * advisory only (the server's blocklist decides), and ≈ 250 KB loaded on the new-password step is the most we ask of a
 * phone connection. zxcvbn's English feedback texts are not imported: the meter shows our catalogs (`messages.ts`).
 */
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as enDictionary } from '@zxcvbn-ts/language-en';
import { ruNames, ruPasswords } from './ru-dictionary.js';

export const graphs = adjacencyGraphs;

/** English lists worth their bytes for Russian users' passwords. */
const EN_LISTS = [
  'firstnames-en',
  'cardinalNumbers-en',
  'ordinalNumbers-en',
  'daysOfWeek-en',
  'months-en',
  'seasons-en',
];

const englishLists: Record<string, string[]> = enDictionary;

export const dictionary: Record<string, string[]> = {
  ...commonDictionary,
  ...Object.fromEntries(EN_LISTS.flatMap((name) => (englishLists[name] ? [[name, englishLists[name]]] : []))),
  'passwords-ru': [...ruPasswords],
  'names-ru': [...ruNames],
};
