/** SCAFFOLD (issue 14): finding a charge (GET /charges/search); owned by the documents helper. */
import type { RequestHandler } from 'msw';

export const findHandlers: RequestHandler[] = [];
