/**
 * Issue 17, «the kit holds»: <gu-verification>'s busiest states at 320 px with the largest low-vision preferences, in
 * every colour scheme and under forced colours (test/helpers/holds.ts), rendered as their stories render them: the
 * overview of a simplified account (the levels, what each needs, the statuses) and the passport form submitted with
 * errors (the summary, an error at each field, long values).
 */
import * as verification from '../../stories/verification/verification.stories.js';
import { describeHolds } from '../helpers/holds.js';
import { mountStory } from '../helpers/mount-story.js';

describeHolds('gu-verification: the overview of a simplified account', mountStory(verification, 'LevelSimplified'));
describeHolds('gu-verification: the passport form with errors', mountStory(verification, 'StandardInvalid'));
