/**
 * Pure validators for Russian e-government identifiers (requirements: security-and-session.md §5, 36–40).
 * Every validator accepts pasted, formatted input (spaces, hyphens, brackets) and returns a typed result:
 * `{ ok: true, value }` with the normalised value, or `{ ok: false, reason }` with a machine reason that
 * the i18n layer turns into a precise message. Check digits are client-side hints; the server re-validates.
 */

export {
  TEXT_PATTERN,
  TEXT_PUNCTUATION,
  checkFreeText,
  tidyFreeText,
  type FreeTextCharset,
  type FreeTextIssue,
  type FreeTextPolicy,
  type FreeTextResult,
} from './free-text.js';

export type ValidationReason = 'required' | 'format' | 'length' | 'checksum' | 'all-zeros' | 'foreign' | 'kazakhstan';

export type ValidationResult = { ok: true; value: string } | { ok: false; reason: ValidationReason };

const valid = (value: string): ValidationResult => ({ ok: true, value });
const invalid = (reason: ValidationReason): ValidationResult => ({ ok: false, reason });

/** Removes the separators people type or paste: spaces (incl. no-break), hyphens, dashes, dots, brackets. */
export function stripSeparators(input: string): string {
  return input.replace(/[\s\u00a0\u2009\-‐‑‒–—.()]/g, '');
}

const digitsOf = (value: string): number[] => [...value].map(Number);
const weightedSum = (digits: number[], weights: readonly number[]): number =>
  weights.reduce((sum, weight, index) => sum + weight * (digits[index] ?? 0), 0);

// ---------------------------------------------------------------- СНИЛС

/** The two control digits of a SNILS for its first nine digits (§5). */
export function snilsControl(first9: string): string {
  const sum = weightedSum(digitsOf(first9), [9, 8, 7, 6, 5, 4, 3, 2, 1]);
  const control = sum % 101 === 100 ? 0 : sum % 101;
  return String(control).padStart(2, '0');
}

/** Validates a SNILS; accepts `112-233-445 95`, `11223344595`, `112 233 445 95`. Value: 11 digits. */
export function validateSnils(input: string): ValidationResult {
  const value = stripSeparators(input);
  if (value === '') return invalid('required');
  if (!/^\d+$/.test(value)) return invalid('format');
  if (value.length !== 11) return invalid('length');
  const first9 = value.slice(0, 9);
  // Numbers up to 001-001-998 were issued before the check digit existed.
  if (Number(first9) > 1001998 && snilsControl(first9) !== value.slice(9)) return invalid('checksum');
  return valid(value);
}

/** Formats 11 SNILS digits as `XXX-XXX-XXX YY`; other input is returned unchanged. */
export function formatSnils(value: string): string {
  const digits = stripSeparators(value);
  if (!/^\d{11}$/.test(digits)) return value;
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${digits.slice(9)}`;
}

// ---------------------------------------------------------------- ИНН

const INN10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const INN11_WEIGHTS = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const INN12_WEIGHTS = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const innDigit = (digits: number[], weights: readonly number[]): number => (weightedSum(digits, weights) % 11) % 10;

/** The check digit(s) of an INN body: 9 digits → 1 check digit (organisation), 10 digits → 2 (person). */
export function innControl(body: string): string {
  const digits = digitsOf(body);
  if (body.length === 9) return String(innDigit(digits, INN10_WEIGHTS));
  const n11 = innDigit(digits, INN11_WEIGHTS);
  const n12 = innDigit([...digits, n11], INN12_WEIGHTS);
  return `${n11}${n12}`;
}

/**
 * Validates an INN (§5). `kind` narrows the length: `person` (12 digits, individuals and ИП),
 * `organisation` (10 digits) or `any`.
 */
export function validateInn(input: string, kind: 'person' | 'organisation' | 'any' = 'any'): ValidationResult {
  const value = stripSeparators(input);
  if (value === '') return invalid('required');
  if (!/^\d+$/.test(value)) return invalid('format');
  const lengths = kind === 'person' ? [12] : kind === 'organisation' ? [10] : [10, 12];
  if (!lengths.includes(value.length)) return invalid('length');
  if (/^0+$/.test(value)) return invalid('all-zeros');
  const body = value.slice(0, value.length === 10 ? 9 : 10);
  if (innControl(body) !== value.slice(body.length)) return invalid('checksum');
  return valid(value);
}

// ---------------------------------------------------------------- Passport

/** Validates series and number of a Russian internal passport (format only). Value: 10 digits. */
export function validatePassport(input: string): ValidationResult {
  const value = stripSeparators(input).replace(/№/g, '');
  if (value === '') return invalid('required');
  if (!/^\d+$/.test(value)) return invalid('format');
  if (value.length !== 10) return invalid('length');
  return valid(value);
}

/** Formats 10 passport digits as `NN NN NNNNNN`. */
export function formatPassport(value: string): string {
  const digits = stripSeparators(value);
  if (!/^\d{10}$/.test(digits)) return value;
  return `${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`;
}

/** Validates the issuing-unit code `NNN-NNN`. Value: `NNN-NNN`. */
export function validatePassportUnitCode(input: string): ValidationResult {
  const value = stripSeparators(input);
  if (value === '') return invalid('required');
  if (!/^\d+$/.test(value)) return invalid('format');
  if (value.length !== 6) return invalid('length');
  return valid(`${value.slice(0, 3)}-${value.slice(3)}`);
}

// ---------------------------------------------------------------- Phone

/**
 * Validates a Russian phone number and normalises it to `+7XXXXXXXXXX`. Accepts `8…`, `+7 (XXX) XXX-XX-XX`,
 * `7…` and bare 10 digits. Kazakhstan (`+7 6xx`, `+7 7xx`) and other countries are rejected with their own reason.
 */
export function validatePhone(input: string): ValidationResult {
  const compact = stripSeparators(input);
  if (compact === '') return invalid('required');
  if (!/^\+?\d+$/.test(compact)) return invalid('format');
  let national: string;
  if (compact.startsWith('+')) {
    if (!compact.startsWith('+7')) return invalid('foreign');
    national = compact.slice(2);
  } else if (compact.length === 11 && (compact.startsWith('8') || compact.startsWith('7'))) {
    national = compact.slice(1);
  } else if (compact.length === 10) {
    national = compact;
  } else {
    return invalid(compact.length > 11 ? 'foreign' : 'length');
  }
  if (national.length !== 10) return invalid('length');
  if (national.startsWith('6') || national.startsWith('7')) return invalid('kazakhstan');
  if (national.startsWith('0') || national.startsWith('1') || national.startsWith('2')) return invalid('format');
  return valid(`+7${national}`);
}

/** Formats `+7XXXXXXXXXX` as `+7 (XXX) XXX-XX-XX`. */
export function formatPhone(value: string): string {
  const match = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(value);
  return match ? `+7 (${match[1]}) ${match[2]}-${match[3]}-${match[4]}` : value;
}

/** Masks a normalised phone for display: `+7 (***) ***-45-67`. */
export function maskPhone(value: string): string {
  const match = /^\+7\d{6}(\d{2})(\d{2})$/.exec(value);
  return match ? `+7 (***) ***-${match[1]}-${match[2]}` : value;
}

// ---------------------------------------------------------------- E-mail

/**
 * Validates an e-mail address (a pragmatic subset of RFC 5322 that real mail servers accept; Cyrillic domains allowed).
 * Value: trimmed, domain lower-cased.
 */
export function validateEmail(input: string): ValidationResult {
  const value = input.trim();
  if (value === '') return invalid('required');
  if (value.length > 254) return invalid('length');
  const at = value.lastIndexOf('@');
  if (at < 1 || at === value.length - 1) return invalid('format');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1).toLowerCase();
  if (local.length > 64 || !/^[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]+$/u.test(local) || /^\.|\.\.|\.$/.test(local)) {
    return invalid('format');
  }
  const labels = domain.split('.');
  if (labels.length < 2 || labels.some((label) => !/^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u.test(label))) {
    return invalid('format');
  }
  if (!/^\p{L}{2,}$/u.test(labels.at(-1) ?? '') && !/^xn--[a-z0-9-]+$/.test(labels.at(-1) ?? ''))
    return invalid('format');
  return valid(`${local}@${domain}`);
}

// ---------------------------------------------------------------- УИН

/** The check digit of a UIN body (19 or 24 digits): two-pass mod 11 with cycling weights (§5). */
export function uinControl(body: string): string {
  const digits = digitsOf(body);
  const pass = (startWeight: number): number =>
    digits.reduce((sum, digit, index) => sum + digit * (((startWeight - 1 + index) % 10) + 1), 0) % 11;
  let remainder = pass(1);
  if (remainder === 10) remainder = pass(3);
  return remainder === 10 ? '0' : String(remainder);
}

/** Validates a UIN (unique accrual identifier): 20 or 25 digits, not all zeros, check digit (§5). */
export function validateUin(input: string): ValidationResult {
  const value = stripSeparators(input);
  if (value === '') return invalid('required');
  if (!/^\d+$/.test(value)) return invalid('format');
  if (value.length !== 20 && value.length !== 25) return invalid('length');
  if (/^0+$/.test(value)) return invalid('all-zeros');
  if (uinControl(value.slice(0, -1)) !== value.slice(-1)) return invalid('checksum');
  return valid(value);
}

// ---------------------------------------------------------------- One-time code

/** Normalises a one-time code typed or pasted as `123 456`, `123-456` or `123456`; checks the length. */
export function validateOneTimeCode(input: string, length = 6): ValidationResult {
  const value = stripSeparators(input);
  if (value === '') return invalid('required');
  if (!/^\d+$/.test(value)) return invalid('format');
  if (value.length !== length) return invalid('length');
  return valid(value);
}
