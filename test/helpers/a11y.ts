/**
 * The one accessibility assertion of gu-kit: axe-core with every WCAG 2.0–2.2 A/AA tag and best-practice, no rule disabled.
 * Import it in any browser test: `await expectAccessible(el)`.
 */
import 'axe-core';
import type * as Axe from 'axe-core';
import type { AxeResults, ElementContext, Result } from 'axe-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

/** Runs axe and returns the violations (empty when the target is accessible). */
export async function axeViolations(target: ElementContext = document): Promise<Result[]> {
  const results: AxeResults = await window.axe.run(target, {
    runOnly: { type: 'tag', values: [...AXE_TAGS] },
    resultTypes: ['violations'],
  });
  return results.violations;
}

/** Describes violations the way a developer needs them: rule, impact, help and the failing nodes. */
export function formatViolations(violations: Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    ${JSON.stringify(node.target)}: ${node.failureSummary?.replaceAll('\n', ' ') ?? ''}`)
        .join('\n');
      return `  ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n${nodes}`;
    })
    .join('\n');
}

/** Fails with a readable list when axe finds any violation in `target`. */
export async function expectAccessible(target: ElementContext = document): Promise<void> {
  const violations = await axeViolations(target);
  if (violations.length > 0) {
    throw new Error(
      `Expected no accessibility violations, found ${violations.length}:\n${formatViolations(violations)}`,
    );
  }
}
