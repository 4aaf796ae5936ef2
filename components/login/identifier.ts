/**
 * One identifier field for phone, e-mail, SNILS or INN (and passport in recovery): what the citizen typed is
 * detected, validated with core/validation (precise reasons: SNILS check digit, foreign phone …) and normalised.
 */
import {
  formatPassport,
  formatPhone,
  formatSnils,
  stripSeparators,
  validateEmail,
  validateInn,
  validatePassport,
  validatePhone,
  validateSnils,
  type ValidationReason,
} from '../core/validation/index.js';

export type IdentifierKind = 'phone' | 'email' | 'snils' | 'inn' | 'passport' | 'login';

export type Detected =
  | { kind: IdentifierKind; ok: true; value: string; display: string }
  | { kind: IdentifierKind | undefined; ok: false; reason: ValidationReason };

/** The short logins of the mock's test citizens and real deployments' own logins: latin, 3–32 characters. */
const LOGIN = /^[a-z][a-z0-9._-]{2,31}$/i;

/** Detects the kind of an identifier and validates it as that kind. `passport` allows a passport (recovery). */
export function detectIdentifier(input: string, passport = false): Detected {
  const trimmed = input.trim();
  if (trimmed === '') return { kind: undefined, ok: false, reason: 'required' };
  if (trimmed.includes('@')) {
    const email = validateEmail(trimmed);
    return email.ok
      ? { kind: 'email', ok: true, value: email.value.toLowerCase(), display: email.value }
      : { kind: 'email', ok: false, reason: email.reason };
  }
  const compact = stripSeparators(trimmed);
  if (/^\+?\d+$/.test(compact)) {
    const phoneLike = compact.startsWith('+') || /^[78]9\d{9}$/.test(compact) || /^9\d{9}$/.test(compact);
    const snilsLike = /^\d{3}-\d{3}-\d{3}[\s-]\d{2}$/.test(trimmed);
    if (phoneLike && !snilsLike) {
      const phone = validatePhone(compact);
      return phone.ok
        ? { kind: 'phone', ok: true, value: phone.value, display: formatPhone(phone.value) }
        : { kind: 'phone', ok: false, reason: phone.reason };
    }
    if (compact.length === 11) {
      const snils = validateSnils(compact);
      return snils.ok
        ? { kind: 'snils', ok: true, value: snils.value, display: formatSnils(snils.value) }
        : { kind: 'snils', ok: false, reason: snils.reason };
    }
    if (compact.length === 12) {
      const inn = validateInn(compact, 'person');
      return inn.ok
        ? { kind: 'inn', ok: true, value: inn.value, display: inn.value }
        : { kind: 'inn', ok: false, reason: inn.reason };
    }
    if (passport && compact.length === 10) {
      const doc = validatePassport(compact);
      return doc.ok
        ? { kind: 'passport', ok: true, value: doc.value, display: formatPassport(doc.value) }
        : { kind: 'passport', ok: false, reason: doc.reason };
    }
    return { kind: undefined, ok: false, reason: 'length' };
  }
  if (LOGIN.test(trimmed)) return { kind: 'login', ok: true, value: trimmed.toLowerCase(), display: trimmed };
  return { kind: undefined, ok: false, reason: 'format' };
}
