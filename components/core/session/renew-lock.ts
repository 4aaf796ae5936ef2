/**
 * One renewal at a time across the tabs of the origin: Web Locks when the browser has them, else a
 * BroadcastChannel election (a tab claims the lock, waits a moment for objections from older claims, and
 * releases it with a message). Within one page, calls for the same name are queued.
 */
const localQueues = new Map<string, Promise<unknown>>();

function runQueued<T>(name: string, task: () => Promise<T>): Promise<T> {
  const previous = localQueues.get(name) ?? Promise.resolve();
  const next = previous.then(task, task);
  localQueues.set(
    name,
    next.catch(() => undefined),
  );
  return next;
}

interface LockMessage {
  type: 'claim' | 'release' | 'held';
  name: string;
  id: string;
  at: number;
}

const CLAIM_WAIT_MS = 120;

async function withChannelLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const channel = new BroadcastChannel('gu-kit-session-lock');
  const id = crypto.randomUUID();
  let holder: { id: string; at: number } | undefined;
  let releaseWait: (() => void) | undefined;
  let mine: { at: number } | undefined;
  channel.onmessage = (event: MessageEvent<LockMessage>) => {
    const data = event.data;
    if (data?.name !== name || data.id === id) return;
    if (data.type === 'claim' || data.type === 'held') {
      if (mine && data.type === 'claim' && (mine.at < data.at || (mine.at === data.at && id < data.id))) {
        channel.postMessage({ type: 'held', name, id, at: mine.at } satisfies LockMessage);
        return;
      }
      holder = { id: data.id, at: data.at };
    } else if (data.type === 'release' && holder?.id === data.id) {
      holder = undefined;
      releaseWait?.();
    }
  };
  try {
    for (;;) {
      if (holder) await new Promise<void>((resolve) => ((releaseWait = resolve), setTimeout(resolve, 10_000)));
      holder = undefined;
      mine = { at: Date.now() };
      channel.postMessage({ type: 'claim', name, id, at: mine.at } satisfies LockMessage);
      await new Promise((resolve) => setTimeout(resolve, CLAIM_WAIT_MS));
      if (!holder) break;
      mine = undefined;
    }
    return await task();
  } finally {
    channel.postMessage({ type: 'release', name, id, at: Date.now() } satisfies LockMessage);
    channel.close();
  }
}

/** Runs `task` while holding the named lock across every tab of the origin. */
export function withRenewLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  return runQueued(name, () => {
    const locks = (navigator as Navigator & { locks?: LockManager }).locks;
    if (locks?.request) return locks.request(name, { mode: 'exclusive' }, () => task()) as Promise<T>;
    return withChannelLock(name, task);
  });
}
