import type { Session } from '../../components/core/session/session-context.js';

/**
 * Signs in as a test citizen of the mock provider without a page navigation (MSW cannot answer one):
 * the session creates the authorization request, the mock's embedded endpoint checks the credentials and
 * answers the redirect URI with the code, and the session exchanges it (mocks/oidc/README.md).
 */
export async function signInAsTestCitizen(
  session: Session,
  authority: string,
  login: string,
  password: string,
): Promise<void> {
  const request = await session.createAuthorizationRequest();
  const response = await fetch(`${authority.replace(/\/$/, '')}/embedded/authorize`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      client_id: request.clientId,
      redirect_uri: request.redirectUri,
      response_type: 'code',
      scope: request.scope,
      state: request.state,
      nonce: request.nonce,
      code_challenge: request.codeChallenge,
      code_challenge_method: request.codeChallengeMethod,
      login,
      password,
    }),
  });
  if (!response.ok) throw new Error(`embedded authorize answered ${response.status}`);
  const { redirectTo } = (await response.json()) as { redirectTo: string };
  await session.acceptAuthorizationResponse(redirectTo);
}
