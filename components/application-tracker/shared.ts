/**
 * What the tracker's element and its parts share: status tones, dates. (The events are in events.ts, which comes with
 * the detail, upload and live status; the catalogs: the list's in
 * application-tracker.ts, the parts' in parts/messages.ts — each loads English only when it is needed.)
 */
import type { StatusTone } from '../core/ui/status-badge.js';
import type { Application, ApplicationStatus } from './list-api.js';

/** The badge tone of a status: the badge also shows the text and an icon of the tone's shape. */
export const STATUS_TONE: Record<ApplicationStatus, StatusTone> = {
  draft: 'neutral',
  sent: 'info',
  accepted: 'info',
  processing: 'progress',
  'additions-required': 'warning',
  approved: 'success',
  done: 'success',
  rejected: 'error',
  cancelled: 'neutral',
  expired: 'warning',
};

const FINAL: readonly ApplicationStatus[] = ['approved', 'done', 'rejected', 'cancelled', 'expired'];

/** Today in Moscow as YYYY-MM-DD. */
export function moscowToday(now: number = Date.now()): string {
  return new Date(now + 3 * 3_600_000).toISOString().slice(0, 10);
}

/** Days past the expected decision date (0 when not overdue or finished). */
export function overdueDays(application: Pick<Application, 'decisionDue' | 'status'>, now?: number): number {
  if (!application.decisionDue || FINAL.includes(application.status)) return 0;
  const days = Math.round((Date.parse(moscowToday(now)) - Date.parse(application.decisionDue)) / 86_400_000);
  return Math.max(0, days);
}
