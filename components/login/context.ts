/**
 * What <gu-login> hands its parts (`.ctx`), and the words they share: the steps, the flows, the outcome. Types only —
 * never the element's module: a part reads the context and answers with the internal events of part-events.ts.
 */
import type { CoreMessages } from '../core/i18n/index.js';
import type { Session } from '../core/session/session-context.js';
import type { FormState } from '../core/ui/light-dom-form.js';
import type { Authorization, IdentityApi, IdentityStep, PasswordPolicy } from './api.js';
import type { LoginCalls } from './calls.js';
import type * as EngineModule from './engine.js';
import type { LoginMethod } from './events.js';
import type { outcomesRu } from './locales/outcomes.js';
import type { LoginMessages } from './locales/ru.js';

/** Where the widget is. Stories and tests may start in any step with `flow` data (see README «States»). */
export type LoginStep =
  | 'sign-in'
  | 'second-factor'
  | 'code'
  | 'backup'
  | 'register'
  | 'recover'
  | 'questions'
  | 'support'
  | 'password'
  | 'signature'
  | 'bank'
  | 'passkey'
  | 'qr'
  | 'done';

/** Which flow a code or password step belongs to. */
export type FlowKind = 'sign-in' | 'registration' | 'recovery';

/** What <gu-login> needs once the citizen interacts (engine.ts, loaded right after the first render). */
export type LoginEngine = typeof EngineModule;

/** Settings from the element's attributes. */
export interface LoginSettings {
  passwordPolicy: PasswordPolicy;
  verifyHref: string;
  supportPhone: string;
  headingLevel: number;
}

/** How the last sign-in through the widget went (the result step says it). */
export interface LoginOutcome {
  method: LoginMethod;
  /** The recovery ended the other sessions. */
  endedOtherSessions: boolean;
}

/** Locale-bound texts the parts share: core messages, outcomes, times and dates. */
export interface LoginText {
  /** Core messages (validation, code length). */
  core: CoreMessages;
  /** Outcome messages (failures, lockouts). */
  out: typeof outcomesRu;
  /** «через 15 минут» and «14:32» for a wait of `seconds`. */
  later(seconds: number): [string, string];
  /** A time of day in Moscow time. */
  time(value: Date): string;
  /** A date. */
  date(value: string): string;
}

/** What a part of <gu-login> gets from the element: a new object on every render of the element. */
export interface LoginContext {
  /** The prefix of the ids of this widget's light-DOM elements. */
  uid: string;
  /** The locale the widget renders in. */
  locale: 'ru' | 'en';
  step: LoginStep;
  /** The server's last answer for the current flow. */
  flow: IdentityStep | undefined;
  flowKind: FlowKind;
  settings: LoginSettings;
  /** The session snapshot (undefined without a <gu-session>). */
  session: Session | undefined;
  /** The identity API client. */
  api: IdentityApi;
  /** The widget's calls: one at a time, failures shown by the widget (shared controller). */
  calls: LoginCalls;
  /** A fresh authorization request of the session (state, nonce, PKCE). */
  authorization(): Promise<Authorization>;
  /** The code form (one-time or backup code): its value is reset whenever the step changes. */
  codeForm: FormState;
  /** The identifier the citizen signs in with (typed at sign-in, registration or recovery). */
  login: string;
  /** What the citizen typed in this flow (name, contact, identifier): the strength meter's user inputs. */
  contextWords: readonly string[];
  outcome: LoginOutcome;
  /** The widget's shared messages (back, busy, summary title, error prefix …). */
  msg: LoginMessages;
  text: LoginText;
}
