/**
 * «Контрольные вопросы» (seed 000): the chosen questions shown and their answers never; changed by keyboard alone —
 * two different questions and answers, checked before sending; the identity account <gu-login> recovers with gets
 * the new ones.
 */
import { expect } from '@open-wc/testing';
import { accounts, resetMockIdentity } from '../../mocks/identity/store.js';
import { expectNoText } from '../helpers/perceive.js';
import {
  byName,
  deepActiveElement,
  deepText,
  expectAccessible,
  mountSecurity,
  recordAnnouncements,
  sendKeys,
  tabTo,
  until,
} from './harness.js';

describe('<gu-security-settings> security questions', () => {
  beforeEach(() => resetMockIdentity());

  it('shows the chosen questions without answers and changes them by keyboard', async () => {
    const h = await mountSecurity({ view: 'questions' });
    const root = await h.waitForView('questions', (r) => deepText(r).includes('Девичья фамилия матери'));
    expect(deepText(root)).to.include('Кличка первого домашнего животного');
    expectNoText(root, ['иванова', 'барсик'], 'the answers');
    await expectAccessible(h.widget);

    await tabTo(byName('Изменить вопросы'), '«Изменить вопросы»');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.id === 'q0', 'focus on question 1');
    // Question 2 the same as question 1, and no answers: refused here, nothing sent.
    const calls = h.recordRequests();
    await tabTo((el) => el.id === 'q1', 'question 2');
    await sendKeys({ press: 'ArrowUp' });
    const said = recordAnnouncements();
    await tabTo(byName('Сохранить'), '«Сохранить»');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.id === 'a0', 'focus on the first error');
    expect(deepText(root)).to.include('Введите ответ на вопрос 1');
    expect(deepText(root)).to.include('Выберите два разных вопроса');
    await said.until('Исправьте ошибки в форме.');
    expect(calls.count('PUT', 'security/questions')).to.equal(0);
    await expectAccessible(h.widget);

    await sendKeys({ type: 'Зорька' });
    await tabTo((el) => el.id === 'q1', 'question 2');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await tabTo((el) => el.id === 'a1', 'answer 2');
    await sendKeys({ type: '57' });
    await tabTo(byName('Сохранить'), '«Сохранить»');
    await sendKeys({ press: 'Enter' });
    await said.until('Контрольные вопросы сохранены.');
    expect(calls.count('PUT', 'security/questions')).to.equal(1);
    const questions = accounts.get('person-1')!.identity.questions;
    expect(questions.map((q) => q.id)).to.have.length(2);
    expect(questions[0]!.answer).to.equal('Зорька');
    expect(questions[1]!.answer).to.equal('57');
    expect(questions[0]!.id).to.not.equal(questions[1]!.id);
    expectNoText(root, ['Зорька'], 'the saved answer');
    said.stop();
  });
});
