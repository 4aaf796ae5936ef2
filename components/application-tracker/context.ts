/**
 * What <gu-application-tracker> hands down to its parts (detail, thread, upload, filters, chart) as `.ctx`: one typed
 * object, made again only when the API base changes. A module of types, so a part never imports its element.
 */
import type { ApiAuth, ApiAuthHooks, ApiClient } from '../core/api/index.js';

export interface TrackerContext {
  /** The tracker's API client (core/api): `api-base` or the session's, with the session's token access. */
  readonly client: ApiClient;
  /** The API base the client was made with (uploads go around core/api for their progress). */
  readonly baseUrl: string;
  /** The session's token access, following the current session (uploads send it themselves). */
  readonly auth: ApiAuth & ApiAuthHooks;
}
