import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The rule sets the UX issue names: WCAG 2.0 A/AA, 2.1 AA and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page (also extension pages: `evaluate` is not subject to their CSP) and
 * returns the violations, each with the selectors of its nodes. `include` narrows the check to a
 * part of the page (our control or dialog on an OnTime page that is not ours to audit). Open shadow
 * roots (the local-test build) are audited; axe cannot see into closed ones.
 */
export async function axeViolations(page: Page, include?: string[]): Promise<AxeViolation[]> {
  const installed = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!installed) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, include }) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
      const context = include ? { include: include.map((selector) => [selector]) } : document;
      const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
    },
    { tags: AXE_TAGS, include },
  );
}

/** A one-line-per-violation summary for an assertion message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`).join('\n');
}
