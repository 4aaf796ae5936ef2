/**
 * The password strength estimate (zxcvbn-ts), loaded only when a new-password field is shown; the dictionaries come
 * in their own chunk. Runs entirely in the page: no request anywhere (no HIBP / «pwned» matcher is added).
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { transliterate } from '../i18n/transliterate.js';

/** What the meter needs from an estimate: the score 0–4 and zxcvbn's feedback keys (translated by our catalogs). */
export interface Strength {
  score: 0 | 1 | 2 | 3 | 4;
  warning: string | undefined;
  suggestions: string[];
}

export { transliterate };

/**
 * The words of what the citizen typed in the form (name, phone, SNILS, e-mail, identifier) as zxcvbn user inputs:
 * each value, its words, its Latin form, its digits (a phone also without +7 / 8), an e-mail's local part.
 */
export function userInputsOf(values: ReadonlyArray<string | undefined>): string[] {
  const out = new Set<string>();
  for (const raw of values) {
    const value = raw?.trim().toLowerCase();
    if (!value) continue;
    out.add(value);
    for (const word of value.split(/[\s@._+-]+/)) if (word.length >= 3) out.add(word);
    const latin = transliterate(value);
    if (latin !== value) for (const word of latin.split(/[\s@._+-]+/)) if (word.length >= 3) out.add(word);
    const digits = value.replace(/\D/g, '');
    if (digits.length >= 4) {
      out.add(digits);
      if (digits.length === 11 && /^[78]/.test(digits)) out.add(digits.slice(1));
    }
  }
  return [...out];
}

let factory: Promise<ZxcvbnFactory> | undefined;

/** The estimator with every dictionary (loaded once per page). */
function estimator(): Promise<ZxcvbnFactory> {
  return (factory ??= import('./dictionaries.js').then(
    ({ dictionary, graphs }) => new ZxcvbnFactory({ dictionary, graphs, useLevenshteinDistance: true }),
  ));
}

/** Builds the estimator ahead of typing (when the field is shown), in idle time where the browser has it. */
export function warmUp(): void {
  const idle = (globalThis as { requestIdleCallback?: (run: () => void, options?: { timeout: number }) => void })
    .requestIdleCallback;
  if (idle) idle(() => void estimator(), { timeout: 1000 });
  else setTimeout(() => void estimator(), 0);
}

/** Estimates a password against the dictionaries and the citizen's own data. */
export async function estimate(
  password: string,
  userInputs: ReadonlyArray<string | undefined> = [],
): Promise<Strength> {
  const result = (await estimator()).check(password, userInputsOf(userInputs));
  return {
    score: result.score,
    warning: result.feedback.warning ?? undefined,
    suggestions: result.feedback.suggestions,
  };
}
