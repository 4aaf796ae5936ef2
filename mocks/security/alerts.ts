/** The security mock (issue 16): security alerts — owner: portal-overview helper. SCAFFOLD — its owner fills it (see /work/brief/security-plan.md). */
import type { RequestHandler } from 'msw';

export const alertHandlers: RequestHandler[] = [];
