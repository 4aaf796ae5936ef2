/** SCAFFOLD (issue 14): documents for charge search (GET/POST /charge-documents, DELETE /charge-documents/{id}); owned by the documents helper. */
import type { RequestHandler } from 'msw';

export const documentHandlers: RequestHandler[] = [];
