/** Absolute path of a Chromium-family browser (CHROME_PATH, /usr/bin/chromium, …); throws naming the install command. */
export function findChrome(): string;
