/**
 * The route table of every portal. A route names the widget that serves it; while that widget does not exist
 * yet, the route shows an honest page saying what will be there (its `pending` message). Adding a widget is one
 * line here (or none, when its tag is already named): the shell finds `components/<name>/gu-<name>.ts` itself.
 */
import type { PortalMessages } from './locales.js';

export type RouteId = 'home' | 'login' | 'verification' | 'applications' | 'payments' | 'notifications' | 'security';

/** One route of a portal. */
export interface RouteDef {
  readonly id: RouteId;
  /** Path below the portal's base, without slashes ('' = the portal's home). */
  readonly path: string;
  /** The widget's tag; the route is an honest page while no module defines it. */
  readonly widget?: string;
  /** The honest page's text while the widget is missing. */
  readonly pending?: keyof PortalMessages;
  /** Shown in the navigation. */
  readonly inNav: boolean;
}

export const ROUTES: readonly RouteDef[] = [
  { id: 'home', path: '', inNav: true },
  { id: 'login', path: 'login', widget: 'gu-login', pending: 'loginPending', inNav: false },
  { id: 'verification', path: 'verification', widget: 'gu-verification', pending: 'verificationPending', inNav: true },
  {
    id: 'applications',
    path: 'applications',
    widget: 'gu-application-tracker',
    pending: 'applicationsPending',
    inNav: true,
  },
  { id: 'payments', path: 'payments', widget: 'gu-payments', inNav: true },
  { id: 'notifications', path: 'notifications', widget: 'gu-notifications', inNav: true },
  { id: 'security', path: 'security', widget: 'gu-security-settings', inNav: true },
];

/** The route of `pathname` below `base` ('/severny/'), or `undefined` (not found). */
export function routeOf(pathname: string, base: string): RouteDef | undefined {
  if (!pathname.startsWith(base) && pathname !== base.replace(/\/$/, '')) return undefined;
  const rest = pathname.slice(base.length).replace(/\/+$/, '');
  return ROUTES.find((route) => route.path === rest);
}

/** The URL path of a route. */
export function pathOf(route: RouteDef, base: string): string {
  return `${base}${route.path}`;
}
