/**
 * Issue 17, «the kit holds»: each notifications element's busiest state at 320 px with the largest low-vision
 * preferences, in every colour scheme and under forced colours (test/helpers/holds.ts). Rendered as their stories
 * render them, on the mock backend, and waited for as the story sweep waits.
 */
import { describeHolds } from '../helpers/holds.js';
import { mountStory } from '../helpers/mount-story.js';
import * as bell from '../../stories/notifications/bell.stories.js';
import * as feed from '../../stories/notifications/feed.stories.js';
import * as latest from '../../stories/notifications/latest.stories.js';
import * as subscriptions from '../../stories/notifications/subscriptions.stories.js';

// The feed: unread items of every category, the filters, the pager.
describeHolds('gu-notifications: the feed', mountStory(feed, 'Feed'));
// The settings view: the channels table and «Подписки» with their channels, frequency and dates.
describeHolds('gu-notifications: settings and subscriptions', mountStory(subscriptions, 'List'));
// The bell in a portal's header, its popover open: the five newest (three unread) and «Все уведомления».
describeHolds('gu-notification-bell: the popover open', mountStory(bell, 'Open'));
// The latest on a portal's home page: the newest with category, date and «Новое».
describeHolds('gu-notifications-latest', mountStory(latest, 'Default'));
