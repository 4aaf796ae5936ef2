/** gu-kit feedback elements: import the classes (no registration) from here, or the `gu-*.js` define modules. */
export {
  announce,
  announcerRegion,
  AnnouncerController,
  type Politeness,
  type AnnounceOptions,
  type AnnouncerControllerOptions,
} from './announcer.js';
export { GuAlert, GuAlertDismissEvent, type AlertVariant } from './alert.js';
export { GuLiveRegion } from './live-region.js';
export {
  GuDialog,
  GuDialogOpenEvent,
  GuDialogCancelEvent,
  GuDialogCloseEvent,
  type GuDialogCloseDetail,
} from './dialog.js';
export { GuStatusBadge, type StatusTone } from './status-badge.js';
export {
  GuEmptyState,
  GuLoadingState,
  GuErrorState,
  GuErrorStateRetryEvent,
  type ErrorLike,
  type GuErrorStateRetryDetail,
  type HeadingLevel,
} from './state.js';
export { feedbackRu, feedbackEn, type FeedbackMessages } from './locales/feedback.js';
