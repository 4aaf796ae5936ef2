/** SCAFFOLD (issue 14): disputes (POST /charges/{id}/disputes, GET /disputes, POST /dispute-documents); owned by the dispute helper. */
import type { RequestHandler } from 'msw';

export const disputeHandlers: RequestHandler[] = [];
