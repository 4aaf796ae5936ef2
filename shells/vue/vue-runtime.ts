import type * as vue from 'vue';

type VueModule = typeof vue;

/**
 * Loads Vue's runtime build without the Trusted Types policy it would create. On load, Vue's runtime-dom calls
 * `trustedTypes.createPolicy('vue', { createHTML: (html) => html })` — a pass-through policy, used only to insert
 * the static HTML the template compiler hoists and for an `innerHTML` binding. Our strict policy
 * (`trusted-types lit-html gu-kit default`) refuses that name, which is a CSP violation and a console error on every
 * load; allowing it would let any string reach those sinks. This page renders with `h()` only (no compiler output,
 * no `innerHTML`), so Vue never needs the policy: it is loaded while `window.trustedTypes` is hidden, and if Vue
 * were ever asked to write HTML the browser would refuse it (fails closed). Lit and the kit create their policies
 * before (static imports) and MSW's `default` policy after, with `trustedTypes` back in place.
 */
export async function loadVue(): Promise<VueModule> {
  // Vue's compile-time flags, given at run time (no Vue plugin in the build): Vue's defaults, stated so that the
  // development build does not warn about them.
  const flags = globalThis as Record<string, unknown>;
  flags['__VUE_OPTIONS_API__'] ??= true;
  flags['__VUE_PROD_DEVTOOLS__'] ??= false;
  flags['__VUE_PROD_HYDRATION_MISMATCH_DETAILS__'] ??= false;
  const descriptor = Object.getOwnPropertyDescriptor(window, 'trustedTypes');
  if (!descriptor?.configurable) return import('vue');
  Object.defineProperty(window, 'trustedTypes', { configurable: true, enumerable: false, value: undefined });
  try {
    return await import('vue');
  } finally {
    Object.defineProperty(window, 'trustedTypes', descriptor);
  }
}
