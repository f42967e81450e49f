import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Page } from 'playwright-core';
import { startFirefoxStack, startStack, type Stack, type StackOptions } from './stack';
import type { FirefoxSession } from './firefox';

/** Starts one stack for a test file and closes it after. */
function useStackWith<B>(start: (options: StackOptions) => Promise<Stack<B>>, assign: (stack: Stack<B>) => void, options: StackOptions): void {
  let stack: Stack<B> | undefined;
  beforeAll(async () => {
    stack = await start(options);
    assign(stack);
  });
  afterAll(async () => {
    await stack?.close();
  });
}

/** One Chromium stack (simulator, OnTime page, configured browser) for a test file. */
export function useStack(assign: (stack: Stack) => void, options: StackOptions = {}): void {
  useStackWith(startStack, assign, options);
}

/** One Firefox stack for a test file. */
export function useFirefoxStack(assign: (stack: Stack<FirefoxSession>) => void, options: StackOptions = {}): void {
  useStackWith(startFirefoxStack, assign, options);
}

/**
 * Before each test of a file on one Chromium stack: the simulator's faults and recorded requests
 * cleared, and a new tab (on the OnTime page when `open`), so no test sees another's.
 */
export function useFreshPage(stack: () => Stack, assign: (page: Page) => void, options: { open?: boolean } = {}): void {
  beforeEach(async () => {
    const { sim, browser, ontime } = stack();
    sim.state.clearFaults();
    sim.state.clearRequests();
    const page = await browser.context.newPage();
    if (options.open) await page.goto(ontime.url);
    assign(page);
  });
}
