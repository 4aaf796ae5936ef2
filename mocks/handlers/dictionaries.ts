/** GET /agencies and GET /services: the dictionaries. */
import { getDb } from '../db/index.js';
import { http } from './support.js';

/** Handlers of the dictionaries. */
export const dictionaryHandlers = [
  http.get('/agencies', ({ response }) => response(200).json({ items: getDb().agencies })),
  http.get('/services', ({ query, response }) => {
    const agencyId = query.get('agencyId');
    const items = getDb().services.filter((service) => !agencyId || service.agencyId === agencyId);
    return response(200).json({ items });
  }),
];
