/**
 * The identity API's input limits (mocks/openapi.yaml, tag identity: each field's `maxLength`): the widget checks them
 * before sending and the mock refuses anything over them with 400 and a field error. test/node/identity-limits.test.ts
 * keeps these numbers equal to the contract's.
 */
export const IDENTITY_LIMITS = {
  /** Sign-in login: phone, e-mail, SNILS, INN or a short login. */
  login: 254,
  /** Every password field (sign-in, new password, passkey enrolment); the policies' maximum. */
  password: 128,
  /** Registration: surname, name, patronymic. */
  name: 100,
  /** Registration: a phone or an e-mail. */
  contact: 254,
  /** Recovery: phone, e-mail, SNILS, INN or passport. */
  identifier: 254,
  /** A security-question answer. */
  answer: 200,
} as const;

/**
 * The character policy of person names (registration): letters of any script with their combining marks, and space,
 * hyphen and apostrophe between them; the first character a letter. As the contract's `pattern` (Unicode mode).
 */
export const NAME_PATTERN = "^[\\p{L}\\p{M}][\\p{L}\\p{M} '’-]*$";
export const NAME = new RegExp(NAME_PATTERN, 'u');
