/// <reference types="vite/client" />
/**
 * Widget modules found at build time: every `components/<widget>/gu-*.ts`, each its own chunk loaded on demand.
 * The session module is found the same way (the portals run without it until it exists).
 */
const widgetModules = import.meta.glob<unknown>('../../components/*/gu-*.ts');
const sessionModules = import.meta.glob<unknown>('../../components/core/session/gu-*.ts');

/** Loads the module that defines `tagName`, if the kit has it. */
export function widgetLoader(tagName: string): (() => Promise<unknown>) | undefined {
  const entry = Object.entries(widgetModules).find(([path]) => path.endsWith(`/${tagName}.ts`));
  return entry?.[1];
}

/** Loads the session elements (<gu-session>, <gu-session-notice>, <gu-sign-out-button>) that exist. */
export async function loadSessionElements(): Promise<void> {
  await Promise.all(Object.values(sessionModules).map((load) => load()));
}
