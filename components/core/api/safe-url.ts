/**
 * The one check for every URL the kit follows, opens or links to when the URL comes from server data (a bank's
 * sign-in page, a receipt, a notification's link): `https:`, or the page's own origin — nothing else. `javascript:`,
 * `data:`, `blob:`, `http:` elsewhere, credentials in the URL and anything the URL parser cannot read are refused.
 * The URL is parsed (not pattern-matched), so `//evil.example`, `\\evil.example`, `java\tscript:` and encoded or
 * mixed-case variants are judged by what the browser would actually open.
 */

/** Why a server URL was refused; `undefined` from {@link checkServerUrl} means it may be followed. */
export type UnsafeUrlReason = 'malformed' | 'scheme' | 'credentials';

/** The URL as the browser would resolve it against `base`, or the reason it must not be followed. */
export function checkServerUrl(
  value: unknown,
  base: string = globalThis.location?.href ?? 'about:blank',
): { url: URL } | { refused: UnsafeUrlReason } {
  if (typeof value !== 'string' || value.trim() === '') return { refused: 'malformed' };
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return { refused: 'malformed' };
  }
  if (url.username || url.password) return { refused: 'credentials' };
  const sameOrigin = globalThis.location !== undefined && url.origin === globalThis.location.origin;
  if (url.protocol === 'https:' || (sameOrigin && url.protocol === globalThis.location.protocol)) return { url };
  return { refused: 'scheme' };
}

/** The absolute URL string when {@link checkServerUrl} allows it, else `undefined`. */
export function safeServerUrl(value: unknown, base?: string): string | undefined {
  const checked = checkServerUrl(value, base);
  return 'url' in checked ? checked.url.href : undefined;
}
