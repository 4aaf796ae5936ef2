/**
 * Type-level test, checked by `tsc` in `npm test`: an English catalog missing a Russian key must not compile.
 * If the `@ts-expect-error` lines stop being errors, the type check fails.
 */
import type { CoreMessages } from '../../components/core/i18n/index.js';
import { en } from '../../components/core/i18n/locales/en.js';

const { retry: _dropped, ...missingOneKey } = en;
// @ts-expect-error — a missing key (retry) is a compile error
export const incomplete: CoreMessages = missingOneKey;

// @ts-expect-error — a function message must keep its parameters' types
export const wrongSignature: CoreMessages = { ...en, codeLength: (length: string) => length };
