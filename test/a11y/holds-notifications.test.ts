/**
 * Issue 17, «the kit holds»: each notifications element's busiest state at 320 px with the largest low-vision
 * preferences, in every colour scheme and under forced colours (test/helpers/holds.ts). Rendered as their stories
 * render them, on the mock backend, and waited for as the story sweep waits.
 */
import { describeHolds } from '../helpers/holds.js';
import { useMockBackend } from '../helpers/mock-backend.js';
import * as bell from '../../stories/notifications/bell.stories.js';
import * as feed from '../../stories/notifications/feed.stories.js';
import * as latest from '../../stories/notifications/latest.stories.js';
import * as subscriptions from '../../stories/notifications/subscriptions.stories.js';
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

// The feed: unread items of every category, the filters, the pager.
describeHolds('gu-notifications: the feed', story(feed, 'Feed'));
// The settings view: the channels table and «Подписки» with their channels, frequency and dates.
describeHolds('gu-notifications: settings and subscriptions', story(subscriptions, 'List'));
// The bell in a portal's header, its popover open: the five newest (three unread) and «Все уведомления».
describeHolds('gu-notification-bell: the popover open', story(bell, 'Open'));
// The latest on a portal's home page: the newest with category, date and «Новое».
describeHolds('gu-notifications-latest', story(latest, 'Default'));
