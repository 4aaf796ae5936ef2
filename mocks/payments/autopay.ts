/** SCAFFOLD (issue 14): autopay (GET /autopay, PUT /autopay/{providerId}); owned by the cards helper. */
import type { RequestHandler } from 'msw';

export const autopayHandlers: RequestHandler[] = [];
