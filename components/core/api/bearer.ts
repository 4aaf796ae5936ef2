/**
 * The one place the kit writes a bearer token into a request (RFC 6750): core/api's requests and uploads, and the
 * session's `authorize` hook when the token is not DPoP-bound.
 */
export function bearerHeaders(accessToken: string): { Authorization: string } {
  return { Authorization: `Bearer ${accessToken}` };
}
