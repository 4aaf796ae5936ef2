/**
 * Which part of <gu-login> shows which step, and the parts themselves: each part is a light-DOM element of its own
 * chunk, loaded the first time one of its steps is shown and kept while the widget lives (what the citizen typed in a
 * part is still there when they come back to it).
 */
import type { ReactiveControllerHost } from 'lit';
import type { LoginContext, LoginStep } from './context.js';

type PartName = 'steps' | 'registration' | 'recovery' | 'new-password' | 'other-ways';

const PART_OF: Partial<Record<LoginStep, PartName>> = {
  'second-factor': 'steps',
  code: 'steps',
  backup: 'steps',
  done: 'steps',
  register: 'registration',
  recover: 'recovery',
  questions: 'recovery',
  support: 'recovery',
  password: 'new-password',
  signature: 'other-ways',
  bank: 'other-ways',
  passkey: 'other-ways',
  qr: 'other-ways',
};

/** Each part's chunk (it defines the part's element). */
const LOADERS: Record<PartName, () => Promise<unknown>> = {
  steps: () => import('./parts/steps.js'),
  registration: () => import('./parts/registration.js'),
  recovery: () => import('./parts/recovery.js'),
  'new-password': () => import('./parts/new-password.js'),
  'other-ways': () => import('./parts/other-ways.js'),
};

/** A part's element as the widget sees it. */
export type PartElement = HTMLElement & { ctx: LoginContext; locale: string; updateComplete: Promise<boolean> };

export class StepParts {
  private readonly parts = new Map<PartName, PartElement>();
  private readonly loading = new Set<PartName>();

  /** `ready`: what must be loaded before any part can work (the engine). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly ready: () => Promise<unknown>,
  ) {}

  /** Whether `step` is one of a part's (the sign-in step is the element's own). */
  has(step: LoginStep): boolean {
    return PART_OF[step] !== undefined;
  }

  /** The part that shows `step`, when it is loaded; otherwise undefined, and its loading starts. */
  of(step: LoginStep): PartElement | undefined {
    const name = PART_OF[step];
    if (!name) return undefined;
    const part = this.parts.get(name);
    if (!part) void this.load(name);
    return part;
  }

  private async load(name: PartName): Promise<void> {
    if (this.parts.has(name) || this.loading.has(name)) return;
    this.loading.add(name);
    try {
      await this.ready();
      await LOADERS[name]();
      this.parts.set(name, document.createElement(`gu-login-${name}`) as PartElement);
    } finally {
      this.loading.delete(name);
      this.host.requestUpdate();
    }
  }
}
