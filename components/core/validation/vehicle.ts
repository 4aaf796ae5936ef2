/**
 * The numbers of a driving licence (водительское удостоверение, ВУ) and of a vehicle registration certificate
 * (свидетельство о регистрации ТС, СТС): what the portal searches traffic fines by (ГИС ГМП, security-and-session.md
 * §5 «ГИС ГМП basics»; the contract's ChargeDocument.number). Both are printed `NN AA NNNNNN`: a series of two digits
 * (the region) and two digits or two Cyrillic letters, then a six-digit number — «99 12 345678», «77 УХ 123456». There
 * is no check digit, so the format is all a client can check.
 *
 * A module of its own (not core/validation/index.ts): only the parts that take these numbers load it.
 */
import { stripSeparators } from './index.js';

/** Why a ВУ or СТС number is not one — precise enough for a message that says what to fix. */
export type VehicleDocumentReason =
  /** Nothing typed. */
  | 'required'
  /** A character that is neither a digit nor a Cyrillic letter (a Latin letter that looks like none, a symbol). */
  | 'characters'
  /** Not 10 characters (4 of the series, 6 of the number). */
  | 'length'
  /** The series is not two digits followed by two digits or two Cyrillic letters. */
  | 'series'
  /** The last six characters are not digits. */
  | 'number';

export type VehicleDocumentResult = { ok: true; value: string } | { ok: false; reason: VehicleDocumentReason };

/**
 * Latin letters that look like the Cyrillic letters of series (the twelve of number plates): typed on an English
 * keyboard, or pasted from a document scanned with Latin OCR, they mean the Cyrillic letter.
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
};

/** Upper case, Latin look-alikes as Cyrillic, without separators (spaces, hyphens, dots, brackets) and «№». */
export function compactVehicleDocument(input: string): string {
  return [...stripSeparators(input).replace(/№/g, '').toUpperCase()].map((c) => LOOKALIKES[c] ?? c).join('');
}

/**
 * Validates a ВУ or СТС number; accepts `99 12 345678`, `9912345678`, `77 ух 123456`, `77-УХ-123456`, Latin
 * look-alikes (`77 YX 123456`). Value: `NN AA NNNNNN` with Cyrillic capitals.
 */
export function validateVehicleDocument(input: string): VehicleDocumentResult {
  const value = compactVehicleDocument(input);
  if (value === '') return { ok: false, reason: 'required' };
  if (!/^[\dА-ЯЁ]+$/.test(value)) return { ok: false, reason: 'characters' };
  if (value.length !== 10) return { ok: false, reason: 'length' };
  if (!/^\d{2}(?:\d{2}|[А-ЯЁ]{2})$/.test(value.slice(0, 4))) return { ok: false, reason: 'series' };
  if (!/^\d{6}$/.test(value.slice(4))) return { ok: false, reason: 'number' };
  return { ok: true, value: `${value.slice(0, 2)} ${value.slice(2, 4)} ${value.slice(4)}` };
}

/** A driving licence number (ВУ): the format above. */
export const validateDrivingLicence = validateVehicleDocument;
/** A vehicle registration certificate number (СТС): the format above. */
export const validateVehicleRegistration = validateVehicleDocument;

/**
 * Formats what is being typed into `NN AA NNNNNN` (look-alikes as Cyrillic, upper case); text with other characters is
 * left as it is, so the citizen sees what they typed and the message says what is wrong.
 */
export function maskVehicleDocument(raw: string): string {
  const value = compactVehicleDocument(raw);
  if (value === '' || !/^[\dА-ЯЁ]+$/.test(value)) return raw;
  const parts = [value.slice(0, 2), value.slice(2, 4), value.slice(4)].filter((part) => part !== '');
  return parts.join(' ');
}
