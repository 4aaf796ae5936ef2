/**
 * «Контрольные вопросы» calls of <gu-security-settings> (contract: getSecurityQuestions, setSecurityQuestions),
 * loaded with the questions part; answers validated at the boundary with valibot. Answers are sent, never received.
 */
import * as v from 'valibot';
import { valibotParser, type ApiClient } from '../core/api/index.js';
import type { SecurityQuestions } from './types.js';

const QuestionSchema = v.object({ id: v.string(), text: v.string() });

const QuestionsSchema = v.object({
  chosen: v.array(QuestionSchema),
  catalogue: v.array(QuestionSchema),
  updatedAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
}) satisfies v.GenericSchema<unknown, SecurityQuestions>;

/** The chosen questions (never their answers) and the catalogue to choose from. */
export function getQuestions(client: ApiClient, signal?: AbortSignal): Promise<SecurityQuestions> {
  return client.get('security/questions', { signal, parse: valibotParser(QuestionsSchema) });
}

/**
 * Chooses two different questions and their answers (2–100 characters; 422 `fields` `answers.<i>.answer`). A
 * sensitive change: 403 `reauthentication-required` unless the session re-authenticated lately (ctx.stepUp.guard).
 * The same key for a retry of the same answers.
 */
export function setQuestions(
  client: ApiClient,
  answers: ReadonlyArray<{ questionId: string; answer: string }>,
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<SecurityQuestions> {
  return client.request({
    method: 'PUT',
    path: 'security/questions',
    body: { answers },
    idempotencyKey,
    signal,
    parse: valibotParser(QuestionsSchema),
  });
}
