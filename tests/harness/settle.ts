import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Waits that end when the content script has demonstrably had its chance to act, instead of a
 * fixed number of seconds on the test's clock.
 *
 * What the content script does after an editor change is driven by the page's own event loop:
 * a ResizeObserver report in the next rendering step, a 0 ms timer after it (editor-closed.ts),
 * and for an editor gone with nothing pressed on the way out, a decision UNSEEN_SETTLE_MS later
 * (editor-exits.ts: the orphan, its toast, the verb to the worker). Hidden editors are followed
 * for 15 minutes with no other timer. The waits below run on the same event loop, queued behind
 * those steps, so they end after them however slow the machine is: a toast the page was going to
 * show is in the page by then, and a verb it was going to send has been sent.
 */

/** A product constant read from its source, so that the waits follow it if it changes. */
function productConstant(file: string, name: string): number {
  const source = readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8');
  const match = new RegExp(`const ${name} = ([\\d_]+);`).exec(source);
  if (!match) throw new Error(`${name} is no longer a number constant in ${file}: tests/harness/settle.ts needs it`);
  return Number(match[1].replaceAll('_', ''));
}

/** A new meeting's editor removed with nothing pressed on the way out is decided this long after (utils/page/editor-exits.ts). */
export const UNSEEN_SETTLE_MS = productConstant('utils/page/editor-exits.ts', 'UNSEEN_SETTLE_MS');

/**
 * Beyond the page's decision, on the test's clock: a verb on its way to the worker, the worker's
 * call to the simulator. Asserting that nothing reached Zoom needs this too.
 */
export const WORKER_SLACK_MS = 500;

/**
 * The page has rendered what was just done and its observers have run: two animation frames
 * (ResizeObserver reports are delivered in the first, after its animation-frame callbacks), then
 * a 0 ms timer queued behind the one the closed-editor watch starts from its report.
 */
export async function rendered(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))));
}

/**
 * Every decision the content script can take on what was just done has been taken in the page:
 * `rendered`, then UNSEEN_SETTLE_MS (and a little) on the page's own timer queue, behind the
 * decision's timer. A toast it was going to show is in the page now.
 */
export async function pageDecided(page: Page): Promise<void> {
  await rendered(page);
  await page.evaluate((ms) => new Promise<void>((done) => setTimeout(done, ms)), UNSEEN_SETTLE_MS + 50);
  await rendered(page);
}

/** `pageDecided`, and the time for what it sent to reach the worker and Zoom: then "nothing happened" can be asserted. */
export async function settled(page: Page): Promise<void> {
  await pageDecided(page);
  await workerSettled();
}

/**
 * Polls `check` until it holds or `timeoutMs` has passed, and says which: for a wait that used to
 * be a fixed time before a step, ended early by the sign that what it waited for has happened.
 */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; ; await new Promise((r) => setTimeout(r, 50))) {
    if (await check()) return true;
    if (Date.now() >= deadline) return false;
  }
}

/** After the page sent what it had to (it was left, closed, or has decided): that has reached the worker and Zoom. */
export async function workerSettled(): Promise<void> {
  await new Promise((r) => setTimeout(r, WORKER_SLACK_MS));
}
