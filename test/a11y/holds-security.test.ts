/**
 * Issue 17, «the kit holds»: <gu-security-settings>' busiest views at 320 px with the largest low-vision preferences,
 * in every colour scheme and under forced colours (test/helpers/holds.ts): the overview, and the login history (a data
 * table: it scrolls in its own labelled region, the page never sideways). Rendered as their stories render them.
 */
import { describeHolds } from '../helpers/holds.js';
import { useMockBackend } from '../helpers/mock-backend.js';
import * as history from '../../stories/security/history.stories.js';
import * as overview from '../../stories/security/overview.stories.js';
import type { StoryParameters } from '../../stories/story-types.js';

interface StoryModule {
  /** The story's meta: its render (these stories' renders read only their args) and default args. */
  default: { render?: unknown; args?: object; parameters?: StoryParameters };
}

/**
 * Renders one story of `module` into `root` and waits for the state its sweep waits for. The meta's render, not the
 * story's low-vision frame (stories/low-vision.ts): the preferences under test are the document's (holds.ts).
 */
function story<M extends StoryModule>(module: M, name: Exclude<keyof M, 'default'>) {
  return async (root: HTMLElement): Promise<void> => {
    const meta = module.default;
    const each = module[name] as { args?: object; parameters?: StoryParameters };
    const parameters: StoryParameters = { ...meta.parameters, ...each.parameters };
    await useMockBackend(parameters.scenario ?? 'default');
    const args = { ...meta.args, ...each.args };
    root.append((meta.render as (args: object, context: object) => HTMLElement)(args, { args, parameters }));
    await parameters.sweep?.ready?.(root);
  };
}

// The overview: two-factor on with two backup codes left (a warning), sessions, devices, failed sign-ins, alerts.
describeHolds('gu-security-settings: the overview', story(overview, 'Default'));
// The login history: filters, the table (this sign-in, failures with reasons, «Это был не я»), pages, CSV.
describeHolds('gu-security-settings: the login history', story(history, 'SuspiciousLogin'));
