/**
 * What a session core says to and takes from the other tabs of the site (tab-sync.ts carries it): a new tab asking
 * for the session (`hello` → `session`), renewed tokens, sign-out, activity and extension. Tokens travel only with
 * `share-tokens`: any script of the origin can talk on the channel.
 */
import { parseUser, storeUser } from './oidc-loader.js';
import { sessionIdOf } from './claims.js';
import { endLocally } from './sign-out.js';
import type { TabMessage } from './tab-sync.js';
import type { SessionCore } from './session-core.js';

/** The session of another tab, when one answers within `helloWaitMs` (only with `share-tokens`). */
export function askOtherTabs(core: SessionCore): Promise<{ user: string; idleDeadline?: number } | undefined> {
  if (!core.config.shareTokens) return Promise.resolve(undefined); // tokens never travel between tabs
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      core.helloAnswer = undefined;
      resolve(undefined);
    }, core.config.helloWaitMs ?? 300);
    core.helloAnswer = (message) => {
      clearTimeout(timer);
      core.helloAnswer = undefined;
      resolve(message);
    };
    core.sync.post({ type: 'hello' });
  });
}

/** A message of another tab. */
export async function onTabMessage(core: SessionCore, message: TabMessage): Promise<void> {
  // Tokens are neither handed out nor taken unless the portal opted in: a same-origin script could ask or inject.
  const secret = message.type === 'hello' || message.type === 'session' || message.type === 'renewed';
  if (secret && !core.config.shareTokens) return;
  switch (message.type) {
    case 'hello':
      if (core.user && (core.state.status === 'signed-in' || core.state.status === 'expiring')) {
        core.sync.post({
          type: 'session',
          user: core.user.toStorageString(),
          ...(core.idleDeadline === undefined ? {} : { idleDeadline: core.idleDeadline }),
        });
      }
      return;
    case 'session': {
      if (core.helloAnswer) {
        core.helloAnswer(message);
        return;
      }
      if (core.user || !core.metadata || core.state.status === 'signing-in') return;
      const user = parseUser(message.user);
      if (user.expired) return;
      core.user = user;
      if (core.entry) await storeUser(core.entry, user);
      core.adopt(user);
      return;
    }
    case 'renewed': {
      if (!core.user || !core.metadata) return;
      const user = parseUser(message.user);
      core.user = user; // synchronously, so a renewal waiting for the lock sees it
      if (core.entry) await storeUser(core.entry, user);
      core.adopt(user);
      return;
    }
    case 'signed-out':
      if (message.sessionId !== undefined) {
        // One session ended from another device: only the tabs of that session (the same `sid`) follow.
        if (message.sessionId !== sessionIdOf(core.user)) return;
        await endLocally(core, message.reason === 'password-changed' ? message.reason : 'ended-elsewhere', false);
        return;
      }
      await endLocally(
        core,
        message.reason === 'idle-timeout' || message.reason === 'session-ended' ? message.reason : 'other-tab',
        !core.config.shareTokens, // this tab's own tokens (not shared): it revokes them itself
      );
      return;
    case 'activity':
    case 'extended':
      if (message.type === 'extended' && core.state.status === 'expiring') {
        core.setState({ ...core.state, status: 'signed-in' });
      }
      core.emitIdle(message);
      return;
  }
}
