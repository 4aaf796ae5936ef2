/**
 * Live status: a controller of the tracker that polls `GET /applications/events` while the tracker is connected,
 * signed in and has a poll interval, and applies each change to the visible page — the row's status and unread mark,
 * the counts — announces it politely and fires `gu-application-status-changed`. The tracker loads it once its first
 * rows are painted. Removing the tracker clears the timer and aborts a poll in flight, so nothing keeps running.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isApiError, type ApiClient } from '../core/api/index.js';
import { announce } from '../core/ui/announcer.js';
import { fetchEvents, type StatusEvent } from './api.js';
import type { ApplicationPage } from './list-api.js';
import type { Locale } from '../core/i18n/index.js';
import { listLater } from './locales/list-later.js';
import type { ListMessages } from './locales/list-ru.js';
import { GuApplicationStatusChangedEvent } from './events.js';

/** The element live status runs in: it re-checks after every update whether to poll. */
export type LiveStatusHost = ReactiveControllerHost &
  HTMLElement & {
    /** Milliseconds between polls; 0 stops. */
    readonly pollInterval: number;
  };

/** What live status needs of the tracker besides the element. */
export interface LiveStatusOptions {
  api(): ApiClient;
  /** Whether the session lets the widget load data. */
  signedIn(): boolean;
  /** The visible page (changed in place), the list's strings and their language. */
  view(): { page: ApplicationPage | undefined; msg: ListMessages; locale: Locale };
  /** After a change was applied: the tracker renders again (and reloads the detail of that application if open). */
  changed(event: StatusEvent): void;
}

export class LiveStatus implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | undefined;
  private failures = 0;
  private cursor: number | undefined;
  /** The interval polling runs with (0: stopped). */
  private interval = 0;

  constructor(
    private readonly host: LiveStatusHost,
    private readonly options: LiveStatusOptions,
  ) {
    host.addController(this); // connected already: hostConnected runs now
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.interval = 0;
    this.stop();
  }

  /** Polls while connected, signed in and `pollInterval` > 0 (at once when that starts or the interval changes). */
  private sync(): void {
    const interval = this.host.isConnected && this.options.signedIn() ? this.host.pollInterval : 0;
    if (!(interval > 0)) {
      this.interval = 0;
      return this.stop();
    }
    if (interval === this.interval && this.running) return;
    this.interval = interval;
    this.start(0);
  }

  /** Whether a poll is scheduled or in flight. */
  private get running(): boolean {
    return this.timer !== undefined || this.abort !== undefined;
  }

  /** (Re)starts polling after `delay` ms. */
  private start(delay: number): void {
    this.stop();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.poll();
    }, delay);
  }

  /**
   * Applies a change to the visible page (the row's status and unread mark, the counts), announces it politely
   * («Заявление № …: новый статус «…»») — focus never moves — and fires `gu-application-status-changed`.
   */
  private apply(event: StatusEvent): void {
    const { page, msg, locale } = this.options.view();
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
    this.options.changed(event);
  }

  /** Clears the timer and aborts the poll in flight. */
  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.abort?.abort();
    this.abort = undefined;
  }

  private async poll(): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    try {
      const { events, cursor } = await fetchEvents(this.options.api(), this.cursor, abort.signal);
      if (this.abort !== abort) return;
      const first = this.cursor === undefined;
      this.cursor = cursor;
      this.failures = 0;
      if (!first) for (const event of events) this.apply(event);
    } catch (error) {
      if (isApiError(error) && error.kind === 'aborted') return;
      this.failures += 1; // quiet: live status resumes when the server answers again
    }
    if (this.abort !== abort) return;
    this.abort = undefined;
    const { interval, failures } = this;
    this.start(failures > 0 ? Math.min(60_000, interval * 2 ** Math.min(failures, 4)) : interval);
  }
}
