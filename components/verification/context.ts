/**
 * What <gu-verification> gives its flow parts, and what it asks of them. Parts import this module, never the element's:
 * the element is the first render, the parts are loaded on demand, and neither needs the other's code.
 */
import type { ApiAuth, ApiAuthHooks, ApiClient } from '../core/api/index.js';
import type { SignatureProvider } from './api.js';
import type { StepData } from './shared.js';
import type { VerificationState } from './state.js';

/** The part's `ctx` (core/widget `WidgetPart`): services and settings every flow part may need. */
export interface VerificationContext {
  /** The API client (core/api) with the session's token access. */
  client: ApiClient;
  /** The overview as last loaded: level, contacts, what the server already knows, banks, methods. */
  state: VerificationState;
  /** The API base URL (the upload goes through XHR, beside the client). */
  baseUrl: string;
  /** The session's token access, for the upload. */
  auth: ApiAuth & ApiAuthHooks;
  /** The largest scan accepted, in megabytes. */
  maxFileMb: number;
  /** Stories and tests only: the bank's page simulated inside the widget. */
  simulateBank: boolean;
  /** The citizen's signing software, when the page gave one. */
  signer?: SignatureProvider;
}

/** What the element asks of the open part: focus its heading, give back what the citizen typed (session ending). */
export interface VerificationPartHandle {
  focusHeading(): Promise<void>;
  draft(): StepData;
}
