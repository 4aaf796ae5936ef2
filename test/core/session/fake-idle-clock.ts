/**
 * A manual clock for `GuSession.idleClock`: the idle timer's warning and expiry fire when a test advances it, never
 * after a wall-clock wait. Install it before the `<gu-session>` is created (the element reads it in its constructor).
 */
import { GuSession } from '../../../components/core/session/session-element.js';
import type { IdleClock } from '../../../components/core/session/idle-timer.js';

export interface FakeIdleClock extends IdleClock {
  /** Moves time on by `ms` and runs every timer that falls due, in order. */
  advance(ms: number): void;
  /** Puts the real clock back. */
  uninstall(): void;
}

export function installFakeIdleClock(): FakeIdleClock {
  let now = Date.now();
  let nextId = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const clock: FakeIdleClock = {
    now: () => now,
    setTimeout(callback, ms) {
      nextId += 1;
      timers.set(nextId, { at: now + Math.max(0, ms), callback });
      return nextId;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].callback();
      }
      now = end;
    },
    uninstall() {
      GuSession.idleClock = undefined;
      timers.clear();
    },
  };
  GuSession.idleClock = clock;
  return clock;
}
