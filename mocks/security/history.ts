/** The security mock (issue 16): login history, CSV export, «Это был не я» — owner: store-history helper. SCAFFOLD — its owner fills it (see /work/brief/security-plan.md). */
import type { RequestHandler } from 'msw';

export const historyHandlers: RequestHandler[] = [];
