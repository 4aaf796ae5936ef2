/** The lockout's text, shared by the step-up dialog and the password change: «Повторите через 15 минут, в 14:32». */
import { formatTime } from '../../core/i18n/format.js';

/** `retryAfter` (seconds; 15 minutes when the server did not say) as whole minutes and the clock time it ends. */
export function lockoutText(
  locale: 'ru' | 'en',
  retryAfter: number | undefined,
  say: (minutes: number, at: string) => string,
): string {
  const seconds = Math.max(60, retryAfter ?? 900);
  return say(Math.ceil(seconds / 60), formatTime(locale, new Date(Date.now() + seconds * 1000)));
}
