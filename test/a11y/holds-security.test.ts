/**
 * Issue 17, «the kit holds»: <gu-security-settings>' busiest views at 320 px with the largest low-vision preferences,
 * in every colour scheme and under forced colours (test/helpers/holds.ts): the overview, and the login history (a data
 * table: it scrolls in its own labelled region, the page never sideways). Rendered as their stories render them.
 */
import { describeHolds } from '../helpers/holds.js';
import { mountStory } from '../helpers/mount-story.js';
import * as history from '../../stories/security/history.stories.js';
import * as overview from '../../stories/security/overview.stories.js';

// The overview: two-factor on with two backup codes left (a warning), sessions, devices, failed sign-ins, alerts.
describeHolds('gu-security-settings: the overview', mountStory(overview, 'Default'));
// The login history: filters, the table (this sign-in, failures with reasons, «Это был не я»), pages, CSV.
describeHolds('gu-security-settings: the login history', mountStory(history, 'SuspiciousLogin'));
