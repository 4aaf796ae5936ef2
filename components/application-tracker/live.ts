/**
 * Live status: a controller of the tracker that listens to the page's live updates (core/api/live-updates.ts: one
 * server-sent event stream per page, conditional polling where there is none, nothing while the page is hidden)
 * while the tracker is connected, signed in and has a poll interval, and applies each `application-status` change to
 * the visible page — the row's status and unread mark, the counts — announces it politely and fires
 * `gu-application-status-changed`. The tracker loads it once its first rows are painted. Removing the tracker
 * leaves the channel (the last listener to leave closes the connection), so nothing keeps running.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiClient } from '../core/api/index.js';
import { subscribeLiveUpdates, type LiveEvent } from '../core/api/live-updates.js';
import { announce } from '../core/ui/announcer.js';
import { parseStatusEvent, type StatusEvent } from './api.js';
import type { ApplicationPage } from './list-api.js';
import type { Locale } from '../core/i18n/index.js';
import { listLater } from './locales/list-later.js';
import type { ListMessages } from './locales/list-ru.js';
import { GuApplicationStatusChangedEvent } from './events.js';

/** The element live status runs in: it re-checks after every update whether to listen. */
export type LiveStatusHost = ReactiveControllerHost &
  HTMLElement & {
    /** The longest a change may wait when the server has no stream and the page polls, in ms; 0 stops. */
    readonly pollInterval: number;
  };

/** What live status needs of the tracker besides the element. */
export interface LiveStatusOptions {
  api(): ApiClient;
  /** The API base the client was made with (listeners of one base share one connection). */
  baseUrl(): string;
  /** Whether the session lets the widget load data. */
  signedIn(): boolean;
  /** The visible page (changed in place), the list's strings and their language. */
  view(): { page: ApplicationPage | undefined; msg: ListMessages; locale: Locale };
  /** After a change was applied: the tracker renders again (and reloads the detail of that application if open). */
  changed(event: StatusEvent): void;
}

export class LiveStatus implements ReactiveController {
  private unsubscribe: (() => void) | undefined;
  /** What the current subscription was made with (a change resubscribes). */
  private key = '';

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
    this.stop();
  }

  /** Listens while connected, signed in and `pollInterval` > 0; a new interval or API base subscribes again. */
  private sync(): void {
    const interval = this.host.isConnected && this.options.signedIn() ? this.host.pollInterval : 0;
    if (!(interval > 0)) return this.stop();
    const baseUrl = this.options.baseUrl();
    const key = `${interval} ${baseUrl}`;
    if (this.unsubscribe && key === this.key) return;
    this.stop();
    this.key = key;
    this.unsubscribe = subscribeLiveUpdates({
      client: this.options.api(),
      baseUrl,
      pollInterval: interval,
      onEvent: (event) => this.receive(event),
    });
  }

  private stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** An event of the page's channel: status changes of applications are applied, anything else is not ours. */
  private receive(event: LiveEvent): void {
    if (event.type !== 'application-status') return;
    const change = parseStatusEvent(event.data);
    if (change) this.apply(change);
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
    const { applicationId, number, status, previousStatus } = event;
    this.host.dispatchEvent(new GuApplicationStatusChangedEvent({ applicationId, number, status, previousStatus }));
    this.options.changed(event);
  }
}
