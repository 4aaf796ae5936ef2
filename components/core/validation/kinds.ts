/**
 * The identifiers the kit validates by kind — what a text field's `validate`/`mask` names and what <gu-login>'s
 * identifier detection checks — with how a normalised value of each kind is shown.
 */
import {
  formatPassport,
  formatPhone,
  formatSnils,
  validateEmail,
  validateInn,
  validatePassport,
  validatePassportUnitCode,
  validatePhone,
  validateSnils,
  validateUin,
  type ValidationReason,
  type ValidationResult,
} from './index.js';

/** The kinds of value the kit validates. */
export type ValueKind =
  'snils' | 'inn' | 'inn-person' | 'inn-organisation' | 'phone' | 'email' | 'passport' | 'unit-code' | 'uin';

/** The validator of each kind: the normalised value, or the reason it is not one. */
export const VALIDATORS: Record<ValueKind, (input: string) => ValidationResult> = {
  snils: validateSnils,
  inn: (input) => validateInn(input, 'any'),
  'inn-person': (input) => validateInn(input, 'person'),
  'inn-organisation': (input) => validateInn(input, 'organisation'),
  phone: validatePhone,
  email: validateEmail,
  passport: validatePassport,
  'unit-code': validatePassportUnitCode,
  uin: validateUin,
};

/** How a normalised value of each kind is shown (kinds without one are shown as they are). */
export const FORMATTERS: Partial<Record<ValueKind, (value: string) => string>> = {
  snils: formatSnils,
  phone: formatPhone,
  passport: formatPassport,
};

/** `input` validated as `kind`: the normalised value and how it is shown, or the reason it is not one. */
export function checkValue(
  kind: ValueKind,
  input: string,
): { ok: true; value: string; display: string } | { ok: false; reason: ValidationReason } {
  const result = VALIDATORS[kind](input);
  if (!result.ok) return result;
  return { ok: true, value: result.value, display: FORMATTERS[kind]?.(result.value) ?? result.value };
}
