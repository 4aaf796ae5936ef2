/** The fourth bundle: <gu-session> alone (with its own lit, @lit/context and oidc-client-ts); the element is in the HTML. */
import '../../../../components/core/session/gu-session.js';
import { userManagerCount } from '../../../../components/core/session/user-manager-registry.js';

(globalThis as Record<string, unknown>).e2e = { userManagerCount };
