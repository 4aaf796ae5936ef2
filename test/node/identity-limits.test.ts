/**
 * Issue 12, defect 12 (login part): the identity API's limits in one place for the widget and the mock
 * (components/login/limits.ts) are the contract's `maxLength` / `pattern` (mocks/openapi.yaml, tag identity).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { IDENTITY_LIMITS, NAME_PATTERN } from '../../components/login/limits.js';

interface Schema {
  properties?: Record<
    string,
    { maxLength?: number; pattern?: string; items?: Schema; properties?: Schema['properties'] }
  >;
}
const contract = JSON.parse(readFileSync(`${import.meta.dirname}/../../mocks/generated/openapi.json`, 'utf8')) as {
  components: { schemas: Record<string, Schema> };
};
const field = (schema: string, name: string) => contract.components.schemas[schema]!.properties![name]!;

test('every identity free-text field has the contract maxLength the widget and the mock enforce', () => {
  assert.equal(field('IdentitySignInRequest', 'login').maxLength, IDENTITY_LIMITS.login);
  assert.equal(field('IdentitySignInRequest', 'password').maxLength, IDENTITY_LIMITS.password);
  assert.equal(field('IdentityPasswordRequest', 'password').maxLength, IDENTITY_LIMITS.password);
  assert.equal(field('IdentityPasskeyRegistrationRequest', 'login').maxLength, IDENTITY_LIMITS.login);
  assert.equal(field('IdentityPasskeyRegistrationRequest', 'password').maxLength, IDENTITY_LIMITS.password);
  for (const name of ['surname', 'name', 'patronymic'] as const) {
    assert.equal(field('IdentityRegistrationRequest', name).maxLength, IDENTITY_LIMITS.name, name);
    assert.ok(field('IdentityRegistrationRequest', name).pattern?.includes(NAME_PATTERN.slice(1, -2)), name);
  }
  assert.equal(field('IdentityRegistrationRequest', 'contact').maxLength, IDENTITY_LIMITS.contact);
  assert.equal(field('IdentityRecoveryRequest', 'identifier').maxLength, IDENTITY_LIMITS.identifier);
  const answer = field('IdentityQuestionsRequest', 'answers').items!.properties!['answer']!;
  assert.equal(answer.maxLength, IDENTITY_LIMITS.answer);
});
