/**
 * Access recovery: the same answer for unknown identifiers (nothing is sent), security questions.
 */
import { DECOY_QUESTIONS, type SecurityQuestion } from './data.js';
import { IdentityProblem, accounts, config, type Flow, type IdentityStep, type Schemas } from './store.js';
import type { Locale } from '../handlers/support.js';
import { checkAuthorization, findAccount, flowOf, newFlow, normaliseIdentifier } from './flows.js';
import { deliver } from './codes.js';
import { passwordStep } from './passwords.js';

/** `POST /identity/recovery`: the same answer whether or not an account matches (nothing is sent for none). */
export function recover(body: Schemas['IdentityRecoveryRequest']): IdentityStep {
  const authorization = checkAuthorization(body.authorization);
  const { kind } = normaliseIdentifier(body.identifier);
  if (kind === 'login')
    throw new IdentityProblem(422, 'validation-failed', {
      fields: [{ field: 'identifier', code: 'identifier-invalid' }],
    });
  const account = findAccount(body.identifier, true);
  const flow = newFlow('recovery', {
    authorization,
    personId: account?.personId,
    policy: body.passwordPolicy ?? 'default',
  });
  return deliver(flow, kind === 'email' ? 'email' : 'sms', kind === 'email' ? 'email' : 'phone');
}

export function questionsOf(flow: Flow): SecurityQuestion[] {
  const account = flow.personId ? accounts.get(flow.personId) : undefined;
  return account && account.identity.questions.length > 0 ? account.identity.questions : DECOY_QUESTIONS;
}

/** `POST /identity/flows/{flowId}/questions`. */
export function answerQuestions(
  flowId: string,
  body: Schemas['IdentityQuestionsRequest'],
  locale: Locale,
): IdentityStep {
  const flow = flowOf(flowId, ['recovery']);
  const questions = questionsOf(flow);
  const step = (problem?: IdentityStep['problem']): IdentityStep => ({
    flowId: flow.id,
    step: 'questions',
    questions: questions.map((question) => ({ id: question.id, text: question.text[locale] })),
    attemptsLeft: Math.max(0, config.questionAttempts - flow.questionTries),
    ...(problem ? { problem } : {}),
  });
  if (flow.questionTries >= config.questionAttempts)
    throw new IdentityProblem(429, 'questions-locked', { retryAfter: 86_400 });
  if (!body.answers) return step();
  const normal = (value: string) => value.trim().toLowerCase().replaceAll('ё', 'е');
  const correct = questions.every(
    (question) =>
      normal(body.answers!.find((answer) => answer.id === question.id)?.answer ?? '') === normal(question.answer),
  );
  if (!correct || !flow.personId) {
    flow.questionTries += 1;
    if (flow.questionTries >= config.questionAttempts)
      throw new IdentityProblem(429, 'questions-locked', { retryAfter: 86_400 });
    return step('wrong-answers');
  }
  flow.questionsPassed = true;
  return passwordStep(flow);
}
