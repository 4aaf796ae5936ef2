// Generated from custom-elements.json by build/framework-types.ts — do not edit: run `npm run manifest`, then
// `npx tsx build/framework-types.ts`.
//
// `gu-kit/react`: React 19 JSX for the kit's elements — attributes (`api-base`, `heading-level`, …), properties
// (`flow`, `stepData`, …) and one `on<event-name>` prop per event (`ongu-login-signed-in={(e) => e.detail}`: React
// 19 adds the listener itself). `import type {} from 'gu-kit/react'` once (or `"types": ["gu-kit/react"]` in
// tsconfig.json); import the elements you use for their definition: `import 'gu-kit/login'`.

import type {
  GuA11yPanel,
  GuA11yChangeEvent,
  GuA11yOpenEvent,
  GuA11yCloseEvent,
  GuA11yToggle,
  GuApplicationTracker,
  GuApplicationOpenedEvent,
  GuApplicationStatusChangedEvent,
  GuApplicationActionEvent,
  GuApplicationDocumentAddedEvent,
  GuSessionTimeoutDialog,
  GuSession,
  GuSessionSignedInEvent,
  GuSessionSignedOutEvent,
  GuSessionChangeEvent,
  GuSessionEndingEvent,
  GuSessionNotice,
  GuSignOutButton,
  GuAlert,
  GuAlertDismissEvent,
  GuButton,
  GuDialog,
  GuDialogOpenEvent,
  GuDialogCancelEvent,
  GuDialogCloseEvent,
  GuErrorSummary,
  GuLiveRegion,
  GuOtpField,
  GuOtpCompleteEvent,
  GuPasswordField,
  GuEmptyState,
  GuLoadingState,
  GuErrorState,
  GuErrorStateRetryEvent,
  GuStatusBadge,
  GuTextField,
  GuLogin,
  GuLoginSignedInEvent,
  GuLoginRegisteredEvent,
  GuLoginRecoveredEvent,
  GuNotificationBell,
  GuNotificationLinkEvent,
  GuNotificationsLatest,
  GuNotifications,
  GuNotificationsViewEvent,
  GuNotificationsSettingsSavedEvent,
  GuPaymentsDue,
  GuPaymentsDueOpenEvent,
  GuPayments,
  GuPaymentsViewEvent,
  GuPaymentsPaidEvent,
  GuPaymentsDeclinedEvent,
  GuPaymentsDocumentAddedEvent,
  GuPaymentsDisputeSubmittedEvent,
  GuPaymentsAutopayChangedEvent,
  GuSecuritySettings,
  GuSecurityViewEvent,
  GuSecurityChangedEvent,
  GuVerification,
  GuVerificationCompletedEvent,
  GuContactConfirmedEvent,
  GuVerificationStepEvent,
} from './elements.js';

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 */
export type ScopedElements<Prefix extends string = '', Suffix extends string = ''> = {
  [Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`]: CustomElements[Key];
};

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: unknown;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: 'ltr' | 'rtl';
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: Record<string, string | number>;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: 'yes' | 'no';
};

type BaseEvents = Record<never, never>;

export type GuA11yPanelProps = {
  /** `ru` or `en`; absent: the nearest `lang`, then Russian. */
  locale?: string;
  /** Shown. */
  open?: GuA11yPanel['open'];
  /** The choice applies to this page only and is not stored (a shared computer in an МФЦ, a library): the panel says so, as it does when the browser refuses storage. */
  transient?: GuA11yPanel['transient'];
  /** Where the choice is applied: the document element (null, the default) — or an element of your own (a preview, a
story), which gets the tokens instead; then nothing is stored and the page's choice is left alone. */
  target?: GuA11yPanel['target'];
  /** The current choice. Setting it applies it (and stores it, as the panel would), without an announcement or event. */
  preferences?: GuA11yPanel['preferences'];
  /** The citizen changed a setting or pressed «Обычная версия»; `detail` is the whole choice (preferences.ts `A11yPreferences`). Bubbles, composed. */
  'ongu-low-vision-change'?: (event: GuA11yChangeEvent) => void;
  /** The panel was opened (`open` set). */
  'ongu-low-vision-open'?: (event: GuA11yOpenEvent) => void;
  /** The panel was closed (`open` removed: «Закрыть», Esc, `close()`, its toggle). */
  'ongu-low-vision-close'?: (event: GuA11yCloseEvent) => void;
};

export type GuA11yToggleProps = {
  /** `ru` or `en`; absent: the nearest `lang`, then Russian. */
  locale?: string;
  /** The id of the `<gu-a11y-panel>` to open (same document or shadow root). Absent: the toggle creates one right after itself. */
  for?: GuA11yToggle['htmlFor'];

  /** Fired by the panel the toggle opens (from the panel, which bubbles through the page, not from the toggle): the citizen changed a setting. */
  'ongu-low-vision-change'?: (event: GuA11yChangeEvent) => void;
  /** Fired by the panel the toggle opens: it was opened. */
  'ongu-low-vision-open'?: (event: GuA11yOpenEvent) => void;
  /** Fired by the panel the toggle opens: it was closed. */
  'ongu-low-vision-close'?: (event: GuA11yCloseEvent) => void;
};

export type GuApplicationTrackerProps = {
  /** API base URL; defaults to the session's `apiBase`. */
  'api-base'?: GuApplicationTracker['apiBase'];
  /** Applications per page (1–100). */
  'page-size'?: GuApplicationTracker['pageSize'];
  /** Live status: the longest a change waits when the server has no event stream and the page polls, in ms (0: off). */
  'poll-interval'?: GuApplicationTracker['pollInterval'];
  /** Locale override (`ru` or `en`); otherwise the nearest `lang`. */
  locale?: GuApplicationTracker['locale'];

  /** The citizen opened an application (`detail`: `applicationId`, `number`). */
  'ongu-application-opened'?: (event: GuApplicationOpenedEvent) => void;
  /** A status changed live or by cancellation (`detail`: `applicationId`, `number`, `status`, `previousStatus`). */
  'ongu-application-status-changed'?: (event: GuApplicationStatusChangedEvent) => void;
  /** Cancelable: continue a draft, resubmit a rejected application pre-filled, or apply again (`detail`: `action`, `application`, `prefill`); the portal opens its service form. */
  'ongu-application-action'?: (event: GuApplicationActionEvent) => void;
  /** A document was uploaded (`detail`: `applicationId`, `document`). */
  'ongu-application-document-added'?: (event: GuApplicationDocumentAddedEvent) => void;
};

export type GuSessionTimeoutDialogProps = {
  /** Whether the warning is shown. */
  open?: GuSessionTimeoutDialog['open'];
  /** When the session ends (ms since epoch). */
  deadline?: GuSessionTimeoutDialog['deadline'];
  /** Seconds between announcements of the countdown [30]. */
  'announce-interval'?: GuSessionTimeoutDialog['announceInterval'];
  /** Set (a new object) when the session ends while the page shows it: the end is announced — «Вы вышли из системы в
целях безопасности…» — as well as shown by the page's notice (WCAG 4.1.3). */
  ended?: GuSessionTimeoutDialog['ended'];
};

export type GuSessionProps = {
  /** The OIDC provider (issuer) URL; relative URLs are resolved against the page. Required. */
  authority?: GuSession['authority'];
  /** The public client's id at the provider. Required. */
  'client-id'?: GuSession['clientId'];
  /** Where the provider sends the citizen back with the code (a page that has this gu-session). Required. */
  'redirect-uri'?: GuSession['redirectUri'];
  /** Where the provider sends the citizen after sign-out; without it sign-out is local (tokens still revoked). */
  'post-logout-redirect-uri'?: GuSession['postLogoutRedirectUri'];
  /** Requested scopes ['openid profile offline_access']. */
  scope?: GuSession['scope'];
  /** The portal API base URL widgets call ['/api']. */
  'api-base'?: GuSession['apiBase'];
  /** How `signIn()` signs in by default ['redirect']; `popup` only works from a click. */
  'sign-in-method'?: GuSession['signInMethod'];
  /** Seconds without activity until the session ends [900]. */
  'idle-timeout'?: GuSession['idleTimeout'];
  /** Seconds before the idle timeout when the warning opens [120]; never less than 20. */
  'idle-warning'?: GuSession['idleWarning'];
  /** Seconds a popup sign-in may take [120]. */
  'popup-timeout'?: GuSession['popupTimeout'];
  /** Retries of a failed renewal before giving up [2]. */
  'renew-retries'?: GuSession['renewRetries'];
  /** Seconds before the access token expires when it is renewed [60]. */
  'expiring-notification'?: GuSession['expiringNotification'];
  /** Tabs of the site hand each other the tokens over BroadcastChannel (a new tab takes the session over; one renewal
for all tabs) [false]. A same-origin trust decision: any script of the origin can talk on that channel. Without it
tabs share sign-out, idle expiry, activity and extension, and each tab signs in on its own. */
  'share-tokens'?: GuSession['shareTokens'];

  /** The citizen is signed in (`detail.session`). */
  'ongu-session-signed-in'?: (event: GuSessionSignedInEvent) => void;
  /** The session ended: signed out or expired (`detail.reason`). */
  'ongu-session-signed-out'?: (event: GuSessionSignedOutEvent) => void;
  /** A new snapshot (`detail.session`). */
  'ongu-session-change'?: (event: GuSessionChangeEvent) => void;
  /** On `window`, before the session ends (idle timeout, sign-out in another tab, API refusal): widgets keep typed data as a draft. `detail.reason`. */
  'ongu-session-ending'?: (event: GuSessionEndingEvent) => void;
};

export type GuSessionNoticeProps = {
  /** The heading level, 2–6; by default one below the nearest heading before the notice (2 when there is none). */
  'heading-level'?: GuSessionNotice['headingLevel'];
  /** The widget kept the citizen's typed data as a draft: the expired state says so. */
  'drafts-saved'?: GuSessionNotice['draftsSaved'];
};

export type GuSignOutButtonProps = {
  /** The button's look: `secondary` (default), `primary` or `link`. */
  variant?: GuSignOutButton['variant'];
};

export type GuAlertProps = {
  /** info | success | warning | error (default info). */
  variant?: GuAlert['variant'];
  /** Short heading shown in bold above the message. */
  heading?: GuAlert['heading'];
  /** Shows a close button («Закрыть уведомление»). */
  dismissible?: GuAlert['dismissible'];
  /** Keeps the live region in the page while the alert is empty, so content inserted later is announced. */
  live?: GuAlert['live'];

  /** The close button was pressed; cancelable — prevent it to keep the alert shown. */
  'ongu-alert-dismiss'?: (event: GuAlertDismissEvent) => void;
};

export type GuButtonProps = {
  /** What the button does in its form: `submit` (default, like a native button), `reset` or `button`. */
  type?: GuButton['type'];
  /** Look: `primary` (default), `secondary` or `link` (looks like a link, behaves like a button). */
  variant?: GuButton['variant'];
  /** An action is in progress: the button stays focusable but ignores clicks and says it is busy. */
  busy?: GuButton['busy'];
  /** Disables the button (it leaves the tab order). */
  disabled?: GuButton['disabled'];

  /** The user activated the button (not fired while busy or disabled). */
  onclick?: (event: HTMLElementEventMap['click']) => void;
};

export type GuDialogProps = {
  /** Whether the dialog is shown (modal). Setting it opens or closes the dialog. */
  open?: GuDialog['open'];
  /** The heading; it is the dialog's accessible name. Required. */
  heading?: GuDialog['heading'];
  /** Makes it an `alertdialog`, described by the body — for urgent messages that need an answer. */
  alert?: GuDialog['alert'];
  /** Hides the close button (Esc still asks to cancel). */
  'hide-close'?: GuDialog['hideClose'];
  /** How the dialog was closed last: the value passed to `close()`, `cancel`, or a close button's value. */
  returnValue?: GuDialog['returnValue'];
  /** The dialog was shown. */
  'ongu-dialog-open'?: (event: GuDialogOpenEvent) => void;
  /** Esc or the close button was pressed; cancelable — prevent it to keep the dialog open. */
  'ongu-dialog-cancel'?: (event: GuDialogCancelEvent) => void;
  /** The dialog closed; `detail.returnValue` says how. */
  'ongu-dialog-close'?: (event: GuDialogCloseEvent) => void;
};

export type GuErrorSummaryProps = {
  /** Heading text (default «Исправьте ошибки» / «There is a problem»). */
  heading?: GuErrorSummary['heading'];
  /** The errors to list; an empty list hides the summary. */
  errors?: GuErrorSummary['errors'];
};

export type GuLiveRegionProps = {
  /** The text in the region; every change is announced. */
  message?: GuLiveRegion['message'];
  /** polite (role="status", default) | assertive (role="alert"). */
  politeness?: GuLiveRegion['politeness'];
  /** Hides the region visually while keeping it announced. */
  'visually-hidden'?: GuLiveRegion['visuallyHidden'];
};

export type GuOtpFieldProps = {
  /** Number of digits in the code (default 6). */
  length?: GuOtpField['length'];
  /** The name the value is submitted under. */
  name?: GuOtpField['name'];
  /** The value: the normalised value when it is valid (e.g. `+79161234567`), otherwise the text as entered. */
  value?: GuOtpField['value'];
  /** The field must be filled in; shown in the label as text. */
  required?: GuOtpField['required'];
  /** Disables the field (it is then not submitted). */
  disabled?: GuOtpField['disabled'];
  /** The visible label (required: every field needs one). */
  label?: GuOtpField['label'];
  /** Help text under the label, read as the input's description. */
  hint?: GuOtpField['hint'];
  /** A custom or server-side error message; shown at once and makes the field invalid. Cleared when the user edits. */
  error?: GuOtpField['error'];
  /** Shows validation errors as after the user left the field (set on blur). */
  touched?: GuOtpField['touched'];
  /** Shows validation errors as after a form submit (set by `validateForm`, `checkValidity`, `reportValidity`). */
  submitted?: GuOtpField['submitted'];

  /** The user changed the code. */
  oninput?: (event: HTMLElementEventMap['input']) => void;
  /** The user committed a change (on blur). */
  onchange?: (event: HTMLElementEventMap['change']) => void;
  /** The code reached `length` digits by typing or paste; `detail.code` is the code. */
  'ongu-otp-complete'?: (event: GuOtpCompleteEvent) => void;
};

export type GuPasswordFieldProps = {
  /** `current-password` (sign-in, default) or `new-password` (registration, change). */
  autocomplete?: GuPasswordField['autocomplete'];
  /** Minimum length; a shorter password gets a precise message on blur/submit. */
  minlength?: GuPasswordField['minlength'];
  /** Maximum length in characters [128, the identity contract's `maxLength`]. A longer password is never cut (no
native `maxlength`, which silently truncates a paste): the precise message shows — and is announced — as soon
as the text crosses it. Control characters (NUL …) are refused the same way. */
  maxlength?: GuPasswordField['maxlength'];
  /** The password is shown as plain text. */
  visible?: GuPasswordField['visible'];
  /** The name the value is submitted under. */
  name?: GuPasswordField['name'];
  /** The value: the normalised value when it is valid (e.g. `+79161234567`), otherwise the text as entered. */
  value?: GuPasswordField['value'];
  /** The field must be filled in; shown in the label as text. */
  required?: GuPasswordField['required'];
  /** Disables the field (it is then not submitted). */
  disabled?: GuPasswordField['disabled'];
  /** The visible label (required: every field needs one). */
  label?: GuPasswordField['label'];
  /** Help text under the label, read as the input's description. */
  hint?: GuPasswordField['hint'];
  /** A custom or server-side error message; shown at once and makes the field invalid. Cleared when the user edits. */
  error?: GuPasswordField['error'];
  /** Shows validation errors as after the user left the field (set on blur). */
  touched?: GuPasswordField['touched'];
  /** Shows validation errors as after a form submit (set by `validateForm`, `checkValidity`, `reportValidity`). */
  submitted?: GuPasswordField['submitted'];

  /** The user changed the password. */
  oninput?: (event: HTMLElementEventMap['input']) => void;
  /** The user committed a change (on blur). */
  onchange?: (event: HTMLElementEventMap['change']) => void;
};

export type GuEmptyStateProps = {
  /** The heading (default «Здесь пока ничего нет»). */
  heading?: GuEmptyState['heading'];
  /** The heading level, 2–6 (default 2). */
  'heading-level'?: GuEmptyState['headingLevel'];
};

export type GuLoadingStateProps = {
  /** The text (default «Загрузка…»); say what is loading when it helps («Загружаем заявления…»). */
  label?: GuLoadingState['label'];
  /** Milliseconds to wait before showing and announcing anything (default 0). */
  delay?: GuLoadingState['delay'];
  /** A one-line, left-aligned variant for buttons and table cells. */
  inline?: GuLoadingState['inline'];
};

export type GuErrorStateProps = {
  /** The heading (default «Не удалось загрузить данные»). */
  heading?: GuErrorState['heading'];
  /** The heading level, 2–6 (default 2). */
  'heading-level'?: GuErrorState['headingLevel'];
  /** The message; overrides the one derived from `error`. */
  message?: GuErrorState['message'];
  /** Shows «Повторить» even when the error does not say it is retryable (or there is no error object). */
  retryable?: GuErrorState['retryable'];
  /** Does not announce the message (the widget moves focus to the heading instead). */
  quiet?: GuErrorState['quiet'];
  /** The failure, e.g. an ApiError: its `kind` picks the message, `retryAfter` the seconds, `retryable` the button. */
  error?: GuErrorState['error'];
  /** «Повторить» was pressed; `detail.kind` is the error kind, if any. */
  'ongu-error-state-retry'?: (event: GuErrorStateRetryEvent) => void;
};

export type GuStatusBadgeProps = {
  /** neutral | info | success | warning | error | progress (default neutral). */
  tone?: GuStatusBadge['tone'];
  /** The status text, when not given in the slot. */
  label?: GuStatusBadge['label'];
};

export type GuTextFieldProps = {
  /** Input type: text, email, tel, url or search (default: from `validate`, else text). */
  type?: GuTextField['type'];
  /** The `autocomplete` token, e.g. `tel`, `email`, `family-name` (default: from `validate` for phone and e-mail). */
  autocomplete?: GuTextField['autocomplete'];
  /** The virtual keyboard hint (default: from `validate` — numeric, tel or email). */
  inputmode?: GuTextField['inputmode'];
  /** Identifier to check on blur and submit, with a precise message. */
  validate?: GuTextField['validate'];
  /** Identifier to format while typing; paste is never blocked. */
  mask?: GuTextField['mask'];
  /** Example text inside the empty input (never a replacement for the label or hint). */
  placeholder?: GuTextField['placeholder'];
  /** The most characters the field takes (the contract's `maxLength`; 0: no limit). A longer text — typed or pasted —
is kept as it is and refused with a precise message at once: nothing is ever cut silently. */
  maxlength?: GuTextField['maxlength'];
  /** Which characters free text may hold (core/validation/free-text.ts): `text` — letters, digits, spaces and the
punctuation of addresses and authorities; `printable` (default) — anything but control characters. Fields with
`validate` use the identifier's own rules instead. */
  charset?: GuTextField['charset'];
  /** The name the value is submitted under. */
  name?: GuTextField['name'];
  /** The value: the normalised value when it is valid (e.g. `+79161234567`), otherwise the text as entered. */
  value?: GuTextField['value'];
  /** The field must be filled in; shown in the label as text. */
  required?: GuTextField['required'];
  /** Disables the field (it is then not submitted). */
  disabled?: GuTextField['disabled'];
  /** The visible label (required: every field needs one). */
  label?: GuTextField['label'];
  /** Help text under the label, read as the input's description. */
  hint?: GuTextField['hint'];
  /** A custom or server-side error message; shown at once and makes the field invalid. Cleared when the user edits. */
  error?: GuTextField['error'];
  /** Shows validation errors as after the user left the field (set on blur). */
  touched?: GuTextField['touched'];
  /** Shows validation errors as after a form submit (set by `validateForm`, `checkValidity`, `reportValidity`). */
  submitted?: GuTextField['submitted'];

  /** The user changed the text (value already updated). */
  oninput?: (event: HTMLElementEventMap['input']) => void;
  /** The user committed a change (on blur). */
  onchange?: (event: HTMLElementEventMap['change']) => void;
};

export type GuLoginProps = {
  /** API base URL; the identity API is `<api-base>/identity`. Defaults to the session's `apiBase`. */
  'api-base'?: GuLogin['apiBase'];
  /** New-password rules: `default` (seeds: ≥ 8, upper and lower case, digit, special) or `nist` (NIST SP 800-63B). */
  'password-policy'?: GuLogin['passwordPolicy'];
  /** How «Войти через Госуслуги» signs in: `redirect` or `popup`; default: the session's `sign-in-method`. */
  'sign-in-method'?: GuLogin['signInMethod'];
  /** Where «Подтвердить учётную запись» leads after registration (the portal's verification page). */
  'verify-href'?: GuLogin['verifyHref'];
  /** The support phone shown as the last resort of recovery [8 800 100-70-10]. */
  'support-phone'?: GuLogin['supportPhone'];
  /** Level of the step headings (2–6) [2]. */
  'heading-level'?: GuLogin['headingLevel'];
  /** Locale override (`ru` or `en`); otherwise the nearest `lang`. */
  locale?: GuLogin['locale'];
  /** The current step; set it (with `flow`) to start mid-flow — stories and tests do. */
  step?: GuLogin['step'];
  /** Which flow a `code` or `password` step belongs to. */
  'flow-kind'?: GuLogin['flowKind'];
  /** The server's last answer for the current flow (an IdentityStep of the contract). */
  flow?: GuLogin['flow'];
  /** The session is established through this widget (`detail.session`, `detail.method`). */
  'ongu-login-signed-in'?: (event: GuLoginSignedInEvent) => void;
  /** A simplified account was created and signed in (`detail.session`). */
  'ongu-login-registered'?: (event: GuLoginRegisteredEvent) => void;
  /** Access was recovered with a new password (`detail.session`, `detail.endedOtherSessions`). */
  'ongu-login-recovered'?: (event: GuLoginRecoveredEvent) => void;
};

export type GuNotificationBellProps = {
  /** API base URL; defaults to the session's `apiBase`. */
  'api-base'?: GuNotificationBell['apiBase'];
  /** Locale override (`ru` or `en`); otherwise the nearest `lang`. */
  locale?: GuNotificationBell['locale'];
  /** The portal's notifications page (default `/notifications`): «Все уведомления»; `?notification=<id>` opens one. */
  'feed-href'?: GuNotificationBell['feedHref'];

  /** The citizen opens a notification or «Все уведомления»: `detail.kind` (`page`), `href`, `notificationId`. Cancelable: `preventDefault()` to route it yourself. */
  'ongu-notification-link'?: (event: GuNotificationLinkEvent) => void;
};

export type GuNotificationsLatestProps = {
  /** API base URL; defaults to the session's `apiBase`. */
  'api-base'?: GuNotificationsLatest['apiBase'];
  /** Locale override (`ru` or `en`); otherwise the nearest `lang`. */
  locale?: GuNotificationsLatest['locale'];
  /** How many notifications to show: 1 to 5 (default 3). */
  count?: GuNotificationsLatest['count'];
  /** The portal's notifications page (default `/notifications`): «Все уведомления»; `?notification=<id>` opens one. */
  'feed-href'?: GuNotificationsLatest['feedHref'];
  /** The heading's level, 1 to 6 (default 2). */
  'heading-level'?: GuNotificationsLatest['headingLevel'];

  /** The citizen opens a notification or «Все уведомления»: `detail.kind` (`page`), `href`, `notificationId` (and `id`) for a notification. Cancelable: `preventDefault()` to route it yourself. */
  'ongu-notification-link'?: (event: GuNotificationLinkEvent) => void;
};

export type GuNotificationsProps = {
  /** API base URL; defaults to the session's `apiBase`. */
  'api-base'?: GuNotifications['apiBase'];
  /** Locale override (`ru` or `en`); otherwise the nearest `lang`. */
  locale?: GuNotifications['locale'];
  /** The view shown: `feed` (default), `notification`, `settings`. */
  view?: GuNotifications['view'];
  /** Notifications per page of the feed (1–100, default 20). */
  'page-size'?: GuNotifications['pageSize'];
  /** The notification the `notification` view shows. */
  'notification-id'?: GuNotifications['notificationId'];
  /** The portal's payments page: the settings link there for the autopay reminders. */
  'payments-href'?: GuNotifications['paymentsHref'];
  /** The portal's security page: security alerts and the login alert setting link there. */
  'security-href'?: GuNotifications['securityHref'];
  /** The scope of the portal's service worker that shows push notifications (docs/push-service-worker.md), e.g.
`/push/`; empty — the registration that controls the page. */
  'push-worker-scope'?: GuNotifications['pushWorkerScope'];

  /** The element shows another view: `detail.view`. */
  'ongu-notifications-view'?: (event: GuNotificationsViewEvent) => void;
  /** The citizen follows what a notification is about: `detail.kind`, `id`, `href`, `notificationId`. Cancelable: `preventDefault()` to route it yourself. */
  'ongu-notification-link'?: (event: GuNotificationLinkEvent) => void;
  /** «Настройки уведомлений» were saved: `detail.version`. */
  'ongu-notifications-settings-saved'?: (event: GuNotificationsSettingsSavedEvent) => void;
};

export type GuPaymentsDueProps = {
  /** API base URL; defaults to the session's `apiBase`. */
  'api-base'?: GuPaymentsDue['apiBase'];
  /** Locale override (`ru` or `en`); otherwise the nearest `lang`. */
  locale?: GuPaymentsDue['locale'];
  /** The portal's payments page, where the link leads (default `/payments`): same-origin or https, else none. */
  href?: GuPaymentsDue['href'];

  /** The citizen follows the link to the payments: `detail.href`. Cancelable: `preventDefault()` keeps the browser from following it (a single-page portal routes itself). */
  'ongu-payments-due-open'?: (event: GuPaymentsDueOpenEvent) => void;
};

export type GuPaymentsProps = {
  /** API base URL; defaults to the session's `apiBase`. */
  'api-base'?: GuPayments['apiBase'];
  /** Locale override (`ru` or `en`); otherwise the nearest `lang`. */
  locale?: GuPayments['locale'];
  /** The view shown: `charges` (default), `history`, `documents`, `cards`, `checkout`, `payment`, `dispute`. */
  view?: GuPayments['view'];
  /** How the acquirer's page opens for a card or e-wallet payment and for linking a card: `redirect` (default) or `popup`. */
  'card-flow'?: GuPayments['cardFlow'];
  /** Where the acquirer's page comes back; defaults to this page's URL. */
  'return-url'?: GuPayments['returnUrl'];
  /** Rows per page of the lists (1–100, default 20). */
  'page-size'?: GuPayments['pageSize'];
  /** The payment the `payment` view shows. */
  'payment-id'?: GuPayments['paymentId'];
  /** The fine the `dispute` view disputes. */
  'charge-id'?: GuPayments['chargeId'];

  /** The element shows another view: `detail.view`. */
  'ongu-payments-view'?: (event: GuPaymentsViewEvent) => void;
  /** A payment completed: `detail.paymentId`, `amount` (kopecks), `chargeIds`, `method`. */
  'ongu-payments-paid'?: (event: GuPaymentsPaidEvent) => void;
  /** A payment was declined: `detail.paymentId`, `declineCode`. */
  'ongu-payments-declined'?: (event: GuPaymentsDeclinedEvent) => void;
  /** A document for charge search was added: `detail.documentId`, `newCharges`. */
  'ongu-payments-document-added'?: (event: GuPaymentsDocumentAddedEvent) => void;
  /** A fine was disputed: `detail.disputeId`, `chargeId`. */
  'ongu-payments-dispute-submitted'?: (event: GuPaymentsDisputeSubmittedEvent) => void;
  /** A provider's autopay was saved: `detail.providerId`, `enabled`, `remindDaysBefore`. */
  'ongu-payments-autopay-changed'?: (event: GuPaymentsAutopayChangedEvent) => void;
};

export type GuSecuritySettingsProps = {
  /** API base URL; defaults to the session's `apiBase`. */
  'api-base'?: GuSecuritySettings['apiBase'];
  /** Locale override (`ru` or `en`); otherwise the nearest `lang`. */
  locale?: GuSecuritySettings['locale'];
  /** The view shown: `overview` (default), a section (`password`, `two-factor`, `passkeys`, `questions`, `devices`, `sessions`, `history`, `alerts`) or `incident`. */
  view?: GuSecuritySettings['view'];
  /** Sign-ins per page of the login history (1–100, default 20). */
  'page-size'?: GuSecuritySettings['pageSize'];
  /** The sign-in the `incident` view («Это был не я») is about. */
  'event-id'?: GuSecuritySettings['eventId'];
  /** The portal's notification settings page: the alerts' channels link there. */
  'notifications-href'?: GuSecuritySettings['notificationsHref'];

  /** The element shows another view: `detail.view`. */
  'ongu-security-view'?: (event: GuSecurityViewEvent) => void;
  /** The citizen changed a section: `detail.area` (`password`, `two-factor`, `passkeys`, `questions`, `devices`, `sessions`, `login-history`, `alerts`). */
  'ongu-security-changed'?: (event: GuSecurityChangedEvent) => void;
};

export type GuVerificationProps = {
  /** API base URL; defaults to the session's `apiBase`. */
  'api-base'?: GuVerification['apiBase'];
  /** Locale override (`ru` or `en`); otherwise the nearest `lang`. */
  locale?: GuVerification['locale'];
  /** The step shown (see `VerificationStep`); set it to start at a step, e.g. `standard` or `centre`. */
  step?: GuVerification['step'];
  /** The largest scan accepted, in megabytes (seeds: 10 and 5). */
  'max-file-mb'?: GuVerification['maxFileMb'];
  /** Stories and tests only: a clearly labelled simulation of the bank page inside the widget instead of the round trip
through the bank's page (`redirectTo` → back with `?gu-bank-result=`). */
  'simulate-bank'?: GuVerification['simulateBank'];
  /** Data the step starts with (form values, bank, centre search) — for deep links, stories and tests. */
  stepData?: GuVerification['stepData'];
  /** The citizen's signing software (a КриптоПро adapter); without it the signature method explains what to install. */
  signer?: GuVerification['signer'];
  /** The account level went up: `detail.level` is the new level (the element then calls the session's `refresh()`). */
  'ongu-verification-completed'?: (event: GuVerificationCompletedEvent) => void;
  /** A phone or e-mail was confirmed, or changed and confirmed: `detail.channel` (`phone` or `email`), `detail.changed`. */
  'ongu-verification-contact-confirmed'?: (event: GuContactConfirmedEvent) => void;
  /** The element moved to another step: `detail.step`. */
  'ongu-verification-step'?: (event: GuVerificationStepEvent) => void;
};

export type CustomElements = {
  /**
   * «Версия для слабовидящих»: font size, font, colour scheme, letter and line spacing, images — applied live to
   * every gu-* widget and the portal's page through the tokens on the document element, stored, announced.
   *
   * A labelled region with one group of native radio buttons per setting (arrow keys move within a group), «Обычная
   * версия» (resets everything) and «Закрыть» (Esc closes too; focus returns to the element that opened it, usually
   * <gu-a11y-toggle>). Every change is applied at once (`applyPreferences()` on the document element), stored in
   * localStorage (`gu-a11y`; if the browser refuses, the panel says so and the choice still applies to this page),
   * announced in words («Включена крупная версия», «Цветовая схема: белым по чёрному») and followed by other tabs. Under
   * the system's forced colours it says that the system's colours are in use. The panel itself is a gu-* element: it
   * follows the tokens it sets, and holds at 320 px with the largest text.
   *
   * Shown while it has the `open` attribute (`show()` and `close()` also move focus). Placed by the portal, it is opened
   * by `<gu-a11y-toggle for="its-id">`; a toggle without `for` creates one after itself.
   * ---
   *
   *
   * ### **Events:**
   *  - **gu-low-vision-change** - The citizen changed a setting or pressed «Обычная версия»; `detail` is the whole choice (preferences.ts `A11yPreferences`). Bubbles, composed.
   * - **gu-low-vision-open** - The panel was opened (`open` set).
   * - **gu-low-vision-close** - The panel was closed (`open` removed: «Закрыть», Esc, `close()`, its toggle).
   *
   * ### **Methods:**
   *  - **show(opener: _HTMLElement | null_): _void_** - Opens the panel and moves focus to its heading; `close()` gives focus back to `opener` (default: the focused element).
   * - **close(): _void_** - Closes the panel; if focus was in it, it goes back to the element that opened it.
   *
   * ### **CSS Properties:**
   *  - **--gu-color-surface** - The panel's background. _(default: undefined)_
   * - **--gu-color-text** - Its text. _(default: undefined)_
   * - **--gu-color-border** - Its top and bottom borders. _(default: undefined)_
   * - **--gu-color-primary** - The radio buttons and the buttons. _(default: undefined)_
   * - **--gu-color-info** - The notes' border (storage refused, forced colours). _(default: undefined)_
   * - **--gu-color-info-surface** - The notes' background. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **region** - The labelled region.
   * - **heading** - Its heading.
   * - **group** - A fieldset of one setting.
   * - **actions** - «Обычная версия» and «Закрыть».
   */
  'gu-a11y-panel': Partial<GuA11yPanelProps & BaseProps & BaseEvents>;

  /**
   * «Версия для слабовидящих» for the portal's header: a button with an eye icon (its name is the text) that
   * opens and closes the low-vision panel, and applies the stored choice to the document on every page.
   *
   * On load it applies the citizen's stored choice (localStorage `gu-a11y`) to the document element and keeps it in step
   * with other tabs and with the system's settings (colour scheme, contrast, forced colours) — with a chunk it loads
   * right after its first render (page.ts and preferences.ts, ~2 KB), so the button itself stays within 3 KB. Pressing the button opens
   * the panel named by `for` (an id in the same document or shadow root), or else a `<gu-a11y-panel>` it creates right
   * after itself on the first press (loaded then: the toggle alone stays small); pressing it again, «Закрыть» or Esc
   * closes the panel and focus comes back to the button. `aria-expanded` says whether the panel is open, and the button
   * controls the panel (`ariaControlsElements`, which reaches a panel outside the toggle's shadow root).
   *
   * While the low-vision version is on, a second button «Обычная версия» sits next to it: as on most Russian state
   * sites the header link takes the citizen straight back to the standard version (everything reset, «Включена обычная
   * версия» announced), and the settings stay one press away on the first button, whose name does not change.
   * ---
   *
   *
   * ### **Events:**
   *  - **gu-low-vision-change** - Fired by the panel the toggle opens (from the panel, which bubbles through the page, not from the toggle): the citizen changed a setting.
   * - **gu-low-vision-open** - Fired by the panel the toggle opens: it was opened.
   * - **gu-low-vision-close** - Fired by the panel the toggle opens: it was closed.
   *
   * ### **CSS Properties:**
   *  - **--gu-color-primary** - The buttons' text. _(default: undefined)_
   * - **--gu-radius** - The buttons' corners. _(default: undefined)_
   * - **--gu-icon-display** - The eye icon (`none` when the citizen turned images off). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **button** - The button that opens and closes the panel.
   * - **normal** - «Обычная версия», shown while the low-vision version is on.
   */
  'gu-a11y-toggle': Partial<GuA11yToggleProps & BaseProps & BaseEvents>;

  /**
   * «Мои заявления»: the citizen's applications — search, filters by status, agency and period, sort,
   * counts per status, paging that keeps its place, CSV export, a lazily loaded chart, live status changes,
   * and the detail of one application (timeline, documents, actions, adding documents, messages with the operator).
   *
   * Reads the session from an enclosing `<gu-session>`; shows `<gu-session-notice>` while not signed in and keeps
   * what the citizen typed (a message, chosen files) until they sign in again.
   *
   * The first render is the list only; the filters panel (once the first rows are painted), live status, the detail,
   * the chart, the English strings and the loading / empty / error states are loaded when they are needed.
   * Removing the element aborts its requests and ends its timers and polling.
   * ---
   *
   *
   * ### **Events:**
   *  - **gu-application-opened** - The citizen opened an application (`detail`: `applicationId`, `number`).
   * - **gu-application-status-changed** - A status changed live or by cancellation (`detail`: `applicationId`, `number`, `status`, `previousStatus`).
   * - **gu-application-action** - Cancelable: continue a draft, resubmit a rejected application pre-filled, or apply again (`detail`: `action`, `application`, `prefill`); the portal opens its service form.
   * - **gu-application-document-added** - A document was uploaded (`detail`: `applicationId`, `document`).
   *
   * ### **Methods:**
   *  - **openApplication(id: _string_, number): _Promise<void>_** - Opens the detail of an application (e.g. from a deep link) and moves focus to its heading.
   * - **exportCsv(): _Promise<string>_** - Saves every application that matches the search and filters (all pages, fetched through the API; csv.ts loads on
   * first use, formula-safe) as `applications.csv` and resolves its text.
   * - **refresh(): _void_** - Reloads the list (keeps the page, filters and sort).
   *
   * ### **CSS Properties:**
   *  - **--gu-color-primary** - Links, buttons and the unread marker. _(default: undefined)_
   * - **--gu-color-error** - Overdue dates and per-row errors. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **list** - The list of applications (`<ol>`).
   * - **row** - One application in the list.
   * - **toolbar** - Search, filters and list actions.
   * - **pager** - Paging controls.
   */
  'gu-application-tracker': Partial<GuApplicationTrackerProps & BaseProps & BaseEvents>;

  /**
   * The idle-timeout warning of `<gu-session>`: a modal `alertdialog` labelled «Сеанс скоро завершится»,
   * with the remaining time (visible every second, announced on open and then at most every `announce-interval`
   * seconds — «Осталось 1 минута»), the promise that typed data is kept, and two buttons: «Остаться в системе»
   * (primary, first in the footer, so focused on open) and «Выйти». Esc and «Остаться в системе» both extend. Focus returns to where it
   * was when the dialog closes.
   * ---
   *
   *
   * ### **Methods:**
   *  - **prepare(): _Promise<void>_** - Loads the dialog's modules and renders it (closed), so the warning opens without a wait: `<gu-session>` calls
   * it while a sign-in completes. Rejects when the modules cannot be loaded (a later render tries again).
   *
   * ### **CSS Parts:**
   *  - **countdown** - The visible remaining time. It tells its <gu-session> `gu-session-extend` («Остаться в системе» or Esc) and `gu-session-sign-out` («Выйти»): internal events (events.ts), which stay inside the session's shadow root.
   */
  'gu-session-timeout-dialog': Partial<GuSessionTimeoutDialogProps & BaseProps & BaseEvents>;

  /**
   * Holds the page's one OIDC session (authorization code + PKCE, tokens in memory only) and provides it to
   * every widget inside it through `@lit/context` (`sessionContext`) — a new immutable snapshot on every change. One
   * UserManager per authority and client per page, shared by separately built bundles; renewal with the rotated
   * refresh token by one tab at a time; sign-out, activity and extension in step across the tabs of the site;
   * an idle timeout with an accessible warning dialog. It has no UI of its own besides that dialog.
   * ---
   *
   *
   * ### **Events:**
   *  - **gu-session-signed-in** - The citizen is signed in (`detail.session`).
   * - **gu-session-signed-out** - The session ended: signed out or expired (`detail.reason`).
   * - **gu-session-change** - A new snapshot (`detail.session`).
   * - **gu-session-ending** - On `window`, before the session ends (idle timeout, sign-out in another tab, API refusal): widgets keep typed data as a draft. `detail.reason`.
   *
   * ### **Methods:**
   *  - **signIn(method: _SignInMethod_): _Promise<void>_** - Starts sign-in (default: the `sign-in-method` attribute). Call a popup sign-in synchronously from a click.
   * - **signOut(): _Promise<void>_** - Revokes the tokens, ends the provider session (when `post-logout-redirect-uri` is set) and signs out every tab.
   * - **extend(): _Promise<void>_** - «Остаться в системе»: closes the warning and resets the idle timer in every tab, and renews the tokens.
   * - **retry(): _Promise<void>_** - Retries what failed (status `error`).
   * - **createAuthorizationRequest(): _Promise<AuthorizationRequest>_** - Creates an authorization request (state, nonce, PKCE S256), kept in memory, for the embedded <gu-login>.
   * - **acceptAuthorizationResponse(url: _string_): _Promise<void>_** - Accepts the authorization response (redirect URI with `code` and `state`) and exchanges the code for tokens.
   * Resolves once signed in with the idle warning ready.
   *
   * ### **Slots:**
   *  - _default_ - The widgets that use the session.
   *
   * ### **CSS Parts:**
   *  - **timeout-dialog** - The idle warning (`gu-session-timeout-dialog`).
   */
  'gu-session': Partial<GuSessionProps & BaseProps & BaseEvents>;

  /**
   * What a widget shows instead of its content while the citizen is not signed in. It reads the
   * session itself (from the enclosing `<gu-session>`): signed out → «Войдите, чтобы продолжить» and «Войти»;
   * signed out by the idle timeout → «Вы вышли из системы в целях безопасности» and «Войти снова» (plus
   * «Введённые данные сохранены» when the session keeps drafts, or with `drafts-saved`); checking → a loading state; an
   * error → the error's message with «Повторить» (popup errors also offer «Продолжить в этом окне»). Renders nothing
   * while signed in. Without any `<gu-session>` around it, it shows a neutral message and warns in the console how to fix it.
   *
   * One notice per page: of all notices on the page only the first in the composed tree renders (a page-level notice
   * before the widgets wins; a widget's own notice shows when the page has none). The heading level follows the page's
   * outline (one below the nearest heading before it) unless `heading-level` is set.
   * ---
   *
   *
   * ### **Slots:**
   *  - _default_ - Extra text under the message (e.g. what the widget will show after sign-in).
   *
   * ### **CSS Parts:**
   *  - **base** - The container.
   * - **heading** - The heading.
   * - **text** - The message.
   * - **actions** - The row of buttons.
   * - **sign-in** - The «Войти» / «Войти снова» button.
   */
  'gu-session-notice': Partial<GuSessionNoticeProps & BaseProps & BaseEvents>;

  /**
   * A visible «Выйти» button (OWASP: every page offers sign-out). It reads the session from the
   * enclosing `<gu-session>` and signs out every tab of the site: the tokens are revoked and the provider
   * session ends. Shown only while the citizen is signed in.
   * ---
   *
   *
   * ### **CSS Parts:**
   *  - **button** - The `gu-button`.
   */
  'gu-sign-out-button': Partial<GuSignOutButtonProps & BaseProps & BaseEvents>;

  /**
   * A message box for the result of an action or a problem: info, success, warning or error.
   * `error` and `warning` are `role="alert"` (assertive), `info` and `success` are `role="status"` (polite).
   * The variant is spelt out for screen readers («Ошибка: …») and shown by an icon — never by colour alone.
   * Set `live` on an alert that is placed in the page empty and filled later (wrong code, lockout): its live
   * region then exists before the message is inserted, which is what screen readers need to announce it.
   * An empty alert without `live` takes no space and is hidden.
   * ---
   *
   *
   * ### **Events:**
   *  - **gu-alert-dismiss** - The close button was pressed; cancelable — prevent it to keep the alert shown.
   *
   * ### **Slots:**
   *  - _default_ - The message text (may contain links).
   *
   * ### **CSS Properties:**
   *  - **--gu-alert-radius** - Corner radius (falls back to --gu-radius). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The outer box.
   * - **region** - The live region: icon, heading and message.
   * - **icon** - The decorative variant icon.
   * - **heading** - The heading line.
   * - **message** - The wrapper of the slotted message.
   * - **dismiss** - The close button of a dismissible alert.
   */
  'gu-alert': Partial<GuAlertProps & BaseProps & BaseEvents>;

  /**
   * A button that works inside a light-DOM `<form>` (submit, reset) and has a busy state: while busy it
   * stays focusable, says so (aria-busy, aria-disabled, spinner and text) and ignores clicks, so a double click
   * cannot submit twice.
   * ---
   *
   *
   * ### **Events:**
   *  - **click** - The user activated the button (not fired while busy or disabled).
   *
   * ### **Methods:**
   *  - **formDisabledCallback(disabled: _boolean_): _void_** - Called by the browser when a fieldset or form ancestor becomes (un)disabled.
   *
   * ### **Slots:**
   *  - _default_ - The button text.
   *
   * ### **CSS Properties:**
   *  - **--gu-button-background** - Primary background (falls back to `--gu-color-primary`). _(default: undefined)_
   * - **--gu-button-color** - Primary text colour (falls back to `--gu-color-on-primary`). _(default: undefined)_
   * - **--gu-button-radius** - Corner radius (falls back to `--gu-radius`). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **button** - The native button.
   * - **spinner** - The busy spinner.
   */
  'gu-button': Partial<GuButtonProps & BaseProps & BaseEvents>;

  /**
   * A modal dialog on the native `<dialog>` (`showModal()`): the page behind is inert, focus moves
   * in on open, Tab and Shift+Tab cycle inside, Esc asks to cancel, and focus returns to the opener on close.
   * Labelled by its `heading`. With `alert` it is an `alertdialog` described by its body — for messages that
   * need an answer (the idle-timeout warning).
   *
   * Initial focus: the slotted element with `autofocus`, else the first focusable element of the body or
   * footer, else the close button, else the heading. Esc and the close button fire the cancelable
   * `gu-dialog-cancel`; unless it is prevented the dialog closes with return value `cancel`. A slotted
   * button with `data-gu-dialog-close` closes the dialog with its `value` as the return value.
   * ---
   *
   *
   * ### **Events:**
   *  - **gu-dialog-open** - The dialog was shown.
   * - **gu-dialog-cancel** - Esc or the close button was pressed; cancelable — prevent it to keep the dialog open.
   * - **gu-dialog-close** - The dialog closed; `detail.returnValue` says how.
   *
   * ### **Methods:**
   *  - **show(): _void_** - Opens the dialog (same as setting `open`).
   * - **close(returnValue): _void_** - Closes the dialog with an optional return value, reported in `gu-dialog-close`.
   * - **requestCancel(): _void_** - Asks to cancel, as Esc and the close button do: fires `gu-dialog-cancel`, then closes unless prevented.
   *
   * ### **Slots:**
   *  - _default_ - The body: text, a form. Announced as the dialog's description when `alert` is set.
   * - **footer** - Actions (buttons), laid out at the end.
   *
   * ### **CSS Properties:**
   *  - **--gu-dialog-width** - Preferred width (default 36rem, never wider than the viewport). _(default: undefined)_
   * - **--gu-dialog-backdrop** - Backdrop colour. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **dialog** - The native `<dialog>` element.
   * - **header** - The row with the heading and the close button.
   * - **heading** - The heading (`<h2>`).
   * - **close** - The close button.
   * - **body** - The body wrapper.
   * - **footer** - The footer wrapper.
   */
  'gu-dialog': Partial<GuDialogProps & BaseProps & BaseEvents>;

  /**
   * The «Исправьте ошибки» box at the top of a form: after a failed submit it lists every error as a
   * link that moves focus into the field, and it takes focus itself so screen readers read it at once.
   * ---
   *
   *
   * ### **Methods:**
   *  - **focus(options: _FocusOptions_): _void_** - Moves focus to the summary box so it is read out.
   *
   * ### **CSS Properties:**
   *  - **--gu-error-summary-color** - Border and link colour (falls back to `--gu-color-error`). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The alert box (role=alert, focusable by script).
   * - **title** - The heading.
   * - **list** - The list of links.
   * - **link** - Each link to a field.
   */
  'gu-error-summary': Partial<GuErrorSummaryProps & BaseProps & BaseEvents>;

  /**
   * A widget-local live region for short status text («Код отправлен», «Сохранено»).
   * The region is rendered from the start, empty, so every later `message` is announced. Use `polite` for
   * status and `assertive` only for errors and time limits. To announce the same text again, call `announce()`.
   * For messages that belong to no widget position, use `announce()` from `announcer.ts` instead.
   * ---
   *
   *
   * ### **Methods:**
   *  - **announce(message: _string_): _Promise<void>_** - Clears the region and writes `message` on the next frame, so even an unchanged text is announced again.
   *
   * ### **CSS Parts:**
   *  - **region** - The live region.
   */
  'gu-live-region': Partial<GuLiveRegionProps & BaseProps & BaseEvents>;

  /**
   * A one-time code input: one `<input inputmode="numeric" autocomplete="one-time-code">`, so SMS
   * autofill and paste of «123 456», «123-456» or «123456» work; only digits are kept.
   * ---
   *
   *
   * ### **Events:**
   *  - **input** - The user changed the code.
   * - **change** - The user committed a change (on blur).
   * - **gu-otp-complete** - The code reached `length` digits by typing or paste; `detail.code` is the code.
   *
   * ### **Methods:**
   *  - **formResetCallback(): _void_** - Called by the browser when the owning form is reset.
   * - **formDisabledCallback(disabled: _boolean_): _void_** - Called by the browser when a fieldset or form ancestor becomes (un)disabled.
   * - **formStateRestoreCallback(state: _string | File | FormData | null_): _void_** - Called by the browser when it restores the form (back/forward, autofill of the state).
   * - **setValidity(flags: _ValidityStateFlags_, message: _string_, anchorInput: _HTMLElement_): _void_** - Sets the validity flags and message, anchored at the inner input (as ElementInternals.setValidity).
   * - **checkValidity(): _boolean_** - Checks validity; when invalid, fires `invalid` and shows the error next to the field.
   * - **reportValidity(): _boolean_** - Like `checkValidity()`, and moves focus into the field when it is invalid.
   * - **showErrors(): _void_** - Shows the current validation error as after a submit.
   *
   * ### **CSS Properties:**
   *  - **--gu-field-border-color** - Input border colour. _(default: undefined)_
   * - **--gu-field-error-color** - Error text and invalid border colour. _(default: undefined)_
   * - **--gu-field-hint-color** - Hint colour (falls back to `--gu-color-text-muted`). _(default: undefined)_
   * - **--gu-field-background** - Input background (falls back to `--gu-color-background`). _(default: undefined)_
   * - **--gu-field-height** - Input height (falls back to `--gu-control-height`). _(default: undefined)_
   * - **--gu-field-radius** - Input corner radius (falls back to `--gu-radius`). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The wrapper of label, hint, error and input.
   * - **label** - The visible label.
   * - **hint** - The hint under the label.
   * - **error** - The error message (a polite live region that always exists).
   * - **input** - The native input.
   */
  'gu-otp-field': Partial<GuOtpFieldProps & BaseProps & BaseEvents>;

  /**
   * A password input with a «Показать пароль» toggle. Paste and password managers are allowed;
   * `autocomplete` says whether it is the current or a new password.
   * ---
   *
   *
   * ### **Events:**
   *  - **input** - The user changed the password.
   * - **change** - The user committed a change (on blur).
   *
   * ### **Methods:**
   *  - **formResetCallback(): _void_** - Called by the browser when the owning form is reset.
   * - **formDisabledCallback(disabled: _boolean_): _void_** - Called by the browser when a fieldset or form ancestor becomes (un)disabled.
   * - **formStateRestoreCallback(state: _string | File | FormData | null_): _void_** - Called by the browser when it restores the form (back/forward, autofill of the state).
   * - **setValidity(flags: _ValidityStateFlags_, message: _string_, anchorInput: _HTMLElement_): _void_** - Sets the validity flags and message, anchored at the inner input (as ElementInternals.setValidity).
   * - **checkValidity(): _boolean_** - Checks validity; when invalid, fires `invalid` and shows the error next to the field.
   * - **reportValidity(): _boolean_** - Like `checkValidity()`, and moves focus into the field when it is invalid.
   * - **showErrors(): _void_** - Shows the current validation error as after a submit.
   *
   * ### **CSS Properties:**
   *  - **--gu-field-border-color** - Input border colour. _(default: undefined)_
   * - **--gu-field-error-color** - Error text and invalid border colour. _(default: undefined)_
   * - **--gu-field-hint-color** - Hint colour (falls back to `--gu-color-text-muted`). _(default: undefined)_
   * - **--gu-field-background** - Input background (falls back to `--gu-color-background`). _(default: undefined)_
   * - **--gu-field-height** - Input height (falls back to `--gu-control-height`). _(default: undefined)_
   * - **--gu-field-radius** - Input corner radius (falls back to `--gu-radius`). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The wrapper of label, hint, error and input.
   * - **label** - The visible label.
   * - **hint** - The hint under the label.
   * - **error** - The error message (a polite live region that always exists).
   * - **input** - The native input.
   * - **toggle** - The show/hide button (at least 24×24 px).
   */
  'gu-password-field': Partial<GuPasswordFieldProps & BaseProps & BaseEvents>;

  /**
   * What a widget shows when there is nothing to show yet («Здесь пока ничего нет»), with an optional
   * next step. Not a live region: a widget that empties a list in response to the user should announce it.
   * ---
   *
   *
   * ### **Slots:**
   *  - _default_ - The explanation text.
   * - **action** - A next step: a link or a button.
   *
   * ### **CSS Parts:**
   *  - **base** - The centred container.
   * - **icon** - The decorative illustration.
   * - **heading** - The heading.
   * - **text** - The wrapper of the explanation.
   * - **actions** - The wrapper of the action slot.
   */
  'gu-empty-state': Partial<GuEmptyStateProps & BaseProps & BaseEvents>;

  /**
   * A loading indicator: a spinner (hidden from assistive technology) and the text «Загрузка…» in a
   * polite `role="status"` region. The region is in the page first and the text is inserted after it, so the
   * text is announced once. With `delay`, nothing is shown or announced for that many milliseconds — fast
   * responses then cause no flash and no chatter. The spinner stops under prefers-reduced-motion.
   * ---
   *
   *
   * ### **CSS Properties:**
   *  - **--gu-loading-state-size** - Spinner diameter (default 32px). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The status region.
   * - **spinner** - The spinner.
   * - **label** - The text.
   */
  'gu-loading-state': Partial<GuLoadingStateProps & BaseProps & BaseEvents>;

  /**
   * What a widget shows when loading failed: a heading, a message for the error's `kind`
   * (from the core catalog: «Нет связи с сервером…», «Слишком много запросов. Повторите через 30 секунд.»)
   * and «Повторить» when retrying can help. The heading and message are announced politely through the
   * page announcer when they appear or change (set `quiet` if the widget moves focus to it with `focus()`,
   * which focuses the heading).
   * ---
   *
   *
   * ### **Events:**
   *  - **gu-error-state-retry** - «Повторить» was pressed; `detail.kind` is the error kind, if any.
   *
   * ### **Methods:**
   *  - **focus(options: _FocusOptions_): _void_** - Moves focus to the heading, so a screen reader reads it after a failed action.
   *
   * ### **Slots:**
   *  - **action** - Extra actions next to «Повторить» (e.g. a link to support).
   *
   * ### **CSS Parts:**
   *  - **base** - The centred container.
   * - **icon** - The decorative error icon.
   * - **heading** - The heading; focusable by script (`focus()`).
   * - **text** - The message.
   * - **actions** - The actions row.
   * - **retry** - The «Повторить» button.
   */
  'gu-error-state': Partial<GuErrorStateProps & BaseProps & BaseEvents>;

  /**
   * A short status of an application or a payment («Исполнено», «Требует действий»). The text is always
   * shown; the tone adds an icon of its own shape and a colour, so the status never depends on colour.
   * Text and icon meet WCAG AA contrast in every tone, in the default and high-contrast themes.
   * ---
   *
   *
   * ### **Slots:**
   *  - _default_ - The status text (overrides `label`).
   *
   * ### **CSS Properties:**
   *  - **--gu-status-badge-radius** - Corner radius (default 999px, a pill). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **badge** - The badge box.
   * - **icon** - The decorative tone icon.
   * - **label** - The text.
   */
  'gu-status-badge': Partial<GuStatusBadgeProps & BaseProps & BaseEvents>;

  /**
   * A labelled text input that can check and format Russian identifiers (SNILS, INN, phone, e-mail,
   * passport, unit code, UIN). Errors appear after the user leaves the field or submits the form.
   * ---
   *
   *
   * ### **Events:**
   *  - **input** - The user changed the text (value already updated).
   * - **change** - The user committed a change (on blur).
   *
   * ### **Methods:**
   *  - **formResetCallback(): _void_** - Called by the browser when the owning form is reset.
   * - **formDisabledCallback(disabled: _boolean_): _void_** - Called by the browser when a fieldset or form ancestor becomes (un)disabled.
   * - **formStateRestoreCallback(state: _string | File | FormData | null_): _void_** - Called by the browser when it restores the form (back/forward, autofill of the state).
   * - **setValidity(flags: _ValidityStateFlags_, message: _string_, anchorInput: _HTMLElement_): _void_** - Sets the validity flags and message, anchored at the inner input (as ElementInternals.setValidity).
   * - **checkValidity(): _boolean_** - Checks validity; when invalid, fires `invalid` and shows the error next to the field.
   * - **reportValidity(): _boolean_** - Like `checkValidity()`, and moves focus into the field when it is invalid.
   * - **showErrors(): _void_** - Shows the current validation error as after a submit.
   *
   * ### **CSS Properties:**
   *  - **--gu-field-border-color** - Input border colour. _(default: undefined)_
   * - **--gu-field-error-color** - Error text and invalid border colour. _(default: undefined)_
   * - **--gu-field-hint-color** - Hint colour. _(default: undefined)_
   * - **--gu-field-background** - Input background (falls back to `--gu-color-background`). _(default: undefined)_
   * - **--gu-field-height** - Input height (falls back to `--gu-control-height`). _(default: undefined)_
   * - **--gu-field-radius** - Input corner radius (falls back to `--gu-radius`). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The wrapper of label, hint, error and input.
   * - **label** - The visible label.
   * - **hint** - The hint under the label.
   * - **error** - The error message (a polite live region that always exists).
   * - **input** - The native input.
   */
  'gu-text-field': Partial<GuTextFieldProps & BaseProps & BaseEvents>;

  /**
   * Sign in, register a simplified account and recover access — every way into the personal account, ending
   * in a session of the enclosing `<gu-session>` (authorization code + PKCE).
   *
   * Renders into its **light DOM** (the credential `<form>` and inputs stay reachable by password managers and browser
   * autofill); its stylesheet is adopted on the document or the enclosing shadow root, selectors scoped to `gu-login`.
   * Registration, recovery and the other ways in are parts loaded on demand (parts/).
   * ---
   *
   *
   * ### **Events:**
   *  - **gu-login-signed-in** - The session is established through this widget (`detail.session`, `detail.method`).
   * - **gu-login-registered** - A simplified account was created and signed in (`detail.session`).
   * - **gu-login-recovered** - Access was recovered with a new password (`detail.session`, `detail.endedOtherSessions`).
   *
   * ### **CSS Properties:**
   *  - **--gu-login-width** - Maximum width of the widget [32rem]. _(default: undefined)_
   * - **--gu-login-control-height** - Height of inputs (falls back to `--gu-control-height`). _(default: undefined)_
   * - **--gu-color-primary** - Buttons and links. _(default: undefined)_
   * - **--gu-color-error** - Errors, the alert and the summary. _(default: undefined)_
   */
  'gu-login': Partial<GuLoginProps & BaseProps & BaseEvents>;

  /**
   * «Уведомления» for the portal's header: a button that says how many notifications are unread («Уведомления, 3
   * непрочитанных», the number on a badge) and opens a popover with the five newest — each opens that notification in
   * the feed — and «Все уведомления».
   *
   * Reads the session from an enclosing `<gu-session>`; shows nothing while not signed in. Shares its state with every
   * `<gu-notifications>`, `<gu-notifications-latest>` and other bell of the page (one summary request for all of them)
   * and follows the page's other tabs and the live updates (new notifications announced politely, once per burst).
   * Its first render is the button alone (≤ 8 KB gzip): the data and the popover's content (one chunk) and the English
   * strings load right after.
   * ---
   *
   *
   * ### **Events:**
   *  - **gu-notification-link** - The citizen opens a notification or «Все уведомления»: `detail.kind` (`page`), `href`, `notificationId`. Cancelable: `preventDefault()` to route it yourself.
   *
   * ### **CSS Properties:**
   *  - **--gu-color-primary** - The badge, the links and the unread markers. _(default: undefined)_
   * - **--gu-color-text** - The bell's icon. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **button** - The bell button.
   * - **badge** - The unread count on the button (the exact number: the button's name says it too).
   * - **popover** - The popover with the newest notifications.
   */
  'gu-notification-bell': Partial<GuNotificationBellProps & BaseProps & BaseEvents>;

  /**
   * «Последние уведомления» for a portal's home page: the signed-in citizen's latest few notifications (`count`,
   * default 3, at most 5) — each with its category in words, its title (a link that opens it in the portal's feed), its
   * date and «Новое» when unread — and «Все уведомления».
   *
   * Reads the session from an enclosing `<gu-session>`; signed out it shows nothing personal, only an invitation to sign
   * in. Makes no request of its own: it reads the page's notifications store (store.ts), which a
   * `<gu-notification-bell>` or `<gu-notifications>` on the same page shares — one summary request for all of them — and
   * which live updates and the other tabs keep current (new notifications appear; a burst is announced once, politely).
   * ---
   *
   *
   * ### **Events:**
   *  - **gu-notification-link** - The citizen opens a notification or «Все уведомления»: `detail.kind` (`page`), `href`, `notificationId` (and `id`) for a notification. Cancelable: `preventDefault()` to route it yourself.
   *
   * ### **CSS Properties:**
   *  - **--gu-color-primary** - The links and the «Новое» marker. _(default: undefined)_
   * - **--gu-color-error** - The security category's icon and the failure's border. _(default: undefined)_
   * - **--gu-space** - Spacing between the lines. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **latest** - The box (signed out, loading, failed, empty or the list alike).
   * - **heading** - The heading («Последние уведомления»).
   * - **list** - The list of notifications.
   * - **all** - The link «Все уведомления».
   */
  'gu-notifications-latest': Partial<GuNotificationsLatestProps & BaseProps & BaseEvents>;

  /**
   * «Уведомления»: what the state tells the citizen, in one place, as it happens — application statuses, new
   * charges and fines, payments due and done, documents ready, security alerts (shown first), appointments, agencies'
   * messages and news; read and unread, filters, search, the archive (with undo) and deletion (logged); and «Настройки
   * уведомлений»: channels × categories, frequency, quiet hours, login alerts, push, subscriptions to agencies' mailings.
   *
   * Reads the session from an enclosing `<gu-session>`; shows `<gu-session-notice>` while not signed in. Shares the
   * unread count and the newest notifications with every `<gu-notification-bell>` of the page and the page's other
   * tabs; live updates come by server-sent events (conditional polling where there are none), never while the page is
   * hidden. Each view is loaded when it first opens. `?notification=<id>` in the page's URL (where the bell's links
   * lead) opens that notification and is taken out of the URL.
   * ---
   *
   *
   * ### **Events:**
   *  - **gu-notifications-view** - The element shows another view: `detail.view`.
   * - **gu-notification-link** - The citizen follows what a notification is about: `detail.kind`, `id`, `href`, `notificationId`. Cancelable: `preventDefault()` to route it yourself.
   * - **gu-notifications-settings-saved** - «Настройки уведомлений» were saved: `detail.version`.
   *
   * ### **CSS Properties:**
   *  - **--gu-color-primary** - Buttons, links, unread markers and the current view's marker. _(default: undefined)_
   * - **--gu-color-error** - Security alerts and errors. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **nav** - The navigation between the views.
   * - **view** - The open view.
   */
  'gu-notifications': Partial<GuNotificationsProps & BaseProps & BaseEvents>;

  /**
   * «К оплате»: what the signed-in citizen owes the state, in a few lines for a portal's home page — how many
   * charges and their sum, how many are overdue (said in words), the nearest due date, a line per kind (fines, taxes,
   * utilities, state duties) — and a link to the portal's payments page, where <gu-payments> pays them.
   *
   * Reads the session from an enclosing `<gu-session>`; signed out it shows nothing personal, only an invitation to sign
   * in. Loads the summary again when another citizen signs in and when a payment completes on the page
   * (`gu-payments-paid`). A first render of its own: no schema library, the English strings and the failure's wording
   * loaded only when needed.
   * ---
   *
   *
   * ### **Events:**
   *  - **gu-payments-due-open** - The citizen follows the link to the payments: `detail.href`. Cancelable: `preventDefault()` keeps the browser from following it (a single-page portal routes itself).
   *
   * ### **CSS Properties:**
   *  - **--gu-color-primary** - The link and the buttons. _(default: undefined)_
   * - **--gu-color-error** - The overdue badge's border (next to its text and icon). _(default: undefined)_
   * - **--gu-color-success** - The «nothing overdue» badge's border. _(default: undefined)_
   * - **--gu-space** - Spacing between the lines. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **summary** - The summary's box (loaded, signed out, loading or failed alike).
   * - **total** - The line with the number of charges and their sum.
   * - **overdue** - The overdue badge.
   * - **kinds** - The list of lines per kind.
   * - **link** - The link to the payments page.
   */
  'gu-payments-due': Partial<GuPaymentsDueProps & BaseProps & BaseEvents>;

  /**
   * «Платежи»: everything the citizen owes the state — fines, taxes, utilities and state duties — found by
   * their documents or by УИН, paid several at once by card, linked card, СБП, e-wallet, bank transfer or phone balance,
   * never twice; each payment followed until it settles, with its receipt; the history with filters, CSV and a chart;
   * disputes of fines; linked cards and utilities autopay.
   *
   * Reads the session from an enclosing `<gu-session>`; shows `<gu-session-notice>` while not signed in and keeps the
   * selected charges in memory until the same citizen signs in again. Each view is loaded when it first opens. Back
   * from the acquirer's page (`?gu-payment=<id>` or `?gu-card-binding=<id>` in the page's URL) it opens the result
   * itself and takes the parameter out of the URL.
   * ---
   *
   *
   * ### **Events:**
   *  - **gu-payments-view** - The element shows another view: `detail.view`.
   * - **gu-payments-paid** - A payment completed: `detail.paymentId`, `amount` (kopecks), `chargeIds`, `method`.
   * - **gu-payments-declined** - A payment was declined: `detail.paymentId`, `declineCode`.
   * - **gu-payments-document-added** - A document for charge search was added: `detail.documentId`, `newCharges`.
   * - **gu-payments-dispute-submitted** - A fine was disputed: `detail.disputeId`, `chargeId`.
   * - **gu-payments-autopay-changed** - A provider's autopay was saved: `detail.providerId`, `enabled`, `remindDaysBefore`.
   *
   * ### **CSS Properties:**
   *  - **--gu-color-primary** - Buttons, links and the current view's marker. _(default: undefined)_
   * - **--gu-color-error** - Overdue charges, declined payments and errors. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **nav** - The navigation between the views.
   * - **view** - The open view.
   */
  'gu-payments': Partial<GuPaymentsProps & BaseProps & BaseEvents>;

  /**
   * «Безопасность»: everything a citizen does to keep the account theirs — the password (changed with a
   * one-time code), two-factor sign-in (SMS, an authenticator app, backup codes), passkeys, security questions, trusted
   * devices, active sessions, the login history (filters, CSV, «Это был не я» with a guided response) and security
   * alerts.
   *
   * Reads the session from an enclosing `<gu-session>`; shows `<gu-session-notice>` while not signed in. A sensitive
   * change asks the citizen to confirm it is them (the password again, or a passkey) when the server wants it, in a
   * dialog over what they typed. Follows changes made elsewhere (other tabs and devices, sign-ins) by the page's live
   * updates. Each view is loaded when it first opens. `?login-event=<id>` in the page's URL (where a login alert's link
   * leads) opens «Это был не я» for that sign-in and is taken out of the URL.
   * ---
   *
   *
   * ### **Events:**
   *  - **gu-security-view** - The element shows another view: `detail.view`.
   * - **gu-security-changed** - The citizen changed a section: `detail.area` (`password`, `two-factor`, `passkeys`, `questions`, `devices`, `sessions`, `login-history`, `alerts`).
   *
   * ### **CSS Properties:**
   *  - **--gu-color-primary** - Buttons, links and the current section's marker. _(default: undefined)_
   * - **--gu-color-error** - Failed sign-ins, warnings and errors. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **nav** - The navigation between the sections.
   * - **view** - The open section.
   */
  'gu-security-settings': Partial<GuSecuritySettingsProps & BaseProps & BaseEvents>;

  /**
   * Account levels and identity confirmation: the current level (упрощённая, стандартная, подтверждённая), what each
   * unlocks and exactly what the next one needs; phone and e-mail confirmation and change by code; the standard level
   * through the registry check of passport and SNILS (МВД, СФР) that survives a reload; the confirmed level through a
   * partner bank, a service centre, a code by Russian Post or an electronic signature.
   *
   * Reads the session from an enclosing `<gu-session>` and follows its level; shows `<gu-session-notice>` while not
   * signed in. When the level goes up it calls the session's `refresh()`, so every widget on the page gets the new level.
   * ---
   *
   *
   * ### **Events:**
   *  - **gu-verification-completed** - The account level went up: `detail.level` is the new level (the element then calls the session's `refresh()`).
   * - **gu-verification-contact-confirmed** - A phone or e-mail was confirmed, or changed and confirmed: `detail.channel` (`phone` or `email`), `detail.changed`.
   * - **gu-verification-step** - The element moved to another step: `detail.step`.
   *
   * ### **Methods:**
   *  - **goTo(step: _VerificationStep_, data: _StepData_, focus): _Promise<void>_** - Opens a step (loads its flow first) and moves focus to its heading.
   *
   * ### **CSS Properties:**
   *  - **--gu-color-primary** - Buttons and the current level's border. _(default: undefined)_
   * - **--gu-color-error** - Field and check errors. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **levels** - The list of the three levels.
   * - **level** - One level card.
   * - **flow** - The container of the open step.
   */
  'gu-verification': Partial<GuVerificationProps & BaseProps & BaseEvents>;
};

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
