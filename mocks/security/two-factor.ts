/** The security mock (issue 16): two-factor (SMS, authenticator app, backup codes, default, on/off) and passkeys — owner: two-factor helper. SCAFFOLD — its owner fills it (see /work/brief/security-plan.md). */
import type { RequestHandler } from 'msw';

export const twoFactorHandlers: RequestHandler[] = [];
