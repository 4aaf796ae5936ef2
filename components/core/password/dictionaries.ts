/**
 * The strength meter's dictionaries in their own lazily loaded chunk, small on purpose (≤ 60 KB gzip for everything
 * the new-password step loads, zxcvbn core included: test/node/login-size.test.ts):
 *
 * - the 5 000 most common passwords and the qwerty / keypad keyboard graphs, generated once from
 *   @zxcvbn-ts/language-common into `common-passwords.ts` (provenance and licence there; the package itself is not
 *   imported at run time);
 * - our Russian / transliteration dictionary (`ru-dictionary.ts`).
 *
 * No English word lists: a Russian citizen's weak passwords are caught by the common passwords, keyboard patterns,
 * repeats and sequences, our own list and the citizen's own data. The meter is advisory only (the server's blocklist
 * decides). zxcvbn's English feedback texts are not imported: the meter shows our catalogs (`messages.ts`).
 */
import { commonPasswords, keyboardGraphs } from './common-passwords.js';
import { ruNames, ruPasswords } from './ru-dictionary.js';

export const graphs = keyboardGraphs;

export const dictionary: Record<string, string[]> = {
  'passwords-common': [...commonPasswords],
  'passwords-ru': [...ruPasswords],
  'names-ru': [...ruNames],
};
