/**
 * Live status: polls `GET /applications/events` and hands each change to the tracker, which updates the row,
 * announces it politely and fires `gu-application-status-changed`. Loaded only when the tracker is signed in with
 * a poll interval. `stop()` (the tracker's disconnectedCallback) clears the timer and aborts a poll in flight, so a
 * removed tracker leaves nothing running.
 */
import { isApiError, type ApiClient } from '../core/api/index.js';
import { announce } from '../core/ui/announcer.js';
import { fetchEvents, type StatusEvent } from './api.js';
import type { ApplicationPage } from './list-api.js';
import type { Locale } from '../core/i18n/index.js';
import { listLater } from './locales/list-later.js';
import type { ListMessages } from './locales/list-ru.js';
import { GuApplicationStatusChangedEvent } from './events.js';

export interface LiveStatusHost extends EventTarget {
  api(): ApiClient;
  /** Milliseconds between polls; 0 stops. */
  readonly pollInterval: number;
  onStatusEvent(event: StatusEvent): void;
}

export class LiveStatus {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | undefined;
  private failures = 0;
  private cursor: number | undefined;

  constructor(private readonly host: LiveStatusHost) {}

  /** Whether a poll is scheduled or in flight. */
  get running(): boolean {
    return this.timer !== undefined || this.abort !== undefined;
  }

  /** (Re)starts polling after `delay` ms. */
  start(delay = 0): void {
    this.stop();
    if (!(this.host.pollInterval > 0)) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.poll();
    }, delay);
  }

  /**
   * Applies a change to the visible page (the row's status and unread mark, the counts), announces it politely
   * («Заявление № …: новый статус «…»») — focus never moves — and fires `gu-application-status-changed`.
   */
  apply(event: StatusEvent, page: ApplicationPage | undefined, msg: ListMessages, locale: Locale): void {
    const row = page?.rows.find((r) => r.ok && r.application.id === event.applicationId);
    if (page && row?.ok) {
      page.counts[event.previousStatus] = Math.max(0, page.counts[event.previousStatus] - 1);
      page.counts[event.status] += 1;
      row.application = { ...row.application, status: event.status, statusChangedAt: event.at, unread: true };
    }
    void announce(listLater(locale).statusChanged(event.number, msg.statusLabel(event.status)));
    this.host.dispatchEvent(
      new GuApplicationStatusChangedEvent(event.applicationId, event.number, event.status, event.previousStatus),
    );
  }

  /** Clears the timer and aborts the poll in flight. */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.abort?.abort();
    this.abort = undefined;
  }

  private async poll(): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    try {
      const { events, cursor } = await fetchEvents(this.host.api(), this.cursor, abort.signal);
      if (this.abort !== abort) return;
      const first = this.cursor === undefined;
      this.cursor = cursor;
      this.failures = 0;
      if (!first) for (const event of events) this.host.onStatusEvent(event);
    } catch (error) {
      if (isApiError(error) && error.kind === 'aborted') return;
      this.failures += 1; // quiet: live status resumes when the server answers again
    }
    if (this.abort !== abort) return;
    this.abort = undefined;
    const interval = this.host.pollInterval;
    this.start(this.failures > 0 ? Math.min(60_000, interval * 2 ** Math.min(this.failures, 4)) : interval);
  }
}
