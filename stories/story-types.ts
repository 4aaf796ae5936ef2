/**
 * Story parameters gu-kit understands, in Storybook and in the story sweep (test/helpers/story-sweep.ts).
 */
import type { ScenarioName } from '../mocks/scenarios.js';
import type { ThemeName } from '../components/core/theme/index.js';

export interface StoryParameters {
  /** Mock backend scenario for this story (default: 'default'). */
  scenario?: ScenarioName;
  /** Pin the story to one locale; otherwise it is shown (and swept) in ru and en. */
  locale?: 'ru' | 'en';
  /** Theme preset for the story (default: 'default'). */
  theme?: ThemeName;
  /** Story sweep hooks. */
  sweep?: {
    /** Resolves when the story reached the state it shows (e.g. data loaded). */
    ready?: (root: HTMLElement) => Promise<void>;
  };
  [key: string]: unknown;
}
