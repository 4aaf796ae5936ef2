/**
 * Step-up re-authentication (issue 16, rule: a sensitive change needs a recent sign-in or the password again). The
 * server answers a sensitive call with 403 `reauthentication-required` when this session has not re-authenticated
 * lately; `guard()` then asks the citizen (the element's dialog, parts/reauth.ts) and makes the call once more. Not
 * 401: the session itself is fine, and core/api would renew the token and sign out on a second 401.
 */
import { isApiError } from '../core/api/api-error.js';

/** The server's word for "confirm it is you first". */
export const REAUTH_REQUIRED = 'reauthentication-required';

/** The citizen closed the re-authentication dialog: the change was not made, nothing is said about it. */
export class StepUpCancelled extends Error {
  constructor() {
    super('Re-authentication cancelled');
    this.name = 'StepUpCancelled';
  }
}

export const isStepUpRequired = (error: unknown): boolean =>
  isApiError(error) && error.status === 403 && error.code === REAUTH_REQUIRED;

export interface StepUp {
  /**
   * Makes a sensitive call; when the server asks for re-authentication, asks the citizen and makes it once more.
   * Rejects with StepUpCancelled when the citizen closes the dialog, with the call's error otherwise.
   */
  guard<T>(call: () => Promise<T>): Promise<T>;
}

/**
 * The element's StepUp: `ask()` shows the dialog and resolves whether the citizen confirmed. Calls waiting at the same
 * time share one dialog.
 */
export function createStepUp(ask: () => Promise<boolean>): StepUp {
  let asking: Promise<boolean> | undefined;
  return {
    async guard<T>(call: () => Promise<T>): Promise<T> {
      try {
        return await call();
      } catch (error) {
        if (!isStepUpRequired(error)) throw error;
      }
      asking ??= ask().finally(() => (asking = undefined));
      if (!(await asking)) throw new StepUpCancelled();
      return call();
    },
  };
}
