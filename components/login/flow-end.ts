/**
 * How a flow of <gu-login> ends (loaded with the engine, not in the first render): the session exchanges the
 * authorization response, the result step is shown, and the public events are fired; a failed call is shown in the
 * alert or next to the fields of its form.
 */
import { isApiError, type ApiError } from '../core/api/index.js';
import type { FormState } from '../core/ui/light-dom-form.js';
import type { IdentityStep } from './api.js';
import { GuLoginRecoveredEvent, GuLoginRegisteredEvent, GuLoginSignedInEvent, type LoginMethod } from './events.js';
import { outcomesEn, outcomesRu } from './locales/outcomes.js';
import { problemText } from './problem-text.js';
import type { LoginWidget } from './widget.js';
import { loginText } from './text.js';

const outcomes = (widget: LoginWidget) => (widget.locale() === 'ru' ? outcomesRu : outcomesEn);

/** Finishes a flow: the session exchanges the code; then the result step and the events. */
export async function completeFlow(
  widget: LoginWidget,
  step: IdentityStep,
  method: LoginMethod,
  endedOtherSessions = false,
): Promise<void> {
  const session = widget.session();
  if (!session || !step.redirectTo) return widget.showAlert(outcomes(widget).sessionFailed);
  try {
    await session.acceptAuthorizationResponse(step.redirectTo);
  } catch {
    return widget.showAlert(outcomes(widget).sessionFailed);
  }
  widget.setOutcome({ method, endedOtherSessions });
  const form = widget.signInForm();
  form.values = { login: form.value('login') };
  widget.go('done', step);
  await widget.rendered();
  const current = widget.session() ?? session;
  widget.host.dispatchEvent(new GuLoginSignedInEvent({ session: current, method }));
  if (method === 'registration') widget.host.dispatchEvent(new GuLoginRegisteredEvent({ session: current }));
  if (method === 'recovery')
    widget.host.dispatchEvent(new GuLoginRecoveredEvent({ session: current, endedOtherSessions }));
}

/** «Войти через Госуслуги»: the session's own sign-in (redirect or popup). */
export async function signInWithSession(widget: LoginWidget): Promise<void> {
  const session = widget.session();
  if (!session) return reportFailure(widget, new Error('no-session'), undefined, []);
  try {
    await session.signIn(widget.signInMethod());
    const signedIn = widget.session();
    if (signedIn?.status !== 'signed-in') return;
    widget.setOutcome({ ...widget.outcome(), method: 'esia' });
    widget.go('done');
    await widget.rendered();
    widget.host.dispatchEvent(new GuLoginSignedInEvent({ session: widget.session() ?? signedIn, method: 'esia' }));
  } catch {
    // The session shows its own error state (popup blocked, closed …); say it here too.
    await widget.showAlert(outcomes(widget).sessionFailed);
  }
}

/** A failed call: the alert, or the fields of the form that sent it; our own abort says nothing. */
export async function reportFailure(
  widget: LoginWidget,
  error: unknown,
  form: FormState | undefined,
  fields: readonly string[],
): Promise<void> {
  const out = outcomes(widget);
  if (error instanceof Error && error.message === 'no-session') {
    console.warn('<gu-login> needs an enclosing <gu-session> to sign in (see components/login/README.md).');
    return widget.showAlert(out.noSession);
  }
  if (!isApiError(error)) return widget.showAlert(out.sessionFailed);
  const apiError = error as ApiError;
  if (apiError.kind === 'aborted') return;
  if (apiError.kind === 'validation' && form && form.serverErrors(apiError.fields, fields)) {
    widget.focusLater('summary');
    return;
  }
  return widget.showAlert(problemText(apiError, out, loginText(widget.locale()).later));
}
