import type { FreeTextIssue } from '../validation/free-text.js';
import type { ValidationReason } from '../validation/index.js';
import type { CoreMessages } from './locales/ru.js';

/** The identifiers core/validation checks, as a field knows them. */
export type IdentifierKind =
  | 'snils'
  | 'inn'
  | 'inn-person'
  | 'inn-organisation'
  | 'passport'
  | 'unit-code'
  | 'phone'
  | 'email'
  | 'uin'
  | 'one-time-code';

/** The precise, localised message for a failed validation of `kind`. */
export function validationMessage(
  msg: CoreMessages,
  kind: IdentifierKind,
  reason: ValidationReason,
  codeLength = 6,
): string {
  if (reason === 'required') return msg.required;
  switch (kind) {
    case 'snils':
      return reason === 'checksum' ? msg.snilsChecksum : reason === 'length' ? msg.snilsLength : msg.snilsFormat;
    case 'inn':
    case 'inn-person':
    case 'inn-organisation':
      if (reason === 'checksum') return msg.innChecksum;
      if (reason === 'all-zeros') return msg.innAllZeros;
      if (reason === 'length') {
        return kind === 'inn-person'
          ? msg.innLengthPerson
          : kind === 'inn-organisation'
            ? msg.innLengthOrganisation
            : msg.innLength;
      }
      return msg.innFormat;
    case 'passport':
      return reason === 'length' ? msg.passportLength : msg.passportFormat;
    case 'unit-code':
      return msg.unitCodeFormat;
    case 'phone':
      if (reason === 'kazakhstan') return msg.phoneKazakhstan;
      if (reason === 'foreign') return msg.phoneForeign;
      return reason === 'length' ? msg.phoneLength : msg.phoneFormat;
    case 'email':
      return reason === 'length' ? msg.emailLength : msg.emailFormat;
    case 'uin':
      if (reason === 'checksum') return msg.uinChecksum;
      if (reason === 'all-zeros') return msg.uinAllZeros;
      return reason === 'length' ? msg.uinLength : msg.uinFormat;
    case 'one-time-code':
      return reason === 'length' ? msg.codeLength(codeLength) : msg.codeFormat;
  }
}

/** `U+0000` for a code point: how a control character (invisible by nature) is named in a message. */
const codePointName = (codePoint: number): string => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The precise, localised message for a free-text issue (core/validation/free-text.ts): the limit and the length now,
 * or which character is refused and where.
 */
export function freeTextMessage(msg: CoreMessages, issue: FreeTextIssue): string {
  switch (issue.reason) {
    case 'required':
      return msg.required;
    case 'too-long':
      return msg.textTooLong(issue.maxLength, issue.length);
    case 'control':
      return msg.textControl(codePointName(issue.codePoint), issue.position);
    case 'character':
      return msg.textCharacter(issue.character, issue.position);
  }
}
