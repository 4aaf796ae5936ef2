/**
 * A @web/test-runner server command for pixel checks: `executeServerCommand('gu-screenshot', { x, y, width, height })`
 * returns a PNG (base64) of that clip of the test page, in CSS pixels relative to the document, taken through the
 * chrome launcher's puppeteer page. The focus-visible check (test/helpers/focus-visible.ts) decodes and compares it
 * in the page.
 */
/** How many captures this run took (the timing reporter prints it: the sweep's focus check is most of them). */
export const screenshotCount = { value: 0 };

export function screenshotPlugin() {
  return {
    name: 'gu-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'gu-screenshot') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`gu-screenshot needs the chrome (puppeteer) launcher, not ${session.browser.type}`);
      }
      screenshotCount.value += 1;
      const page = session.browser.getPage(session.id);
      const { x, y, width, height } = payload;
      return page.screenshot({
        clip: { x, y, width, height },
        captureBeyondViewport: false,
        optimizeForSpeed: true,
        encoding: 'base64',
        type: 'png',
      });
    },
  };
}
