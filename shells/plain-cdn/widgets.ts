/**
 * The kit's widgets the CDN demo page uses: demo.ts loads them through the import map, build/cdn.ts preloads their
 * files on the page it writes. One list for both.
 */
export const CDN_DEMO_WIDGETS = [
  'session',
  'sign-out-button',
  'session-notice',
  'application-tracker',
  'notification-bell',
  'a11y-toggle',
] as const;
