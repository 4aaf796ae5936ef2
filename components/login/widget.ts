/**
 * What the element's own modules — the sign-in step (sign-in.ts) and the end of a flow (flow-end.ts, loaded with the
 * engine) — use of <gu-login>. Types only; the element builds one such object. Its parts get a `LoginContext`
 * (context.ts) instead.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Session, SignInMethod } from '../core/session/session-context.js';
import type { FormState } from '../core/ui/light-dom-form.js';
import type { Authorization, IdentityApi, IdentityStep } from './api.js';
import type { LoginCalls } from './calls.js';
import type { FlowKind, LoginEngine, LoginOutcome, LoginStep } from './context.js';
import type { LoginMethod } from './events.js';
import type { LoginMessages } from './locales/ru.js';

export interface LoginWidget {
  /** The element (its light DOM holds the forms; the public events are fired on it). */
  host: ReactiveControllerHost & HTMLElement;
  /** The prefix of the widget's ids. */
  uid: string;
  locale(): 'ru' | 'en';
  msg(): LoginMessages;
  headingLevel(): number;
  /** The engine once it is loaded. */
  engine(): LoginEngine | undefined;
  ready(): Promise<LoginEngine>;
  calls: LoginCalls;
  api(): IdentityApi;
  authorization(): Promise<Authorization>;
  /** The session snapshot (undefined without a <gu-session>). */
  session(): Session | undefined;
  /** How «Войти через Госуслуги» signs in (undefined: the session's own setting). */
  signInMethod(): SignInMethod | undefined;
  go(step: LoginStep, flow?: IdentityStep, kind?: FlowKind): void;
  /** The element and the current step's part have rendered. */
  rendered(): Promise<void>;
  /** Finishes a flow (flow-end.ts). */
  complete(step: IdentityStep, method: LoginMethod, endedOtherSessions?: boolean): Promise<void>;
  /** «Войти через Госуслуги»: the session's own sign-in (flow-end.ts). */
  signInWithSession(): Promise<void>;
  /** The sign-in form (its login is the identifier the whole flow signs in with). */
  signInForm(): FormState;
  setOutcome(outcome: LoginOutcome): void;
  outcome(): LoginOutcome;
  showAlert(message: string): Promise<void>;
  announce(message: string): void;
  focusLater(target: 'heading' | 'summary' | string): void;
}
