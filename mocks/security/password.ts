/** The security mock (issue 16): password change, security questions, re-authentication — owner: password helper. SCAFFOLD — its owner fills it (see /work/brief/security-plan.md). */
import type { RequestHandler } from 'msw';

export const passwordHandlers: RequestHandler[] = [];
