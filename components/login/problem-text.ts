/** The text <gu-login> shows for a failed call (loaded with the engine): by server code, else by kind. */
import type { ApiError } from '../core/api/index.js';
import type { outcomesRu } from './locales/outcomes.js';

/** A server message (validation, conflict …) is shown as text — never as HTML. */
export function problemText(
  error: ApiError,
  out: typeof outcomesRu,
  later: (seconds: number) => [string, string],
): string {
  const retry = error.retryAfter ?? 60;
  switch (error.code) {
    case 'bad-credentials':
      return out.badCredentials;
    case 'account-locked':
      return out.locked(...later(retry));
    case 'factor-locked':
      return out.factorLocked(...later(retry));
    case 'flow-not-found':
      return out.flowExpired;
  }
  switch (error.kind) {
    case 'network':
      return out.offline;
    case 'timeout':
      return out.timeout;
    case 'server':
      return out.server;
    case 'malformed':
      return out.malformed;
    case 'rate-limited':
      return error.code === 'rate-limited' || !error.message
        ? out.rateLimited(...later(retry))
        : `${error.message} ${out.rateLimited(...later(retry))}`;
    default:
      return error.message || out.server;
  }
}
