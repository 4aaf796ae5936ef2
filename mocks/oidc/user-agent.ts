/**
 * What the mock knows of the device behind a request: the kind of device, browser and OS read from the User-Agent
 * (in the page's service worker the header is not visible: the page's own `navigator.userAgent` stands in — the mock
 * runs in that browser) and the IP address (`X-Forwarded-For` / `X-Real-IP` when a proxy says it, else this computer;
 * its place: mocks/security/store.ts `cityOfIp`).
 */

/** The kind of a device, as the contract's DeviceKind. */
export type DeviceKindName = 'computer' | 'phone' | 'tablet' | 'unknown';

export interface DeviceInfo {
  kind: DeviceKindName;
  browser: string;
  os: string;
}

/** The address of «this computer» when nothing better is known (a documentation address, RFC 5737). */
export const LOCAL_IP = '192.0.2.10';

/** The User-Agent of a request (or of this page, in the browser's worker). */
export function userAgentOf(request: Request): string {
  const header = request.headers.get('User-Agent');
  if (header) return header;
  const nav = (globalThis as { navigator?: { userAgent?: string } }).navigator;
  return nav?.userAgent ?? '';
}

/** The client IP of a request: the first `X-Forwarded-For` hop, `X-Real-IP`, else this computer. */
export function ipOf(request: Request): string {
  const forwarded = request.headers.get('X-Forwarded-For')?.split(',')[0]?.trim();
  return forwarded || request.headers.get('X-Real-IP')?.trim() || LOCAL_IP;
}

/** The device a User-Agent string describes (a part it does not say is '' — kind `unknown`). */
export function deviceOf(userAgent: string): DeviceInfo {
  const ua = userAgent;
  const os = /Windows NT/.test(ua)
    ? 'Windows'
    : /iPhone|iPad|iPod/.test(ua)
      ? 'iOS'
      : /Android/.test(ua)
        ? 'Android'
        : /Mac OS X|Macintosh/.test(ua)
          ? 'macOS'
          : /CrOS/.test(ua)
            ? 'ChromeOS'
            : /Linux/.test(ua)
              ? 'Linux'
              : '';
  const browser = /YaBrowser\//.test(ua)
    ? 'Яндекс Браузер'
    : /Edg\//.test(ua)
      ? 'Edge'
      : /OPR\//.test(ua)
        ? 'Opera'
        : /Firefox\//.test(ua)
          ? 'Firefox'
          : /Chrome\/|Chromium\/|HeadlessChrome\//.test(ua)
            ? 'Chrome'
            : /Safari\//.test(ua)
              ? 'Safari'
              : '';
  const kind: DeviceKindName = /iPad|Tablet/.test(ua)
    ? 'tablet'
    : /Mobile|iPhone|Android/.test(ua)
      ? /Android/.test(ua) && !/Mobile/.test(ua)
        ? 'tablet'
        : 'phone'
      : os
        ? 'computer'
        : 'unknown';
  return { kind, browser, os };
}

/** The portal names of the OIDC clients the mock knows (`client` of a session), else the client id itself. */
const CLIENT_NAMES: Record<string, string> = {
  'gu-kit-demo': 'Госуслуги Северного края',
  'portal-lk': 'Личный кабинет Северного края',
  'gu-kit-stories': 'Каталог компонентов gu-kit',
  'gu-kit-e2e-login': 'Госуслуги Северного края',
  'gu-mobile': 'Госуслуги — мобильное приложение',
};

/** The name of a client as the citizen knows it. */
export function clientName(clientId: string): string {
  return CLIENT_NAMES[clientId] ?? clientId;
}
