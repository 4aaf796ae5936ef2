/**
 * Renders one story of a stories module into a root as the story sweep does (its scenario on the mock backend, its
 * args over the meta's, a TemplateResult or an element) and waits for the state its sweep waits for — for the holds
 * tests of issue 17 (test/a11y/holds-*.test.ts), which check a widget's busiest state as its story shows it.
 */
import { render, type TemplateResult } from 'lit';
import { useMockBackend } from './mock-backend.js';
import type { StoryParameters } from '../../stories/story-types.js';

type Render = (args: object, context: object) => TemplateResult | HTMLElement;

export interface StoryModule {
  /** The meta: its render (typed by Storybook, called here as the sweep calls it), default args and parameters. */
  default: { render?: unknown; args?: object; parameters?: StoryParameters };
}

/** A mount for describeHolds(): story `name` of `module`, then `after` (an extra wait of the test's own). */
export function mountStory<M extends StoryModule>(
  module: M,
  name: Exclude<keyof M, 'default'>,
  after?: (root: HTMLElement) => Promise<void>,
) {
  return async (root: HTMLElement): Promise<void> => {
    const meta = module.default;
    const story = module[name] as { args?: object; parameters?: StoryParameters; render?: unknown };
    const parameters: StoryParameters = { ...meta.parameters, ...story.parameters };
    await useMockBackend(parameters.scenario ?? 'default');
    const args = { ...meta.args, ...story.args };
    const renderStory = (story.render ?? meta.render) as Render;
    const rendered = renderStory(args, { args, parameters, globals: { locale: 'ru' } });
    if (rendered instanceof HTMLElement) root.append(rendered);
    else render(rendered, root);
    await parameters.sweep?.ready?.(root);
    await after?.(root);
  };
}
