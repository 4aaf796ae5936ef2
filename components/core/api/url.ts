/**
 * Builds request URLs: a path joined under baseUrl that cannot escape it, plus a serialised query.
 */

/** Query parameters: arrays are repeated (`a=1&a=2`), undefined and null are skipped. */
export type QueryParams = Record<
  string,
  string | number | boolean | null | undefined | readonly (string | number | boolean | null | undefined)[]
>;

/** Serialises QueryParams into URLSearchParams. */
export function toSearchParams(query: QueryParams | undefined): URLSearchParams {
  const params = new URLSearchParams();
  if (!query) return params;
  for (const [name, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value];
    for (const item of values as readonly unknown[]) {
      if (item === undefined || item === null) continue;
      params.append(name, String(item));
    }
  }
  return params;
}

/** Joins `path` under `baseUrl` (one slash between) and appends the query; throws TypeError on paths that could leave baseUrl. */
export function buildUrl(baseUrl: string, path: string, query?: QueryParams): string {
  const segments = path.split('/').filter((segment) => segment !== '');
  const allowed =
    !/^[a-z][a-z0-9+.-]*:|[\\?#]/i.test(path) &&
    segments.every((segment) => {
      try {
        const decoded = decodeURIComponent(segment);
        return decoded !== '.' && decoded !== '..' && !decoded.includes('/');
      } catch {
        return false; // malformed percent-encoding
      }
    });
  if (!allowed) {
    throw new TypeError(
      `core/api: path "${path}" is not allowed: it must be relative to baseUrl, without a query, fragment, backslash, '.' or '..' segment or encoded '/', and validly percent-encoded`,
    );
  }
  const base = baseUrl.replace(/\/+$/, '');
  const search = toSearchParams(query).toString();
  return `${base}/${segments.join('/')}${search ? `?${search}` : ''}`;
}

/** Encodes one value for use as a path segment, e.g. `path: \`applications/${pathSegment(id)}\``. */
export function pathSegment(value: string | number): string {
  return encodeURIComponent(String(value));
}
