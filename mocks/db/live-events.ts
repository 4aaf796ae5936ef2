/**
 * The mock backend's change log behind `GET /events` (the page's one live-updates channel): every change a widget
 * shows live is appended here with its owner, type and JSON payload, and handed at once to the open event streams.
 * The log is kept per database object (every resetDb() starts it afresh); the stream listeners are not, so a stream
 * opened before a reset keeps receiving what happens after it.
 */
import { getDb } from './index.js';
import type { Db, LiveEventType } from './types.js';

/** One entry of the log. `id` is the cursor after it: a decimal number, increasing. */
export interface LiveEventRecord {
  id: string;
  ownerId: string;
  type: LiveEventType;
  data: unknown;
}

interface Log {
  events: LiveEventRecord[];
  nextSeq: number;
}

const logs = new WeakMap<Db, Log>();
const listeners = new Set<(event: LiveEventRecord) => void>();

function logOf(db: Db = getDb()): Log {
  let log = logs.get(db);
  if (!log) {
    log = { events: [], nextSeq: 1 };
    logs.set(db, log);
  }
  return log;
}

/** The current cursor: the id of the last change (`'0'` when there is none). */
export function liveCursor(): string {
  return String(logOf().nextSeq - 1);
}

/** A person's changes after the cursor `since`, oldest first. */
export function liveEventsSince(ownerId: string, since: string): LiveEventRecord[] {
  const after = Number(since);
  return logOf().events.filter((event) => event.ownerId === ownerId && Number(event.id) > after);
}

/** Appends a change to the log and hands it to every open stream (each keeps its owner's). */
export function publishLiveEvent(ownerId: string, type: LiveEventType, data: unknown): LiveEventRecord {
  const log = logOf();
  const event: LiveEventRecord = { id: String(log.nextSeq++), ownerId, type, data };
  log.events.push(event);
  for (const listener of [...listeners]) listener(event);
  return event;
}

const openers = new Set<() => void>();

/** Calls `listener` with every change published from now on; returns the function that stops it. */
export function onLiveEvent(listener: (event: LiveEventRecord) => void): () => void {
  listeners.add(listener);
  for (const opened of [...openers]) opened();
  return () => listeners.delete(listener);
}

/**
 * Calls `callback` each time an event stream starts listening (a scenario makes things happen "a moment after the
 * stream opens": `notification-burst`); returns the function that stops it.
 */
export function onLiveStreamOpened(callback: () => void): () => void {
  openers.add(callback);
  return () => openers.delete(callback);
}

/** How many event streams are open (tests: a closed connection leaves none behind). */
export function openLiveStreams(): number {
  return listeners.size;
}
