/**
 * A @web/test-runner server command that gives the test page Chromium's virtual authenticator (the DevTools
 * protocol's WebAuthn domain), so browser tests make and use real passkeys without a person or a device:
 *
 *   await executeServerCommand('gu-webauthn', { action: 'add' });            // → { authenticatorId }
 *   await executeServerCommand('gu-webauthn', { action: 'credentials' });    // → [{ credentialId (base64url), signCount, … }]
 *   await executeServerCommand('gu-webauthn', { action: 'presence', value: false }); // the citizen does not answer
 *   await executeServerCommand('gu-webauthn', { action: 'remove' });         // no authenticator: the browser finds none
 *
 * `add` takes the authenticator's options (defaults: a CTAP2 platform authenticator with resident keys and user
 * verification that answers by itself, as test/e2e/login-passkey.test.ts sets one up) and replaces one added before.
 * Typed for tests in test/helpers/webauthn.ts.
 */
const DEFAULT_OPTIONS = {
  protocol: 'ctap2',
  transport: 'internal',
  hasResidentKey: true,
  hasUserVerification: true,
  isUserVerified: true,
  automaticPresenceSimulation: true,
};

export function webauthnPlugin() {
  /** One DevTools session per page, kept open: its virtual authenticators go when the session detaches. */
  const sessions = new WeakMap();
  return {
    name: 'gu-webauthn',
    async executeCommand({ command, payload, session }) {
      if (command !== 'gu-webauthn') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`gu-webauthn needs the chrome (puppeteer) launcher, not ${session.browser.type}`);
      }
      const page = session.browser.getPage(session.id);
      let state = sessions.get(page);
      if (!state) {
        const cdp = await page.createCDPSession();
        await cdp.send('WebAuthn.enable', { enableUI: false });
        state = { cdp, authenticatorId: undefined };
        sessions.set(page, state);
      }
      const { cdp } = state;
      const action = payload?.action;
      const removeAuthenticator = async () => {
        if (state.authenticatorId === undefined) return;
        await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: state.authenticatorId });
        state.authenticatorId = undefined;
      };
      const needAuthenticator = () => {
        if (state.authenticatorId === undefined) throw new Error('gu-webauthn: add an authenticator first');
        return state.authenticatorId;
      };
      switch (action) {
        case 'add': {
          await removeAuthenticator();
          const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
            options: { ...DEFAULT_OPTIONS, ...payload.options },
          });
          state.authenticatorId = authenticatorId;
          return { authenticatorId };
        }
        case 'remove':
          await removeAuthenticator();
          return true;
        case 'credentials': {
          const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId: needAuthenticator() });
          return credentials.map((credential) => ({
            credentialId: Buffer.from(credential.credentialId, 'base64').toString('base64url'),
            isResidentCredential: credential.isResidentCredential,
            rpId: credential.rpId,
            signCount: credential.signCount,
          }));
        }
        case 'presence':
          await cdp.send('WebAuthn.setAutomaticPresenceSimulation', {
            authenticatorId: needAuthenticator(),
            enabled: Boolean(payload.value),
          });
          return true;
        default:
          throw new Error(`gu-webauthn: unknown action ${JSON.stringify(action)} (add, remove, credentials, presence)`);
      }
    },
  };
}
