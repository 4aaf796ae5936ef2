/** The locale-bound texts of <gu-login> and its parts (loaded with the engine): core messages, outcomes, times, dates. */
import { coreMessages } from '../core/i18n/index.js';
import { formatDate, formatTime } from '../core/i18n/format.js';
import type { LoginText } from './context.js';
import { inTimeEn, inTimeRu, outcomesEn, outcomesRu } from './locales/outcomes.js';

export function loginText(locale: 'ru' | 'en'): LoginText {
  return {
    core: coreMessages[locale],
    out: locale === 'ru' ? outcomesRu : outcomesEn,
    later: (seconds) => [
      locale === 'ru' ? inTimeRu(seconds) : inTimeEn(seconds),
      formatTime(locale, new Date(Date.now() + seconds * 1000)),
    ],
    time: (value) => formatTime(locale, value),
    date: (value) => formatDate(locale, value),
  };
}
