/**
 * Anatomy of a cold click, read from the restarted service worker itself after the create:
 * performance.timeOrigin (when its global scope was created, before background.js runs) and the
 * resource timings of its fetches (the Zoom calls). All on the same wall clock as the page.
 */
import type { BrowserContext, Worker } from 'playwright-core';

export interface WorkerTimings {
  /** Epoch ms when the worker's global scope was created. */
  origin: number;
  /** Fetches the worker made: URL, start and end (epoch ms). */
  fetches: { url: string; start: number; end: number }[];
}

async function currentWorker(context: BrowserContext, extensionId: string, timeoutMs = 3000): Promise<Worker | null> {
  const prefix = `chrome-extension://${extensionId}/`;
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const w = context.serviceWorkers().find((x) => x.url().startsWith(prefix));
    if (w) return w;
    await new Promise((r) => setTimeout(r, 20));
  }
  return null;
}

export async function workerTimings(context: BrowserContext, extensionId: string): Promise<WorkerTimings | null> {
  const worker = await currentWorker(context, extensionId);
  if (!worker) return null;
  try {
    return (await worker.evaluate(`(() => ({
      origin: performance.timeOrigin,
      fetches: performance.getEntriesByType('resource').map((e) => ({ url: e.name, start: performance.timeOrigin + e.startTime, end: performance.timeOrigin + e.responseEnd })),
    }))()`)) as WorkerTimings;
  } catch {
    return null;
  }
}
