import { afterAll, beforeAll } from 'vitest';
import { startStack, type Stack, type StackOptions } from './stack';

/** Starts one stack for a test file (simulator, OnTime page, configured browser) and closes it after. */
export function useStack(assign: (stack: Stack) => void, options: StackOptions = {}): void {
  let stack: Stack | undefined;
  beforeAll(async () => {
    stack = await startStack(options);
    assign(stack);
  });
  afterAll(async () => {
    await stack?.close();
  });
}
