/**
 * The page's one source of truth about the citizen's notifications: the unread count and the five newest, shared by
 * <gu-notification-bell>, <gu-notifications> and the home page's latest few — one summary request per page however
 * many of them are on it, kept current by live events (core/api live-updates: one connection per page, one per
 * browser where tabs share it) and by the other tabs of this browser (a BroadcastChannel after each change the
 * citizen makes), never by polling of its own.
 *
 *   const store = notificationsStore({ client, baseUrl, citizenId });
 *   const leave = store.subscribe({ onChange: () => this.requestUpdate(), describeBurst: (n) => msg.newItems(n) });
 *   store.snapshot; // { status, unreadCount, latest, externalRevision }
 *   store.applied({ change: 'read', ids: [id], unreadCount }); // after a part's own successful action
 *   leave(); // the last one to leave forgets everything (no personal data kept after sign-out)
 *
 * New notifications are announced once per burst (politely, «Новых уведомлений: 4»), by the page's live region,
 * with the wording of the first listener that gives one.
 */
import type { ApiClient } from '../core/api/request.js';
import { announce } from '../core/ui/announcer.js';
import { feedOrder, parseChange, parseCount, parseNotification, parseNotifications } from './parse.js';
import type { Notification, NotificationsChange } from './types.js';

/** How many notifications the summary holds (the bell's popover, the home page). */
export const LATEST_COUNT = 5;
/** New notifications within this quiet time are announced together. */
const BURST_QUIET_MS = 1200;
/** A long burst is still announced after this long. */
const BURST_MAX_MS = 4000;
const TAB_CHANNEL = 'gu-notifications';

export interface NotificationsSnapshot {
  /** `loading` until the first summary arrives; `error` when it failed (see `error`, `refresh()` retries). */
  status: 'loading' | 'ready' | 'error';
  unreadCount: number;
  /** The newest notifications of the feed (not archived), in the feed's order: at most LATEST_COUNT. */
  latest: readonly Notification[];
  /**
   * Goes up with every change this page did not make itself (a new notification, another tab or device read or
   * archived some): a list that shows more than `latest` reloads its page when it goes up.
   */
  externalRevision: number;
  /** Why the last summary failed. */
  error: unknown;
  /** Live updates stay broken (several attempts in a row failed; they keep trying): new ones may be late. */
  liveBroken: boolean;
}

export interface NotificationsListener {
  onChange(snapshot: NotificationsSnapshot): void;
  /** The words for `count` new notifications; the first listener that has them announces bursts. */
  describeBurst?(count: number): string;
}

export interface NotificationsStoreOptions {
  client: ApiClient;
  /** The client's base URL: a store per base and citizen. */
  baseUrl: string;
  citizenId: string | undefined;
}

const EMPTY: NotificationsSnapshot = {
  status: 'loading',
  unreadCount: 0,
  latest: [],
  externalRevision: 0,
  error: undefined,
  liveBroken: false,
};

const echoKey = ({ change, ids }: NotificationsChange): string => `${change} ${[...ids].sort().join(' ')}`;

type TabMessage = { key: string; change: NotificationsChange };

export class NotificationsStore {
  #snapshot: NotificationsSnapshot = EMPTY;
  readonly #listeners = new Set<NotificationsListener>();
  #loading: Promise<void> | undefined;
  #stopLive: (() => void) | undefined;
  #tabs: BroadcastChannel | undefined;
  #burst = 0;
  #burstTimer: ReturnType<typeof setTimeout> | undefined;
  #burstStarted = 0;
  #generation = 0;

  constructor(
    private readonly options: NotificationsStoreOptions,
    private readonly key: string,
    private readonly registry: Map<string, NotificationsStore>,
  ) {}

  get snapshot(): NotificationsSnapshot {
    return this.#snapshot;
  }

  /** The client the store reads with (parts use the same one). */
  get client(): ApiClient {
    return this.options.client;
  }

  /** Starts listening; the first listener loads the summary and opens the live updates. Returns the way out. */
  subscribe(listener: NotificationsListener): () => void {
    this.#listeners.add(listener);
    if (this.#listeners.size === 1) {
      this.registry.set(this.key, this);
      this.#start();
    }
    return () => {
      if (!this.#listeners.delete(listener) || this.#listeners.size > 0) return;
      this.#stop();
    };
  }

  /** Loads the summary again (one request at a time: callers share it). */
  refresh(): Promise<void> {
    this.#loading ??= this.#load().finally(() => (this.#loading = undefined));
    return this.#loading;
  }

  /** A part's own successful action: every view of this page and the other tabs follow without asking the server. */
  applied(change: NotificationsChange, updated?: Notification): void {
    this.#remember(change);
    this.#apply(change, updated, false);
    this.#tabs?.postMessage({ key: this.key, change } satisfies TabMessage);
  }

  /** Changes applied before the server's echo of them arrives (the newest few). */
  readonly #pendingEchoes: string[] = [];

  #remember(change: NotificationsChange): void {
    this.#pendingEchoes.push(echoKey(change));
    if (this.#pendingEchoes.length > 20) this.#pendingEchoes.shift();
  }

  #recognised(change: NotificationsChange): boolean {
    const index = this.#pendingEchoes.indexOf(echoKey(change));
    if (index >= 0) this.#pendingEchoes.splice(index, 1);
    return index >= 0;
  }

  #start(): void {
    const generation = ++this.#generation;
    void this.refresh();
    if (typeof BroadcastChannel === 'function') {
      this.#tabs = new BroadcastChannel(TAB_CHANNEL);
      this.#tabs.onmessage = ({ data }: MessageEvent<TabMessage>) => {
        const change = data?.key === this.key ? parseChange(data.change) : undefined;
        if (!change) return;
        this.#remember(change);
        this.#apply(change, undefined, true);
      };
    }
    void import('../core/api/live-updates.js').then(({ subscribeLiveUpdates }) => {
      if (generation !== this.#generation || this.#listeners.size === 0) return;
      this.#stopLive = subscribeLiveUpdates({
        client: this.options.client,
        baseUrl: this.options.baseUrl,
        onStatus: (status) => this.#set({ liveBroken: status === 'broken' }),
        onEvent: ({ type, data }) => {
          if (type === 'notification') this.#arrived(data);
          else if (type === 'notifications-changed') {
            const change = parseChange(data);
            // The server's echo of a change this page already applied (its own, or another tab's) changes nothing.
            if (change) this.#apply(change, undefined, !this.#recognised(change));
          }
        },
      });
    });
  }

  #stop(): void {
    this.#generation += 1;
    this.#stopLive?.();
    this.#stopLive = undefined;
    this.#tabs?.close();
    this.#tabs = undefined;
    clearTimeout(this.#burstTimer);
    this.#burst = 0;
    this.#pendingEchoes.length = 0;
    // Nobody shows them any more (signed out, or the widgets left): nothing personal stays in memory.
    this.#snapshot = { ...EMPTY, externalRevision: this.#snapshot.externalRevision };
    if (this.registry.get(this.key) === this) this.registry.delete(this.key);
  }

  async #load(): Promise<void> {
    const generation = this.#generation;
    try {
      const raw = await this.options.client.request<{ unreadCount: number; latest: Notification[] }>({
        path: 'notifications/summary',
        parse: (data) => {
          const record = (data ?? {}) as Record<string, unknown>;
          const unreadCount = parseCount(record['unreadCount']);
          if (unreadCount === undefined) throw new TypeError('Not a notification summary');
          return { unreadCount, latest: parseNotifications(record['latest']).items.slice(0, LATEST_COUNT) };
        },
      });
      if (generation !== this.#generation) return;
      this.#set({ status: 'ready', unreadCount: raw.unreadCount, latest: raw.latest, error: undefined });
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#set({ status: this.#snapshot.status === 'ready' ? 'ready' : 'error', error });
    }
  }

  /** A new notification from the live updates. */
  #arrived(data: unknown): void {
    const item = parseNotification(data);
    if (!item || item.archived || this.#snapshot.latest.some((known) => known.id === item.id)) return;
    const latest = [...this.#snapshot.latest, item].sort(feedOrder).slice(0, LATEST_COUNT);
    this.#set({
      latest,
      unreadCount: this.#snapshot.unreadCount + (item.read ? 0 : 1),
      externalRevision: this.#snapshot.externalRevision + 1,
    });
    if (!item.read) this.#announceLater();
  }

  #apply(change: NotificationsChange, updated: Notification | undefined, external: boolean): void {
    const ids = new Set(change.ids);
    let latest = this.#snapshot.latest;
    let refill = false;
    switch (change.change) {
      case 'read-all':
        latest = latest.map((item) => (item.read ? item : { ...item, read: true }));
        break;
      case 'read':
      case 'unread':
        latest = latest.map((item) =>
          ids.has(item.id) ? (updated?.id === item.id ? updated : { ...item, read: change.change === 'read' }) : item,
        );
        break;
      case 'archived':
      case 'deleted':
        refill = latest.some((item) => ids.has(item.id));
        latest = latest.filter((item) => !ids.has(item.id));
        break;
      case 'unarchived':
        if (updated && !updated.archived)
          latest = [...latest.filter((item) => item.id !== updated.id), updated].sort(feedOrder).slice(0, LATEST_COUNT);
        else refill = true;
        break;
    }
    this.#set({
      latest: [...latest].sort(feedOrder),
      unreadCount: change.unreadCount,
      externalRevision: this.#snapshot.externalRevision + (external ? 1 : 0),
    });
    // The five newest lost one: the next newest comes from the server (one request for the page).
    if (refill) void this.refresh();
  }

  #set(patch: Partial<NotificationsSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...patch };
    for (const listener of [...this.#listeners]) listener.onChange(this.#snapshot);
  }

  #announceLater(): void {
    this.#burst += 1;
    const now = Date.now();
    if (this.#burstTimer === undefined) this.#burstStarted = now;
    clearTimeout(this.#burstTimer);
    const wait = Math.max(0, Math.min(BURST_QUIET_MS, this.#burstStarted + BURST_MAX_MS - now));
    this.#burstTimer = setTimeout(() => {
      this.#burstTimer = undefined;
      const count = this.#burst;
      this.#burst = 0;
      const speaker = [...this.#listeners].find((listener) => listener.describeBurst);
      if (speaker?.describeBurst && count > 0) void announce(speaker.describeBurst(count));
    }, wait);
  }
}

const stores = new Map<string, NotificationsStore>();

/** The page's store for this API base and citizen (made by the first caller, forgotten when its last listener leaves). */
export function notificationsStore(options: NotificationsStoreOptions): NotificationsStore {
  const base = new URL(options.baseUrl, document.baseURI).href.replace(/\/*$/, '/');
  const key = `${base} ${options.citizenId ?? ''}`;
  let store = stores.get(key);
  if (!store) {
    store = new NotificationsStore(options, key, stores);
    stores.set(key, store);
  }
  return store;
}
