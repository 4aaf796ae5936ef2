/** The security mock (issue 16): sessions and trusted devices — owner: sessions helper. SCAFFOLD — its owner fills it (see /work/brief/security-plan.md). */
import type { RequestHandler } from 'msw';

export const sessionHandlers: RequestHandler[] = [];
