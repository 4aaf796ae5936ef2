/**
 * What a part of <gu-login> tells its element (core/widget's GuEvent, `internal`: the element stops them, they are not
 * public API). Parts render in the widget's light DOM, so the element stops each one before it leaves the widget.
 */
import { GuEvent } from '../core/widget/events.js';
import type { IdentityStep } from './api.js';
import type { FlowKind, LoginStep } from './context.js';
import type { LoginMethod } from './events.js';

/** Go to a step (focus moves to its heading); `flow` and `kind` replace the flow's when given. */
export class LoginGoEvent extends GuEvent<{ step: LoginStep; flow?: IdentityStep; kind?: FlowKind }> {
  static readonly eventName = 'gu-login-go';
  constructor(detail: { step: LoginStep; flow?: IdentityStep; kind?: FlowKind }) {
    super(LoginGoEvent.eventName, detail, { internal: true });
  }
}

/** The server answered within the step: the flow's data is now `flow`. */
export class LoginFlowEvent extends GuEvent<{ flow: IdentityStep }> {
  static readonly eventName = 'gu-login-flow';
  constructor(flow: IdentityStep) {
    super(LoginFlowEvent.eventName, { flow }, { internal: true });
  }
}

/** Say something: `alert` in the alert region (assertive), `status` in the polite status region. */
export class LoginSayEvent extends GuEvent<{ message: string; politeness: 'alert' | 'status' }> {
  static readonly eventName = 'gu-login-say';
  constructor(message: string, politeness: 'alert' | 'status') {
    super(LoginSayEvent.eventName, { message, politeness }, { internal: true });
  }
}

/** Move focus after the next render: the step's heading, the error summary, or an element by id. */
export class LoginFocusEvent extends GuEvent<{ target: 'heading' | 'summary' | string }> {
  static readonly eventName = 'gu-login-focus';
  constructor(target: 'heading' | 'summary' | string) {
    super(LoginFocusEvent.eventName, { target }, { internal: true });
  }
}

/** The citizen named themselves (registration, recovery): the identifier to sign in with, and the words typed. */
export class LoginIdentifiedEvent extends GuEvent<{ login: string; words: string[] }> {
  static readonly eventName = 'gu-login-identified';
  constructor(detail: { login: string; words: string[] }) {
    super(LoginIdentifiedEvent.eventName, detail, { internal: true });
  }
}

/** A flow ended with an authorization response: the element has the session exchange it and says so. */
export class LoginCompleteEvent extends GuEvent<{
  step: IdentityStep;
  method: LoginMethod;
  endedOtherSessions: boolean;
}> {
  static readonly eventName = 'gu-login-complete';
  constructor(detail: { step: IdentityStep; method: LoginMethod; endedOtherSessions: boolean }) {
    super(LoginCompleteEvent.eventName, detail, { internal: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gu-login-go': LoginGoEvent;
    'gu-login-flow': LoginFlowEvent;
    'gu-login-say': LoginSayEvent;
    'gu-login-focus': LoginFocusEvent;
    'gu-login-identified': LoginIdentifiedEvent;
    'gu-login-complete': LoginCompleteEvent;
  }
}
