/**
 * The new-password checklist (requirement 28): the portal policy's rules live as the citizen types — length, and for
 * the `default` policy an upper-case letter, a lower-case letter, a digit and a special character; `nist` asks only
 * the length (and says a long phrase is better). The server's blocklist and personal-data check are listed as such.
 * Shared by <gu-login> (registration, recovery) and <gu-security-settings> («Изменить пароль»): the rules, their
 * texts (ru + en) and the list, each under the host's BEM block (`<block>__checklist`, `<block>__sr`). A met rule is
 * marked by text («выполнено»), never by colour alone; the host announces `progress()` politely on a pause.
 */
import { html, type TemplateResult } from 'lit';
import type { Catalogs } from '../i18n/index.js';

export type PasswordPolicyName = 'default' | 'nist';

const ru = {
  rules: 'Требования к паролю',
  ruleLength: (n: number): string => `Не короче ${n} символов`,
  ruleUpper: 'Заглавная буква',
  ruleLower: 'Строчная буква',
  ruleDigit: 'Цифра',
  ruleSpecial: 'Специальный символ, например ! @ # $',
  ruleCommon: 'Не распространённый и без ваших данных (проверит сервер)',
  nistNote: 'Длинная фраза из нескольких слов надёжнее сложного короткого пароля. Состав символов не важен.',
  met: 'выполнено',
  notMet: 'не выполнено',
  progress: (met: number, total: number): string => `Выполнено требований: ${met} из ${total}`,
  tooShort: (n: number): string => `Пароль должен быть не короче ${n} символов`,
  missing: (what: string): string => `В пароле не хватает: ${what}`,
};
const en: typeof ru = {
  rules: 'Password requirements',
  ruleLength: (n: number): string => `At least ${n} characters`,
  ruleUpper: 'An upper-case letter',
  ruleLower: 'A lower-case letter',
  ruleDigit: 'A digit',
  ruleSpecial: 'A special character such as ! @ # $',
  ruleCommon: 'Not a common password and without your data (checked by the server)',
  nistNote:
    'A long phrase of several words is stronger than a short complex password. The kind of characters does not matter.',
  met: 'met',
  notMet: 'not met',
  progress: (met: number, total: number): string => `Requirements met: ${met} of ${total}`,
  tooShort: (n: number): string => `The password must have at least ${n} characters`,
  missing: (what: string): string => `The password lacks: ${what}`,
};

export type ChecklistMessages = typeof ru;
/** The checklist's texts (small: both languages come with it). */
export const checklistMessages: Catalogs<ChecklistMessages> = { ru, en };

export interface PasswordRule {
  label: string;
  met: boolean;
}

/** The policy's rules for `value`, in the checklist's order. */
export function passwordRules(
  value: string,
  policy: PasswordPolicyName,
  minLength: number,
  msg: ChecklistMessages,
): PasswordRule[] {
  const rules: PasswordRule[] = [{ label: msg.ruleLength(minLength), met: [...value].length >= minLength }];
  if (policy === 'default')
    rules.push(
      { label: msg.ruleUpper, met: /\p{Lu}/u.test(value) },
      { label: msg.ruleLower, met: /\p{Ll}/u.test(value) },
      { label: msg.ruleDigit, met: /\d/.test(value) },
      { label: msg.ruleSpecial, met: /[^\p{L}\d\s]/u.test(value) },
    );
  return rules;
}

/**
 * The field's message for a typed password that breaks the policy («Пароль должен быть не короче 8 символов», «В пароле
 * не хватает: цифра, …»), or undefined when every rule is met. An empty value is the host's own message.
 */
export function passwordRuleError(
  value: string,
  policy: PasswordPolicyName,
  minLength: number,
  msg: ChecklistMessages,
): string | undefined {
  const unmet = passwordRules(value, policy, minLength, msg).filter((rule) => !rule.met);
  if (unmet.length === 0) return undefined;
  if ([...value].length < minLength) return msg.tooShort(minLength);
  return msg.missing(unmet.map((rule) => rule.label.toLowerCase()).join(', '));
}

/** «Выполнено требований: 3 из 5» — what the host announces when typing pauses. */
export function checklistProgress(rules: readonly PasswordRule[], msg: ChecklistMessages): string {
  return msg.progress(rules.filter((rule) => rule.met).length, rules.length);
}

/** The checklist: a titled list, each rule with its state as text (visually hidden) and a ✓/○ mark by CSS. */
export function renderChecklist(
  rules: readonly PasswordRule[],
  options: { id: string; block: string; msg: ChecklistMessages },
): TemplateResult {
  const { id, block, msg } = options;
  return html`<div>
    <p id=${id}><strong>${msg.rules}</strong></p>
    <ul class="${block}__checklist" aria-labelledby=${id}>
      ${rules.map(
        (rule) =>
          html`<li ?data-met=${rule.met}>
            ${rule.label}<span class="${block}__sr"> — ${rule.met ? msg.met : msg.notMet}</span>
          </li>`,
      )}
      <li>${msg.ruleCommon}</li>
    </ul>
  </div>`;
}
