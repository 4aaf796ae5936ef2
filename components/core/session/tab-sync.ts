/**
 * Messages between the tabs of one origin about one session (authority + client): sign-out, activity,
 * extension, renewed tokens and the hand-over of the session to a tab that opens later ('hello' → 'session').
 * BroadcastChannel 'gu-kit-session' — memory to memory. Without BroadcastChannel, the `storage` event carries
 * only the non-secret messages (sign-out, activity, extended); tokens are never written to any storage.
 */
import type { SignedOutReason } from './session-context.js';

/** What tabs tell each other. `user` is oidc-client-ts `User.toStorageString()` — it stays in memory. */
export type TabMessage =
  | { type: 'hello' }
  | { type: 'session'; user: string; idleDeadline?: number }
  | { type: 'renewed'; user: string }
  | { type: 'signed-out'; reason: SignedOutReason; sessionId?: string }
  | { type: 'activity'; at: number }
  | { type: 'extended'; at: number };

interface Envelope {
  scope: string;
  from: string;
  message: TabMessage;
}

/** The channel name (requirement 18: "<kit>-session"). */
export const TAB_CHANNEL = 'gu-kit-session';
const STORAGE_KEY = 'gu-kit-session-event';
const SECRET_TYPES = new Set<TabMessage['type']>(['session', 'renewed', 'hello']);

/** One tab's (or one session core's) end of the channel. Several instances in one page hear each other. */
export class TabSync {
  /** This instance's id (messages from itself are ignored). */
  readonly id = crypto.randomUUID();
  private channel: BroadcastChannel | undefined;
  private open = false;
  private readonly listeners = new Set<(message: TabMessage) => void>();
  private readonly onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY || !event.newValue) return;
    try {
      this.receive(JSON.parse(event.newValue) as Envelope);
    } catch {
      // Not ours.
    }
  };

  /** `scope` keeps sessions of different authorities apart. */
  constructor(private readonly scope: string) {
    this.resume();
  }

  /** Listens again after `pause()` (a session element put back on the page). */
  resume(): void {
    if (this.open) return;
    this.open = true;
    if (typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(TAB_CHANNEL);
      this.channel.onmessage = (event: MessageEvent<Envelope>) => this.receive(event.data);
    } else {
      window.addEventListener('storage', this.onStorage);
    }
  }

  /** Stops listening and closes the channel, keeping the subscribers for `resume()`. */
  pause(): void {
    this.open = false;
    this.channel?.close();
    this.channel = undefined;
    window.removeEventListener('storage', this.onStorage);
  }

  /** Calls `listener` for every message from another tab (or instance) about this scope. Returns an unsubscribe. */
  subscribe(listener: (message: TabMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends a message to every other tab. */
  post(message: TabMessage): void {
    const envelope: Envelope = { scope: this.scope, from: this.id, message };
    if (!this.open) return;
    if (this.channel) {
      this.channel.postMessage(envelope);
    } else if (!SECRET_TYPES.has(message.type)) {
      // The storage fallback carries only non-secret events; the key is rewritten and removed at once.
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...envelope, nonce: Math.random() }));
      localStorage.removeItem(STORAGE_KEY);
    }
  }

  /** Stops listening. */
  close(): void {
    this.pause();
    this.listeners.clear();
  }

  private receive(envelope: Envelope | undefined): void {
    if (!envelope || envelope.scope !== this.scope || envelope.from === this.id || !envelope.message) return;
    for (const listener of this.listeners) listener(envelope.message);
  }
}
