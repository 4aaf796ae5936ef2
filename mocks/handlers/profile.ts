/** GET /profile: the signed-in citizen. */
import { citizenOf, http } from './support.js';

/** Handlers of the profile domain. */
export const profileHandlers = [
  http.get('/profile', ({ request, response }) => {
    const { ...profile } = citizenOf(request);
    return response(200).json(profile);
  }),
];
