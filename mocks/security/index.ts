/**
 * The mock backend of <gu-security-settings> (issue 16): one module per area, each with its handlers; the shared
 * state (login events, re-authentication, reports …) is store.ts.
 */
import type { RequestHandler } from 'msw';
import { alertHandlers } from './alerts.js';
import { historyHandlers } from './history.js';
import { overviewHandlers } from './overview.js';
import { passwordHandlers } from './password.js';
import { sessionHandlers } from './sessions.js';
import { twoFactorHandlers } from './two-factor.js';

/** Every handler of the security area. */
export const securityHandlers: RequestHandler[] = [
  ...overviewHandlers,
  ...passwordHandlers,
  ...twoFactorHandlers,
  ...sessionHandlers,
  ...historyHandlers,
  ...alertHandlers,
];
