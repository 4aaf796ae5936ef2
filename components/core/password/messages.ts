/** The strength meter's texts (ru + en): our wording for zxcvbn-ts feedback keys — zxcvbn's English texts are not used. */
import type { Catalogs } from '../i18n/index.js';

const ru = {
  title: 'Надёжность пароля',
  advisory: 'Подсказка, на сохранение пароля не влияет.',
  checking: 'Оцениваем…',
  scoreLabel: (score: number): string => ['очень слабый', 'слабый', 'средний', 'хороший', 'надёжный'][score] ?? '',
  scoreOf: (score: number): string => `${score} из 4`,
  spoken: (label: string): string => `Надёжность пароля: ${label}.`,
  warning: (key: string): string => WARNINGS_RU[key] ?? '',
  suggestion: (key: string): string => SUGGESTIONS_RU[key] ?? '',
};
const WARNINGS_RU: Record<string, string> = {
  straightRow: 'Ряд клавиш подряд легко угадать.',
  keyPattern: 'Узор на клавиатуре легко угадать.',
  simpleRepeat: 'Повторы вроде «ааа» легко угадать.',
  extendedRepeat: 'Повторы вроде «абвабвабв» легко угадать.',
  sequences: 'Последовательности вроде «abc» или «123» легко угадать.',
  recentYears: 'Недавние годы легко угадать.',
  dates: 'Даты легко угадать.',
  topTen: 'Этот пароль — один из самых частых.',
  topHundred: 'Этот пароль очень часто используют.',
  common: 'Такой пароль часто используют.',
  similarToCommon: 'Пароль похож на часто используемый.',
  wordByItself: 'Одно слово легко угадать.',
  namesByThemselves: 'Имена и фамилии легко угадать.',
  commonNames: 'Частые имена и фамилии легко угадать.',
  userInputs: 'В пароле есть ваши данные: имя, телефон, СНИЛС или почта.',
  pwned: 'Этот пароль встречался в утечках.',
};
const SUGGESTIONS_RU: Record<string, string> = {
  l33t: 'Замена букв похожими символами («@» вместо «a») почти не помогает.',
  reverseWords: 'Слово задом наперёд почти не помогает.',
  allUppercase: 'Заглавные буквы лучше ставить в середине, а не везде.',
  capitalization: 'Заглавная первая буква почти не помогает.',
  dates: 'Не используйте даты, связанные с вами.',
  recentYears: 'Не используйте недавние годы.',
  associatedYears: 'Не используйте годы, связанные с вами.',
  sequences: 'Не используйте последовательности символов.',
  repeated: 'Не повторяйте слова и символы.',
  longerKeyboardPattern: 'Не используйте узоры на клавиатуре.',
  anotherWord: 'Добавьте слова, которые редко встречаются вместе.',
  useWords: 'Лучше фраза из нескольких слов, не связанных между собой.',
  noNeed: 'Сложные символы не обязательны: длинная фраза надёжнее.',
  pwned: 'Если вы используете этот пароль где-то ещё, смените его.',
};

const en: typeof ru = {
  title: 'Password strength',
  advisory: 'A hint; it does not stop you from saving the password.',
  checking: 'Estimating…',
  scoreLabel: (score: number): string => ['very weak', 'weak', 'fair', 'good', 'strong'][score] ?? '',
  scoreOf: (score: number): string => `${score} of 4`,
  spoken: (label: string): string => `Password strength: ${label}.`,
  warning: (key: string): string => WARNINGS_EN[key] ?? '',
  suggestion: (key: string): string => SUGGESTIONS_EN[key] ?? '',
};
const WARNINGS_EN: Record<string, string> = {
  straightRow: 'A straight row of keys is easy to guess.',
  keyPattern: 'A keyboard pattern is easy to guess.',
  simpleRepeat: 'Repeats like “aaa” are easy to guess.',
  extendedRepeat: 'Repeats like “abcabcabc” are easy to guess.',
  sequences: 'Sequences like “abc” or “123” are easy to guess.',
  recentYears: 'Recent years are easy to guess.',
  dates: 'Dates are easy to guess.',
  topTen: 'This is one of the most used passwords.',
  topHundred: 'This password is used very often.',
  common: 'This password is used often.',
  similarToCommon: 'This is similar to an often used password.',
  wordByItself: 'A single word is easy to guess.',
  namesByThemselves: 'Names and surnames are easy to guess.',
  commonNames: 'Frequent names and surnames are easy to guess.',
  userInputs: 'The password contains your data: name, phone, SNILS or e-mail.',
  pwned: 'This password appeared in a data breach.',
};
const SUGGESTIONS_EN: Record<string, string> = {
  l33t: 'Replacing letters with look-alikes (“@” for “a”) hardly helps.',
  reverseWords: 'A word spelt backwards hardly helps.',
  allUppercase: 'Capitalise some letters, not all of them.',
  capitalization: 'A capital first letter hardly helps.',
  dates: 'Avoid dates associated with you.',
  recentYears: 'Avoid recent years.',
  associatedYears: 'Avoid years associated with you.',
  sequences: 'Avoid sequences of characters.',
  repeated: 'Avoid repeated words and characters.',
  longerKeyboardPattern: 'Avoid keyboard patterns.',
  anotherWord: 'Add words that are rarely used together.',
  useWords: 'A phrase of several unrelated words is better.',
  noNeed: 'Special characters are not required: a long phrase is stronger.',
  pwned: 'If you use this password elsewhere, change it.',
};

export type StrengthMessages = typeof ru;
export const strengthMessages: Catalogs<StrengthMessages> = { ru, en };
