/**
 * Runs `task` under a lock shared by every extension context (worker, options page, popup).
 * Falls back to in-context ordering where the Web Locks API is absent (unit tests).
 */
let tail: Promise<unknown> = Promise.resolve();

export function exclusive<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(name, task) as Promise<T>;
  const run = tail.then(task, task);
  tail = run.catch(() => undefined);
  return run;
}
