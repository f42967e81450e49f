/**
 * Wakes the extension's worker when an editor opens, so that a click on the Zoom button finds it
 * running: a stopped worker costs the click its start (the bench's cold click → link). At most one
 * message per `minGapMs`: a worker woken a moment ago is still running.
 */
export function createWarmUp(send: () => Promise<unknown>, now: () => number, minGapMs = 1_000) {
  let last = -Infinity;
  return function warmUp(): void {
    const at = now();
    if (at - last < minGapMs) return;
    last = at;
    send().catch(() => undefined); // nothing depends on it: the click still works cold
  };
}
