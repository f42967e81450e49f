/**
 * JS heap of the OnTime page's isolate (main world + the content script's isolated world) after
 * forced garbage collection, with and without the extension. Only one OnTime tab is open per
 * browser while measuring, so the renderer's isolate holds just that page.
 */
import type { Page } from 'playwright-core';
import { attach, heapAfterGc, type HeapSample } from './cdp';
import { openOnTime, type BenchEnv, type Variant } from './env';
import { median } from './stats';

export interface MemoryResult {
  samples: Record<Variant, HeapSample[]>;
  usedSize: Record<Variant, number>;
  nodes: Record<Variant, number>;
  listeners: Record<Variant, number>;
}

function summarise(samples: Record<Variant, HeapSample[]>): MemoryResult {
  const pick = (f: (s: HeapSample) => number) => ({ with: median(samples.with.map(f)), without: median(samples.without.map(f)) });
  return { samples, usedSize: pick((s) => s.usedSize), nodes: pick((s) => s.nodes), listeners: pick((s) => s.listeners) };
}

async function heapOf(env: BenchEnv, variant: Variant, page: Page): Promise<HeapSample> {
  const cdp = await attach(env.contexts[variant], page);
  try {
    await cdp.send('Performance.enable');
    return await heapAfterGc(cdp);
  } finally {
    await cdp.detach();
  }
}

/** Fresh tabs: loaded, the editor opened and closed once; alternating variants. */
export async function runMemoryFresh(env: BenchEnv, reps = 3): Promise<MemoryResult> {
  const samples: Record<Variant, HeapSample[]> = { with: [], without: [] };
  for (let r = 0; r < reps; r++) {
    for (const v of (r % 2 ? ['without', 'with'] : ['with', 'without']) as Variant[]) {
      const page = await openOnTime(env, v);
      try {
        samples[v].push(await heapOf(env, v, page));
      } finally {
        await page.close();
      }
    }
  }
  return summarise(samples);
}

/** Tabs that already went through many opens (from the injection phase). */
export async function runMemoryAfter(env: BenchEnv, pages: Record<Variant, Page>): Promise<MemoryResult> {
  const samples: Record<Variant, HeapSample[]> = { with: [], without: [] };
  for (const v of ['with', 'without'] as const) samples[v].push(await heapOf(env, v, pages[v]));
  return summarise(samples);
}
