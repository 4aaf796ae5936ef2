/** The few parts of oidc-provider 8 (which ships no types) that the dev IdP uses. */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  /** A stored grant of scopes and claims to a client. */
  export interface Grant {
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    addResourceScope(indicator: string, scope: string): void;
    save(): Promise<string>;
  }

  /** What `interactionDetails` tells about the pending interaction. */
  export interface InteractionDetails {
    uid: string;
    prompt: { name: 'login' | 'consent' | string; details: Record<string, unknown>; reasons: string[] };
    params: Record<string, unknown> & { client_id: string; scope?: string };
    session?: { accountId: string };
    grantId?: string;
  }

  /** The koa context of provider events (only what the dev IdP reads). */
  export interface ProviderContext {
    oidc?: { params?: Record<string, unknown> };
    headers?: Record<string, string | string[] | undefined>;
  }

  /** A stored access token (opaque); `jkt` is the RFC 7638 thumbprint of its DPoP key when it is DPoP-bound. */
  export interface AccessToken {
    accountId: string;
    clientId: string;
    scope?: string;
    jkt?: string;
    readonly isValid: boolean;
  }

  /** An oidc-provider instance. */
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    use(middleware: (ctx: never, next: () => Promise<void>) => Promise<void>): void;
    on(event: string, listener: (ctx: ProviderContext, ...rest: unknown[]) => void): this;
    AccessToken: {
      find(value: string): Promise<AccessToken | undefined>;
    };
    Grant: {
      new (properties: { accountId: string; clientId: string }): Grant;
      find(id: string): Promise<Grant | undefined>;
    };
  }
}
