/**
 * A @web/test-runner server command that emulates CSS media features the stock `emulateMedia` command does not know
 * (its chrome launcher path only sets prefers-color-scheme and prefers-reduced-motion):
 * `executeServerCommand('gu-emulate-media-features', [{ name: 'forced-colors', value: 'active' }])` sets them through
 * the DevTools protocol (`Emulation.setEmulatedMedia`) for the test page; an empty list resets them.
 */
export function mediaFeaturesPlugin() {
  /** One DevTools session per page, kept open: the emulation ends when the session that set it detaches. */
  const sessions = new WeakMap();
  return {
    name: 'gu-emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'gu-emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`gu-emulate-media-features needs the chrome (puppeteer) launcher, not ${session.browser.type}`);
      }
      if (!Array.isArray(payload)) throw new Error('Pass a list of { name, value } media features.');
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}
