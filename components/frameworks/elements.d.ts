// Generated from custom-elements.json by build/framework-types.ts — do not edit: run `npm run manifest`, then
// `npx tsx build/framework-types.ts`.
//
// `gu-kit/types`: the kit's elements and events for plain TypeScript. `import type {} from 'gu-kit/types'` (or
// `"types": ["gu-kit/types"]` in tsconfig.json) types `document.createElement('gu-login')`,
// `querySelector('gu-login')` and every `gu-*` event's `detail`; `GuElementEventMap['gu-login']` lists the events
// one element fires. Types only: the elements are defined by `import 'gu-kit/login'` and the like.

import type { GuA11yChangeEvent, GuA11yCloseEvent, GuA11yOpenEvent } from '../a11y/events.js';
import type { GuA11yPanel } from '../a11y/panel.js';
import type { GuA11yToggle } from '../a11y/toggle.js';
import type { GuApplicationTracker } from '../application-tracker/application-tracker.js';
import type {
  GuApplicationActionEvent,
  GuApplicationDocumentAddedEvent,
  GuApplicationOpenedEvent,
  GuApplicationStatusChangedEvent,
} from '../application-tracker/events.js';
import type {
  GuSessionChangeEvent,
  GuSessionEndingEvent,
  GuSessionSignedInEvent,
  GuSessionSignedOutEvent,
} from '../core/session/events.js';
import type { GuSessionTimeoutDialog } from '../core/session/parts/timeout-dialog.js';
import type { GuSession } from '../core/session/session-element.js';
import type { GuSessionNotice } from '../core/session/session-notice.js';
import type { GuSignOutButton } from '../core/session/sign-out-button.js';
import type { GuAlert, GuAlertDismissEvent } from '../core/ui/alert.js';
import type { GuButton } from '../core/ui/button.js';
import type { GuDialog, GuDialogCancelEvent, GuDialogCloseEvent, GuDialogOpenEvent } from '../core/ui/dialog.js';
import type { GuErrorSummary } from '../core/ui/error-summary.js';
import type { GuLiveRegion } from '../core/ui/live-region.js';
import type { GuOtpCompleteEvent, GuOtpField } from '../core/ui/otp-field.js';
import type { GuPasswordField } from '../core/ui/password-field.js';
import type { GuEmptyState, GuErrorState, GuErrorStateRetryEvent, GuLoadingState } from '../core/ui/state.js';
import type { GuStatusBadge } from '../core/ui/status-badge.js';
import type { GuTextField } from '../core/ui/text-field.js';
import type { GuLoginRecoveredEvent, GuLoginRegisteredEvent, GuLoginSignedInEvent } from '../login/events.js';
import type { GuLogin } from '../login/login.js';
import type { GuNotificationBell } from '../notifications/bell.js';
import type {
  GuNotificationLinkEvent,
  GuNotificationsSettingsSavedEvent,
  GuNotificationsViewEvent,
} from '../notifications/events.js';
import type { GuNotificationsLatest } from '../notifications/latest.js';
import type { GuNotifications } from '../notifications/notifications.js';
import type {
  GuPaymentsAutopayChangedEvent,
  GuPaymentsDeclinedEvent,
  GuPaymentsDisputeSubmittedEvent,
  GuPaymentsDocumentAddedEvent,
  GuPaymentsPaidEvent,
  GuPaymentsViewEvent,
} from '../payments/events.js';
import type { GuPayments } from '../payments/payments.js';
import type { GuPaymentsDue, GuPaymentsDueOpenEvent } from '../payments/payments-due.js';
import type { GuSecurityChangedEvent, GuSecurityViewEvent } from '../security/events.js';
import type { GuSecuritySettings } from '../security/security-settings.js';
import type {
  GuContactConfirmedEvent,
  GuVerificationCompletedEvent,
  GuVerificationStepEvent,
} from '../verification/shared.js';
import type { GuVerification } from '../verification/verification.js';
export type {
  GuA11yChangeEvent,
  GuA11yCloseEvent,
  GuA11yOpenEvent,
  GuA11yPanel,
  GuA11yToggle,
  GuAlert,
  GuAlertDismissEvent,
  GuApplicationActionEvent,
  GuApplicationDocumentAddedEvent,
  GuApplicationOpenedEvent,
  GuApplicationStatusChangedEvent,
  GuApplicationTracker,
  GuButton,
  GuContactConfirmedEvent,
  GuDialog,
  GuDialogCancelEvent,
  GuDialogCloseEvent,
  GuDialogOpenEvent,
  GuEmptyState,
  GuErrorState,
  GuErrorStateRetryEvent,
  GuErrorSummary,
  GuLiveRegion,
  GuLoadingState,
  GuLogin,
  GuLoginRecoveredEvent,
  GuLoginRegisteredEvent,
  GuLoginSignedInEvent,
  GuNotificationBell,
  GuNotificationLinkEvent,
  GuNotifications,
  GuNotificationsLatest,
  GuNotificationsSettingsSavedEvent,
  GuNotificationsViewEvent,
  GuOtpCompleteEvent,
  GuOtpField,
  GuPasswordField,
  GuPayments,
  GuPaymentsAutopayChangedEvent,
  GuPaymentsDeclinedEvent,
  GuPaymentsDisputeSubmittedEvent,
  GuPaymentsDocumentAddedEvent,
  GuPaymentsDue,
  GuPaymentsDueOpenEvent,
  GuPaymentsPaidEvent,
  GuPaymentsViewEvent,
  GuSecurityChangedEvent,
  GuSecuritySettings,
  GuSecurityViewEvent,
  GuSession,
  GuSessionChangeEvent,
  GuSessionEndingEvent,
  GuSessionNotice,
  GuSessionSignedInEvent,
  GuSessionSignedOutEvent,
  GuSessionTimeoutDialog,
  GuSignOutButton,
  GuStatusBadge,
  GuTextField,
  GuVerification,
  GuVerificationCompletedEvent,
  GuVerificationStepEvent,
};
/** The events `<gu-a11y-panel>` fires: name → event (its `detail` is the payload). */
export interface GuA11yPanelEventMap {
  'gu-low-vision-change': GuA11yChangeEvent;
  'gu-low-vision-open': GuA11yOpenEvent;
  'gu-low-vision-close': GuA11yCloseEvent;
}
/** The events `<gu-a11y-toggle>` fires: name → event (its `detail` is the payload). */
export interface GuA11yToggleEventMap {
  'gu-low-vision-change': GuA11yChangeEvent;
  'gu-low-vision-open': GuA11yOpenEvent;
  'gu-low-vision-close': GuA11yCloseEvent;
}
/** The events `<gu-application-tracker>` fires: name → event (its `detail` is the payload). */
export interface GuApplicationTrackerEventMap {
  'gu-application-opened': GuApplicationOpenedEvent;
  'gu-application-status-changed': GuApplicationStatusChangedEvent;
  'gu-application-action': GuApplicationActionEvent;
  'gu-application-document-added': GuApplicationDocumentAddedEvent;
}
/** The events `<gu-session>` fires: name → event (its `detail` is the payload). */
export interface GuSessionEventMap {
  'gu-session-signed-in': GuSessionSignedInEvent;
  'gu-session-signed-out': GuSessionSignedOutEvent;
  'gu-session-change': GuSessionChangeEvent;
  'gu-session-ending': GuSessionEndingEvent;
}
/** The events `<gu-alert>` fires: name → event (its `detail` is the payload). */
export interface GuAlertEventMap {
  'gu-alert-dismiss': GuAlertDismissEvent;
}
/** The events `<gu-button>` fires: name → event (its `detail` is the payload). */
export interface GuButtonEventMap {
  click: HTMLElementEventMap['click'];
}
/** The events `<gu-dialog>` fires: name → event (its `detail` is the payload). */
export interface GuDialogEventMap {
  'gu-dialog-open': GuDialogOpenEvent;
  'gu-dialog-cancel': GuDialogCancelEvent;
  'gu-dialog-close': GuDialogCloseEvent;
}
/** The events `<gu-otp-field>` fires: name → event (its `detail` is the payload). */
export interface GuOtpFieldEventMap {
  input: HTMLElementEventMap['input'];
  change: HTMLElementEventMap['change'];
  'gu-otp-complete': GuOtpCompleteEvent;
}
/** The events `<gu-password-field>` fires: name → event (its `detail` is the payload). */
export interface GuPasswordFieldEventMap {
  input: HTMLElementEventMap['input'];
  change: HTMLElementEventMap['change'];
}
/** The events `<gu-error-state>` fires: name → event (its `detail` is the payload). */
export interface GuErrorStateEventMap {
  'gu-error-state-retry': GuErrorStateRetryEvent;
}
/** The events `<gu-text-field>` fires: name → event (its `detail` is the payload). */
export interface GuTextFieldEventMap {
  input: HTMLElementEventMap['input'];
  change: HTMLElementEventMap['change'];
}
/** The events `<gu-login>` fires: name → event (its `detail` is the payload). */
export interface GuLoginEventMap {
  'gu-login-signed-in': GuLoginSignedInEvent;
  'gu-login-registered': GuLoginRegisteredEvent;
  'gu-login-recovered': GuLoginRecoveredEvent;
}
/** The events `<gu-notification-bell>` fires: name → event (its `detail` is the payload). */
export interface GuNotificationBellEventMap {
  'gu-notification-link': GuNotificationLinkEvent;
}
/** The events `<gu-notifications-latest>` fires: name → event (its `detail` is the payload). */
export interface GuNotificationsLatestEventMap {
  'gu-notification-link': GuNotificationLinkEvent;
}
/** The events `<gu-notifications>` fires: name → event (its `detail` is the payload). */
export interface GuNotificationsEventMap {
  'gu-notifications-view': GuNotificationsViewEvent;
  'gu-notification-link': GuNotificationLinkEvent;
  'gu-notifications-settings-saved': GuNotificationsSettingsSavedEvent;
}
/** The events `<gu-payments-due>` fires: name → event (its `detail` is the payload). */
export interface GuPaymentsDueEventMap {
  'gu-payments-due-open': GuPaymentsDueOpenEvent;
}
/** The events `<gu-payments>` fires: name → event (its `detail` is the payload). */
export interface GuPaymentsEventMap {
  'gu-payments-view': GuPaymentsViewEvent;
  'gu-payments-paid': GuPaymentsPaidEvent;
  'gu-payments-declined': GuPaymentsDeclinedEvent;
  'gu-payments-document-added': GuPaymentsDocumentAddedEvent;
  'gu-payments-dispute-submitted': GuPaymentsDisputeSubmittedEvent;
  'gu-payments-autopay-changed': GuPaymentsAutopayChangedEvent;
}
/** The events `<gu-security-settings>` fires: name → event (its `detail` is the payload). */
export interface GuSecuritySettingsEventMap {
  'gu-security-view': GuSecurityViewEvent;
  'gu-security-changed': GuSecurityChangedEvent;
}
/** The events `<gu-verification>` fires: name → event (its `detail` is the payload). */
export interface GuVerificationEventMap {
  'gu-verification-completed': GuVerificationCompletedEvent;
  'gu-verification-contact-confirmed': GuContactConfirmedEvent;
  'gu-verification-step': GuVerificationStepEvent;
}
/** Each element that fires events → its event map: `GuElementEventMap['gu-login']['gu-login-signed-in']`. */
export interface GuElementEventMap {
  'gu-a11y-panel': GuA11yPanelEventMap;
  'gu-a11y-toggle': GuA11yToggleEventMap;
  'gu-application-tracker': GuApplicationTrackerEventMap;
  'gu-session': GuSessionEventMap;
  'gu-alert': GuAlertEventMap;
  'gu-button': GuButtonEventMap;
  'gu-dialog': GuDialogEventMap;
  'gu-otp-field': GuOtpFieldEventMap;
  'gu-password-field': GuPasswordFieldEventMap;
  'gu-error-state': GuErrorStateEventMap;
  'gu-text-field': GuTextFieldEventMap;
  'gu-login': GuLoginEventMap;
  'gu-notification-bell': GuNotificationBellEventMap;
  'gu-notifications-latest': GuNotificationsLatestEventMap;
  'gu-notifications': GuNotificationsEventMap;
  'gu-payments-due': GuPaymentsDueEventMap;
  'gu-payments': GuPaymentsEventMap;
  'gu-security-settings': GuSecuritySettingsEventMap;
  'gu-verification': GuVerificationEventMap;
}
declare global {
  interface HTMLElementTagNameMap {
    'gu-a11y-panel': GuA11yPanel;
    'gu-a11y-toggle': GuA11yToggle;
    'gu-application-tracker': GuApplicationTracker;
    'gu-session-timeout-dialog': GuSessionTimeoutDialog;
    'gu-session': GuSession;
    'gu-session-notice': GuSessionNotice;
    'gu-sign-out-button': GuSignOutButton;
    'gu-alert': GuAlert;
    'gu-button': GuButton;
    'gu-dialog': GuDialog;
    'gu-error-summary': GuErrorSummary;
    'gu-live-region': GuLiveRegion;
    'gu-otp-field': GuOtpField;
    'gu-password-field': GuPasswordField;
    'gu-empty-state': GuEmptyState;
    'gu-loading-state': GuLoadingState;
    'gu-error-state': GuErrorState;
    'gu-status-badge': GuStatusBadge;
    'gu-text-field': GuTextField;
    'gu-login': GuLogin;
    'gu-notification-bell': GuNotificationBell;
    'gu-notifications-latest': GuNotificationsLatest;
    'gu-notifications': GuNotifications;
    'gu-payments-due': GuPaymentsDue;
    'gu-payments': GuPayments;
    'gu-security-settings': GuSecuritySettings;
    'gu-verification': GuVerification;
  }
}
