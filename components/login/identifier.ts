/**
 * One identifier field for phone, e-mail, SNILS or INN (and passport in recovery): what the citizen typed is
 * detected, validated with core/validation (precise reasons: SNILS check digit, foreign phone …) and normalised.
 */
import { checkValue, type ValueKind } from '../core/validation/kinds.js';
import { stripSeparators, type ValidationReason } from '../core/validation/index.js';

export type IdentifierKind = 'phone' | 'email' | 'snils' | 'inn' | 'passport' | 'login';

export type Detected =
  | { kind: IdentifierKind; ok: true; value: string; display: string }
  | { kind: IdentifierKind | undefined; ok: false; reason: ValidationReason };

/** The short logins of the mock's test citizens and real deployments' own logins: latin, 3–32 characters. */
const LOGIN = /^[a-z][a-z0-9._-]{2,31}$/i;

/** `input` checked as core/validation's `valueKind`, reported as the identifier `kind`. */
function detectedAs(kind: IdentifierKind, valueKind: ValueKind, input: string): Detected {
  const checked = checkValue(valueKind, input);
  return checked.ok ? { kind, ...checked } : { kind, ok: false, reason: checked.reason };
}

/** Detects the kind of an identifier and validates it as that kind. `passport` allows a passport (recovery). */
export function detectIdentifier(input: string, passport = false): Detected {
  const trimmed = input.trim();
  if (trimmed === '') return { kind: undefined, ok: false, reason: 'required' };
  if (trimmed.includes('@')) {
    const email = detectedAs('email', 'email', trimmed);
    return email.ok ? { ...email, value: email.value.toLowerCase() } : email;
  }
  const compact = stripSeparators(trimmed);
  if (/^\+?\d+$/.test(compact)) {
    const phoneLike = compact.startsWith('+') || /^[78]9\d{9}$/.test(compact) || /^9\d{9}$/.test(compact);
    const snilsLike = /^\d{3}-\d{3}-\d{3}[\s-]\d{2}$/.test(trimmed);
    if (phoneLike && !snilsLike) return detectedAs('phone', 'phone', compact);
    if (compact.length === 11) return detectedAs('snils', 'snils', compact);
    if (compact.length === 12) return detectedAs('inn', 'inn-person', compact);
    if (passport && compact.length === 10) return detectedAs('passport', 'passport', compact);
    return { kind: undefined, ok: false, reason: 'length' };
  }
  if (LOGIN.test(trimmed)) return { kind: 'login', ok: true, value: trimmed.toLowerCase(), display: trimmed };
  return { kind: undefined, ok: false, reason: 'format' };
}
