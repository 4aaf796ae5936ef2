/**
 * Length and control-character limits of a value as typed — for fields whose own rules decide the characters
 * (passwords, logins, names): the contract's `maxLength` counted as JSON Schema counts it (code points), and no control
 * characters (C0 with NUL, DEL, C1, line / paragraph separators). Pure; the client and the mock backend use the same
 * function so they refuse the same value for the same reason. Nothing is ever cut: an issue says where and how much.
 *
 * (Free text with a character policy — addresses, authorities — is `checkFreeText` in free-text.ts.)
 */

/** What is wrong with a value's length or characters. `position` is 1-based, in characters. */
export type TextLimitIssue =
  | { reason: 'too-long'; maxLength: number; length: number }
  | { reason: 'control'; codePoint: number; position: number };

/** Characters as JSON Schema's `maxLength` counts them (code points, not UTF-16 units). */
export const characterCount = (value: string): number => [...value].length;

const isControl = (codePoint: number): boolean =>
  codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f) || codePoint === 0x2028 || codePoint === 0x2029;

/** The first control character of `value`, if any. */
export function controlCharacterOf(value: string): { codePoint: number; position: number } | undefined {
  const characters = [...value];
  for (let index = 0; index < characters.length; index += 1) {
    const codePoint = characters[index]!.codePointAt(0)!;
    if (isControl(codePoint)) return { codePoint, position: index + 1 };
  }
  return undefined;
}

/** Checks `value` against `maxLength` and for control characters (those first: they are invisible). */
export function checkTextLimit(value: string, maxLength: number): TextLimitIssue | undefined {
  const control = controlCharacterOf(value);
  if (control) return { reason: 'control', ...control };
  const length = characterCount(value);
  return length > maxLength ? { reason: 'too-long', maxLength, length } : undefined;
}

/** `U+0000` for a code point: how an invisible character is named in a message. */
export const codePointLabel = (codePoint: number): string =>
  `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
