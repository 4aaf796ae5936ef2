/**
 * core/password/checklist.ts, the new-password checklist <gu-login> and <gu-security-settings> share: the policy's
 * rules as the citizen types, the field's message for the first broken rule, the progress said on a pause, and the
 * list with each rule's state as text under the host's BEM block.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import {
  checklistMessages,
  checklistProgress,
  passwordRuleError,
  passwordRules,
  renderChecklist,
} from '../../../components/core/password/checklist.js';

const ru = checklistMessages.ru;

describe('core/password checklist', () => {
  it('checks the default policy rule by rule, and only the length for nist', () => {
    const rules = passwordRules('абвгдЕ1', 'default', 8, ru);
    expect(rules.map((rule) => [rule.label, rule.met])).to.deep.equal([
      ['Не короче 8 символов', false],
      ['Заглавная буква', true],
      ['Строчная буква', true],
      ['Цифра', true],
      ['Специальный символ, например ! @ # $', false],
    ]);
    expect(passwordRules('длинная фраза без цифр', 'nist', 15, ru).map((rule) => rule.met)).to.deep.equal([true]);
    expect(checklistProgress(rules, ru)).to.equal('Выполнено требований: 3 из 5');
  });

  it('says the first broken rule: the length first, then what is missing', () => {
    expect(passwordRuleError('Аб1!', 'default', 8, ru)).to.equal('Пароль должен быть не короче 8 символов');
    expect(passwordRuleError('абвгдежз', 'default', 8, ru)).to.equal(
      'В пароле не хватает: заглавная буква, цифра, специальный символ, например ! @ # $',
    );
    expect(passwordRuleError('Абвгде1!', 'default', 8, ru)).to.equal(undefined);
    expect(passwordRuleError('short', 'default', 8, checklistMessages.en)).to.equal(
      'The password must have at least 8 characters',
    );
  });

  it("draws the list under the host's block, each state as text", () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(
      renderChecklist(passwordRules('Абвгде1!', 'default', 8, ru).slice(0, 2), { id: 'r', block: 'x', msg: ru }),
      host,
    );
    const list = host.querySelector('ul.x__checklist')!;
    expect(list.getAttribute('aria-labelledby')).to.equal('r');
    expect(host.querySelector('#r')!.textContent).to.include('Требования к паролю');
    const items = [...list.querySelectorAll('li')];
    expect(items.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Не короче 8 символов — выполнено',
      'Заглавная буква — выполнено',
      'Не распространённый и без ваших данных (проверит сервер)',
    ]);
    expect(items[0]!.hasAttribute('data-met')).to.equal(true);
    expect(items[0]!.querySelector('.x__sr')).to.not.equal(null);
    host.remove();
  });
});
